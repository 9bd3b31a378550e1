import './slideChart.css';
import { useCallback, useMemo, useState } from 'react';
import { localeTag, numberFormat } from '../../i18n/intlCache';
import { bracketed } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { markGeometry, type Mark } from '../../domain/marks';
import { seriesColour } from '../../domain/palette';
import type { Lang } from '../../state/urlState';
import type { DeckChart, DeckSeries } from './deck';
import { slideChartLayout, type ChartBox } from './slideChartLayout';

/** How wide a label is in the box's own type: a canvas measures it; without one (jsdom) an estimate. */
function measurer(el: Element | null, font: number): (text: string) => number {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (ctx && el) {
    const style = getComputedStyle(el);
    ctx.font = `${style.fontWeight} ${font}px ${style.fontFamily}`;
    return (text) => ctx.measureText(text).width;
  }
  // Wide (CJK) characters take a full em, others about half.
  return (text) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6), 0) * font;
}

/** One figure's mark at (x, y), r its radius in px: the dashboard's shapes, fills and dashes. */
function MarkShape({ mark, x, y, r, colour }: { mark: Mark; x: number; y: number; r: number; colour: string }) {
  const g = markGeometry(mark.shape, x, y, r);
  const k = r / 5; // the dashboard's dashes are drawn for marks of radius 5
  const style = {
    fill: mark.open ? '#fff' : colour,
    stroke: colour,
    strokeWidth: Math.max(2, r / 2.5),
    strokeDasharray: mark.dash?.replace(/[\d.]+/g, (n) => String(Number(n) * k)),
  };
  return 'd' in g ? (
    <path d={g.d} data-mark={mark.shape} data-open={mark.open || undefined} {...style} />
  ) : (
    <circle cx={x} cy={y} r={g.r} data-mark="dot" data-open={mark.open || undefined} {...style} />
  );
}

/** A legend's sample, one em high: a square for bars, a dashed line for a target line, else the mark. */
function Swatch({ mark, colour, kind }: { mark?: Mark | null; colour: string; kind: 'bar' | 'ref' | 'mark' }) {
  // The conflict's "≠" is a glyph, set in the legend's own type.
  if (kind === 'mark' && !mark)
    return (
      <span className="slide-chart-swatch conflict-label" aria-hidden="true">
        ≠
      </span>
    );
  return (
    <svg className="slide-chart-swatch" viewBox="0 0 20 20" aria-hidden="true">
      {kind === 'bar' ? (
        <rect width="20" height="20" fill={colour} />
      ) : kind === 'ref' ? (
        <line x1="0" x2="20" y1="10" y2="10" stroke={colour} strokeWidth="3" strokeDasharray="6 3" />
      ) : (
        mark && <MarkShape mark={mark} x={10} y={10} r={6} colour={colour} />
      )}
    </svg>
  );
}

const seriesSwatch = (chart: DeckChart, s: DeckSeries) => (chart.type === 'bar' ? 'bar' : s.reference ? 'ref' : 'mark');

/** The box's size and type size, followed as it resizes. */
function useChartBox(): [(el: HTMLDivElement | null) => (() => void) | undefined, ChartBox, Element | null] {
  const [box, setBox] = useState<ChartBox>({ width: 0, height: 0, font: 16 });
  const [el, setEl] = useState<Element | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node) return undefined;
    setEl(node);
    const read = () => {
      const font = parseFloat(getComputedStyle(node).fontSize) || 16;
      setBox((b) =>
        b.width === node.clientWidth && b.height === node.clientHeight && b.font === font
          ? b
          : { width: node.clientWidth, height: node.clientHeight, font },
      );
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, box, el];
}

/**
 * The slide's one chart, drawn for the room: the deck's native chart (same years, series and gaps) at the
 * size the slide gives it, every label in the slide's chart type (never scaled down by a transform).
 */
export function SlideChart({ chart, lang }: { chart: DeckChart; lang: Lang }) {
  const { t } = useLocale();
  const [ref, box, el] = useChartBox();
  const tick = useMemo(() => {
    const f = numberFormat(localeTag(lang), { notation: 'compact', maximumFractionDigits: 1 });
    return (v: number) => f.format(v);
  }, [lang]);
  const layout = useMemo(() => slideChartLayout(chart, box, measurer(el, box.font), tick), [chart, box, el, tick]);
  return (
    <figure className="slide-chart">
      <figcaption className="slide-chart-head">
        <span className="slide-chart-title">{chart.title}</span>
        <span className="slide-chart-unit">{chart.unit}</span>
      </figcaption>
      <ul className="slide-chart-legend">
        {chart.series.map((s) => (
          <li key={s.name}>
            <Swatch
              kind={seriesSwatch(chart, s)}
              mark={s.marks?.find((m) => m !== null) ?? { shape: 'dot', open: false }}
              colour={`#${s.colour}`}
            />
            <span>
              {s.name}
              {s.basis && <span className="slide-chart-basis">{bracketed(s.basis, lang)}</span>}
            </span>
          </li>
        ))}
      </ul>
      {chart.legend && chart.legend.length > 0 && (
        <ul className="slide-chart-legend slide-chart-marks" aria-label={t('briefing.chart.marks')}>
          <li aria-hidden="true" className="slide-chart-marks-title">
            {t('briefing.chart.marks')}
          </li>
          {chart.legend.map((m) => (
            <li key={m.key} data-key={m.key}>
              <Swatch kind="mark" mark={m.mark} colour={seriesColour(0)} />
              {m.label}
            </li>
          ))}
        </ul>
      )}
      <div className="slide-chart-plot" ref={ref}>
        {layout && (
          <svg width={box.width} height={box.height} role="img" aria-label={`${chart.title}. ${chart.unit}`}>
            {layout.yTicks.map((tk) => (
              <g key={tk.label}>
                <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={tk.y} y2={tk.y} className="grid" />
                <text x={layout.plot.x - box.font * 0.4} y={tk.y} dy="0.35em" textAnchor="end">
                  {tk.label}
                </text>
              </g>
            ))}
            {layout.bars.map((b, i) => (
              <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.colour} />
            ))}
            {layout.lines.map((l, i) => (
              <path key={i} d={l.d} stroke={l.colour} className="line" />
            ))}
            {layout.refs.map((l, i) => (
              <g key={`ref${i}`} className="slide-chart-ref">
                <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={l.y} y2={l.y} stroke={l.colour} />
                <text x={l.labelX} y={l.labelY}>
                  {l.label}
                </text>
              </g>
            ))}
            {layout.points.map((p, i) => (
              <MarkShape key={i} mark={p.mark} x={p.x} y={p.y} r={box.font * 0.32} colour={p.colour} />
            ))}
            {layout.labels.map((l, i) => (
              <text
                key={`label${i}`}
                x={l.x}
                y={l.y}
                textAnchor={l.anchor}
                className={l.text === '≠' ? 'conflict-label' : 'slide-chart-label'}
              >
                {l.text}
              </text>
            ))}
            {layout.xLabels.map((x) => (
              <text key={x.label} x={x.x} y={layout.plot.y + layout.plot.height + box.font * 1.25} textAnchor="middle">
                {x.label}
              </text>
            ))}
          </svg>
        )}
      </div>
    </figure>
  );
}

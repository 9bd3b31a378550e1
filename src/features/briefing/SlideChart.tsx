import './slideChart.css';
import { useCallback, useMemo, useState } from 'react';
import { localeTag, numberFormat } from '../../i18n/intlCache';
import type { Lang } from '../../state/urlState';
import type { DeckChart } from './deck';
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
            <span className="slide-chart-swatch" style={{ background: `#${s.colour}` }} aria-hidden="true" />
            {s.name}
            {s.basis && <span className="slide-chart-basis"> ({s.basis})</span>}
          </li>
        ))}
      </ul>
      <div className="slide-chart-plot" ref={ref}>
        {layout && (
          <svg width={box.width} height={box.height} role="img" aria-label={`${chart.title}. ${chart.unit}`}>
            {layout.yTicks.map((t) => (
              <g key={t.label}>
                <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={t.y} y2={t.y} className="grid" />
                <text x={layout.plot.x - box.font * 0.4} y={t.y} dy="0.35em" textAnchor="end">
                  {t.label}
                </text>
              </g>
            ))}
            {layout.bars.map((b, i) => (
              <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.colour} />
            ))}
            {layout.lines.map((l, i) => (
              <path key={i} d={l.d} stroke={l.colour} className="line" />
            ))}
            {layout.points.map((p, i) => (
              <circle key={i} cx={p.x} cy={p.y} r={box.font * 0.28} fill={p.colour} />
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

import { useId, useMemo } from 'react';
import { useYearCursor } from './useYearCursor';
import type { StackRow } from '../../domain/series';
import { stackLayout } from '../../domain/stackLayout';
import type { YearBasis } from '../../domain/types';
import { formatDate, formatNumber, joinWords } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import { useExportCopy } from '../../ui/useExportCopy';
import { useChartExport } from './chartExport';
import { useBoxWidth, type ChartSize } from './chartSize';
import { Axes, Bars, BarsCopy, labelWidth, MARGIN } from './StackDrawing';

interface Props {
  title: string;
  rows: StackRow[];
  keys: string[];
  colour: (k: string) => string;
  name: (k: string) => string;
  basis: YearBasis;
  /** names the selected years before the first bar that have no activity */
  gapNote?: string;
  /** when set, a bar selects its year */
  onSelect?: (year: number) => void;
  size?: ChartSize;
}

/** Activities per year, stacked by programme or type, with a legend that names every colour.
 * Drawn as plain SVG rather than with Recharts: this chart follows every filter change, and Recharts
 * renders twice per data change (its store is fed from effects), which took a large share of a filter
 * change (docs/benchmark.md). The series figures stay on Recharts. Pointing at a year, or focusing the
 * chart and using the arrow keys, shows that year's counts; a click or Enter selects the year. */
export function StackedBars({ title, rows, keys, colour, name, basis, gapNote, onSelect, size }: Props) {
  const { t, lang } = useLocale();
  const [box, measured] = useBoxWidth(size?.width);
  const height = size?.height ?? 260;
  const year = useMemo(() => (y: number) => formatDate(String(y), lang, basis === 'jp-fiscal'), [lang, basis]);
  const layout = useMemo(
    () =>
      measured > 0 ? stackLayout(rows, keys, { width: measured, height }, MARGIN, (y) => labelWidth(year(y))) : null,
    [rows, keys, measured, height, year],
  );
  const { active, slotAt, pointer, onKeyDown } = useYearCursor(
    layout?.bars.length ?? 0,
    layout ? { plotX: layout.plot.x, slotWidth: layout.slotWidth } : null,
    (i) => {
      const bar = layout?.bars[i];
      if (bar && onSelect) onSelect(bar.year);
    },
  );
  const keysId = useId();
  const valueText = (r: StackRow) => {
    const { parts, total } = countLines(r, keys, name, t, lang);
    return `${year(r.year)}: ${joinWords([...parts.map((p) => p.text), total], lang)}`;
  };
  const { copy, picture } = useExportCopy((s) => (
    <BarsCopy rows={rows} keys={keys} colour={colour} year={year} lang={lang} size={s} />
  ));
  useChartExport(
    title,
    () => ({
      picture,
      axisLabel: gapNote ? `${t('timeline.axis.activities')} · ${gapNote}` : t('timeline.axis.activities'),
      legend: keys.map((k) => ({ label: name(k), colour: colour(k) })),
      series: keys.map((k) => ({
        name: name(k),
        unit: 'activities',
        basis,
        colour: colour(k),
        style: 'bar',
        years: rows.map((r) => r.year),
        values: rows.map((r) => r.counts[k] ?? 0),
      })),
    }),
    // The figure's legend reads for its series' marks, not for bars.
    false,
  );
  const shown = active !== null && layout ? layout.bars[active] : undefined;
  // Bars are made from rows, one per row in order.
  const row = shown ? rows[active ?? 0] : undefined;

  return (
    <>
      {gapNote && <p className="chart-gap-note">{gapNote}</p>}
      <p className="axis-unit">{t('timeline.axis.activities')}</p>
      <div className="bar-chart" ref={box} style={{ height }}>
        {layout && (
          <svg
            className={onSelect ? 'chart-surface selectable' : 'chart-surface'}
            width={measured}
            height={height}
            role="slider"
            aria-label={title}
            aria-orientation="horizontal"
            aria-valuemin={rows[0]?.year}
            aria-valuemax={rows.at(-1)?.year}
            aria-valuenow={shown?.year ?? rows[0]?.year}
            aria-valuetext={row ? valueText(row) : t(onSelect ? 'timeline.bars.keysSelect' : 'timeline.bars.keys')}
            aria-describedby={keysId}
            tabIndex={0}
            {...pointer}
            onKeyDown={onKeyDown}
            onClick={(e) => {
              const i = slotAt(e);
              const b = i === null ? undefined : layout.bars[i];
              if (b && b.segments.length > 0) onSelect?.(b.year);
            }}
          >
            <Axes layout={layout} year={year} lang={lang} />
            {shown && (
              <rect
                className="bar-cursor"
                x={shown.slot}
                y={layout.plot.y}
                width={layout.slotWidth}
                height={layout.plot.height}
              />
            )}
            <Bars bars={layout.bars} keys={keys} colour={colour} />
          </svg>
        )}
        <span id={keysId} hidden>
          {t(onSelect ? 'timeline.bars.keysSelect' : 'timeline.bars.keys')}
        </span>
        <div className="bar-tooltip" style={shown && layout ? tooltipPlace(shown.slot, measured) : undefined}>
          {shown && row && <StackTooltip row={row} keys={keys} name={name} yearLabel={year} />}
        </div>
        {copy}
      </div>
      <div className="stack-legend">
        <ul>
          {keys.map((k) => (
            <li key={k}>
              <svg width="14" height="14" aria-hidden="true" className="legend-swatch">
                <rect width="14" height="14" fill={colour(k)} />
              </svg>
              {name(k)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** A year's counts in words, each key with activities and then the total: the tooltip's lines, and
 * (joined) the chart's value for screen readers. */
function countLines(row: StackRow, keys: string[], name: (k: string) => string, t: Translate, lang: Lang) {
  const parts = keys
    .filter((k) => (row.counts[k] ?? 0) > 0)
    .map((k) => ({ k, text: t('timeline.countOf', { name: name(k), n: formatNumber(row.counts[k] ?? 0, lang) }) }));
  return { parts, total: t('timeline.countOf', { name: t('timeline.total'), n: formatNumber(row.total, lang) }) };
}

/** The tooltip sits beside the pointed year, on the side with more room. */
function tooltipPlace(slot: number, width: number) {
  return slot < width / 2 ? { left: slot + 24 } : { right: width - slot + 8 };
}

/** The tooltip of one bar: the count of each programme or type that year, and the total. */
function StackTooltip({
  row,
  keys,
  name,
  yearLabel,
}: {
  row: StackRow;
  keys: string[];
  name: (k: string) => string;
  yearLabel: (y: number) => string;
}) {
  const { t, lang } = useLocale();
  const { parts, total } = countLines(row, keys, name, t, lang);
  return (
    <div className="chart-tooltip">
      <p className="tooltip-heading">{yearLabel(row.year)}</p>
      <ul>
        {parts.map((p) => (
          <li key={p.k}>{p.text}</li>
        ))}
      </ul>
      <p>{total}</p>
    </div>
  );
}

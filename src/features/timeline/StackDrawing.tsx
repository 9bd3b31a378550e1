import { memo, useMemo, useState } from 'react';
import type { StackRow } from '../../domain/series';
import { stackLayout, type StackLayout } from '../../domain/stackLayout';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../state/urlState';

// The drawing of StackedBars: its axes and bars, on screen and in an export.

export const MARGIN = { top: 8, right: 12, bottom: 24, left: 40 };
// Year labels are digits at the axis' 13px: about 7.5px each, plus the fiscal-year prefix when there is one.
export const labelWidth = (label: string) => label.length * 7.5;

/** The bars laid out anew at an export's size: axes and bars, nothing that answers a pointer. */
export function BarsCopy({
  rows,
  keys,
  colour,
  year,
  lang,
  size,
}: {
  rows: StackRow[];
  keys: string[];
  colour: (k: string) => string;
  year: (y: number) => string;
  lang: Lang;
  size: { width: number; height: number };
}) {
  const layout = stackLayout(rows, keys, size, MARGIN, (y) => labelWidth(year(y)));
  return (
    <svg width={size.width} height={size.height}>
      <Axes layout={layout} year={year} lang={lang} />
      <Bars bars={layout.bars} keys={keys} colour={colour} />
    </svg>
  );
}

/** Grid lines, value ticks and year labels: only redrawn when the layout changes, not on hover. */
export const Axes = memo(function Axes({
  layout,
  year,
  lang,
}: {
  layout: StackLayout;
  year: (y: number) => string;
  lang: Lang;
}) {
  const { plot, yTicks, bars, xLabels, slotWidth: slot } = layout;
  const bottom = plot.y + plot.height;
  return (
    <g className="chart-axes" aria-hidden="true">
      {/* Keyed by place, not by value: when the scale changes, the ticks move and are relabelled
          instead of being removed and made anew. */}
      {yTicks.map((tk, i) => (
        <g key={i}>
          <line x1={plot.x} x2={plot.x + plot.width} y1={tk.y} y2={tk.y} stroke="#e3e8ee" />
          <text x={plot.x - 6} y={tk.y} dy="0.32em" textAnchor="end" fontSize={13} fill="#4a5560">
            {formatNumber(tk.value, lang)}
          </text>
        </g>
      ))}
      <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke="#6b7682" />
      {xLabels.map((i) => {
        const b = bars[i];
        return b ? (
          <text key={b.year} x={b.slot + slot / 2} y={bottom + 16} textAnchor="middle" fontSize={13} fill="#4a5560">
            {year(b.year)}
          </text>
        ) : null;
      })}
    </g>
  );
});

/** The stacked bars, drawn as one path per programme (or type) holding that key's segment of every
 * year: a filter change then rewrites a handful of elements instead of a rectangle per year and key,
 * which the browser would each restyle and lay out again. A key that drops out of the filters keeps its
 * path, empty, so that ticking a programme on and off rewrites paths instead of removing and making
 * them. Memoised, so hovering redraws only the cursor. */
export const Bars = memo(function Bars({
  bars,
  keys,
  colour,
}: {
  bars: StackLayout['bars'];
  keys: string[];
  colour: (k: string) => string;
}) {
  const [seen, setSeen] = useState(keys);
  if (keys.some((k) => !seen.includes(k))) setSeen([...seen, ...keys.filter((k) => !seen.includes(k))]);
  const paths = useMemo(() => {
    const d = new Map<string, string>(seen.map((k) => [k, '']));
    const r = (v: number) => Math.round(v * 100) / 100;
    for (const b of bars)
      for (const s of b.segments)
        d.set(s.key, `${d.get(s.key) ?? ''}M${r(b.x)} ${r(s.y)}h${r(b.width)}v${r(s.height)}h${r(-b.width)}z`);
    return [...d];
  }, [bars, seen]);
  return (
    <g className="chart-bars">
      {paths.map(([k, path]) => (
        <path key={k} className="stack-series" d={path || undefined} fill={colour(k)} />
      ))}
    </g>
  );
});

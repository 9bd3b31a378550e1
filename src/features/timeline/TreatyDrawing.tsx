import { memo } from 'react';
import { treatyChartLayout, type TreatyChartLayout } from '../../domain/treatyChartLayout';
import type { ChangeKind, TreatyTimeline } from '../../domain/treatyTimeline';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../state/urlState';
import type { SwatchShape } from '../../ui/exportRegistry';
import { labelWidth } from './StackDrawing';
import type { DrawnLine } from './treatyChartModel';

// The drawing of the treaty chart (TreatySteps): axes, the activities' band, the step lines, the marks
// of each change and the lines' names at their ends; on screen and in an export.

const MARGIN = { top: 10, right: 0, bottom: 24, left: 40 };
export const BAND = 46;
const AXIS = '#4a5560';
const GRID = '#e3e8ee';
const BAND_FILL = '#9aa5b1';

/** A line's dash: members solid, coverage through a regional body dashed (not colour alone), each
 * treaty's dash its own, so that two such lines at one count both show. */
const VIA_DASH: Record<string, string> = { pct: '2 3', madrid: '7 4', hague: '3 6' };
export const dashOf = (l: { via: boolean; treaty: string }) => (l.via ? (VIA_DASH[l.treaty] ?? '6 4') : undefined);

/** The shape of each kind of change, as swatch shapes centred on (x, y): the marks and the legend. */
export function markShapes(kind: ChangeKind, x: number, y: number, colour: string): SwatchShape[] {
  const r = 4.5;
  if (kind === 'joined')
    return [{ tag: 'circle', attrs: { cx: x, cy: y, r, fill: colour, stroke: '#fff', strokeWidth: 1.5 } }];
  if (kind === 'listed')
    return [{ tag: 'circle', attrs: { cx: x, cy: y, r, fill: '#fff', stroke: colour, strokeWidth: 2 } }];
  if (kind === 'withdrew')
    return [
      {
        tag: 'path',
        attrs: {
          d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`,
          stroke: colour,
          strokeWidth: 2.5,
        },
      },
    ];
  return [
    {
      tag: 'path',
      attrs: {
        d: `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`,
        fill: '#fff',
        stroke: colour,
        strokeWidth: 2,
      },
    },
  ];
}

// The lines' names at their ends, at 12px: about 7px a Latin character, 12px a Japanese one.
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);

export function layoutFor(
  tl: TreatyTimeline,
  lines: DrawnLine[],
  size: { width: number; height: number },
  year: (y: number) => string,
) {
  // Room on the right for the members' lines' names, but never more than a quarter of the drawing.
  const named = lines.filter((l) => !l.via);
  const right = Math.min(size.width / 4, 16 + Math.max(0, ...named.map((l) => textWidth(l.short))));
  return treatyChartLayout(tl, lines, size, { ...MARGIN, right }, BAND, (y) => labelWidth(year(y)));
}

/** The lines' names beside their last counts, moved apart so that none overlaps another. */
function endLabels(layout: TreatyChartLayout, lines: DrawnLine[]) {
  // Members' lines only: the lines through a body are named in the legend (their names are long).
  const placed = lines.flatMap((l, i) => {
    if (l.via) return [];
    const last = l.values.findLastIndex((v) => v !== null);
    const v = l.values[last];
    if (last < 0 || v === null || v === undefined) return [];
    return [{ i, x: layout.plot.x + (last + 1) * layout.slotWidth + 6, y: layout.yOf(v) }];
  });
  placed.sort((a, b) => a.y - b.y);
  for (let k = 1; k < placed.length; k++) {
    const prev = placed[k - 1]!;
    const cur = placed[k]!;
    if (cur.y - prev.y < 14) cur.y = prev.y + 14;
  }
  return placed;
}

/** Everything but the pointer's cursor: redrawn when the layout changes, not on hover. */
export const TreatyDrawing = memo(function TreatyDrawing({
  layout,
  lines,
  year,
  lang,
  bandLabel,
  recordsEnd,
  colourOf,
}: {
  layout: TreatyChartLayout;
  lines: DrawnLine[];
  year: (y: number) => string;
  lang: Lang;
  bandLabel: string;
  /** the label of the line where the records end, when years after it are drawn */
  recordsEnd: { x: number; label: string } | null;
  colourOf: (treaty: string) => string;
}) {
  const { plot, band, years, yTicks, xLabels, slotWidth: slot } = layout;
  const bottom = plot.y + plot.height;
  const bandBottom = band.y + band.height;
  return (
    <>
      <g className="chart-axes" aria-hidden="true">
        {yTicks.map((tk, i) => (
          <g key={i}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={tk.y} y2={tk.y} stroke={GRID} />
            <text x={plot.x - 6} y={tk.y} dy="0.32em" textAnchor="end" fontSize={13} fill={AXIS}>
              {formatNumber(tk.value, lang)}
            </text>
          </g>
        ))}
        <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke="#6b7682" />
        <text x={plot.x} y={band.y - 6} fontSize={12} fill={AXIS}>
          {bandLabel}
          {` (${formatNumber(0, lang)}–${formatNumber(band.max, lang)})`}
        </text>
        <line x1={plot.x} x2={plot.x + plot.width} y1={bandBottom} y2={bandBottom} stroke="#6b7682" />
        {xLabels.map((i) => {
          const y = years[i];
          return y ? (
            <text key={y.year} x={y.slot + slot / 2} y={bandBottom + 16} textAnchor="middle" fontSize={13} fill={AXIS}>
              {year(y.year)}
            </text>
          ) : null;
        })}
        {recordsEnd && (
          <g>
            <line x1={recordsEnd.x} x2={recordsEnd.x} y1={plot.y} y2={bottom} stroke={AXIS} strokeDasharray="2 3" />
            <text x={recordsEnd.x + 4} y={plot.y + 10} fontSize={12} fill={AXIS}>
              {recordsEnd.label}
            </text>
          </g>
        )}
      </g>
      <g className="treaty-band">
        {years.map((y) => (y.bar.height > 0 ? <rect key={y.year} {...y.bar} fill={BAND_FILL} /> : null))}
      </g>
      <g className="treaty-lines" fill="none">
        {layout.paths.map(({ line, d }) => (
          <path
            key={`${line.treaty}|${line.via}`}
            className="treaty-step"
            data-treaty={line.treaty}
            d={d || undefined}
            stroke={colourOf(line.treaty)}
            strokeWidth={2.5}
            strokeDasharray={dashOf(line)}
          />
        ))}
      </g>
      <g className="treaty-marks">
        {layout.marks.map((m, i) => (
          <g key={i} className="treaty-mark" data-kind={m.change.kind} data-party={m.change.party}>
            {markShapes(m.change.kind, m.x, m.y, colourOf(m.change.treaty)).map((s, k) => {
              const Tag = s.tag;
              return <Tag key={k} {...s.attrs} />;
            })}
          </g>
        ))}
      </g>
      <g className="treaty-labels" aria-hidden="true">
        {endLabels(layout, lines).map((p) => {
          const l = lines[p.i]!;
          return (
            <text key={p.i} x={p.x} y={p.y} dy="0.32em" fontSize={12} fill={l.colour}>
              {l.short}
            </text>
          );
        })}
      </g>
    </>
  );
});

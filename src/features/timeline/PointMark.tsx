import type { Placed } from '../../domain/series';
import type { SwatchShape } from '../../ui/exportRegistry';
import { markGeometry, markOf } from '../../domain/marks';
import { Swatch } from './chartExport';

/** What a Scatter of figures carries per mark: x on the year axis, y the value, and the figure. */
export interface MarkDatum {
  year: number;
  value: number;
  placed: Placed;
}

const R = 5;

/** One figure: filled when exact, hollow when approximate, dashed outline when derived by us, a triangle
 * when drawn at an approximate year (a fiscal-year figure on the calendar axis, or the reverse), a diamond
 * outline for a target (squares are kept for legend swatches of bars), and "≠" beside it when another source
 * gives a different value for the same year. */
// Recharts clones this element for every point, adding cx, cy and the point's payload.
export function PointMark({
  cx,
  cy,
  payload,
  colour,
  conflictLabel = true,
}: {
  cx?: number;
  cy?: number;
  payload?: MarkDatum;
  colour: string;
  /** false for all but one of the conflicting figures of a year: one "≠" says it for them all */
  conflictLabel?: boolean;
}) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const p = payload.placed;
  const mark = markOf(p);
  const style = { fill: mark.open ? '#fff' : colour, stroke: colour, strokeWidth: 2, strokeDasharray: mark.dash };
  const shape = markGeometry(mark.shape, cx, cy, R);
  return (
    <g
      className="point-mark"
      data-year={p.year}
      data-value={p.point.value}
      data-approximate={p.approximate || undefined}
      data-derived={p.point.derived || undefined}
      data-conflict={p.conflict || undefined}
      data-basis={p.point.basis}
    >
      {/* A press estimate: a hollow, dashed triangle, named in the legend and the tooltip. A fiscal-year
          figure: a filled triangle pointing down. */}
      {'d' in shape ? <path d={shape.d} {...style} /> : <circle cx={cx} cy={cy} r={shape.r} {...style} />}
      {p.conflict && conflictLabel && (
        <text x={cx + R + 2} y={cy - R} className="conflict-label">
          ≠
        </text>
      )}
    </g>
  );
}

/** A mark of the legend, drawn with the same rules as on the chart. */
export type SwatchKind = 'exact' | 'approx' | 'derived' | 'estimate' | 'shifted' | 'target' | 'conflict' | 'gap';

/** The shapes of a legend mark, in a 22×14 box: drawn on screen by LegendSwatch and written into exports. */
export function swatchShapes(kind: SwatchKind, colour: string): SwatchShape[] {
  const stroke = { stroke: colour, strokeWidth: 2 };
  const shapes: SwatchShape[] =
    kind === 'gap'
      ? [
          {
            tag: 'line',
            attrs: { x1: 0, y1: 7, x2: 22, y2: 7, stroke: colour, strokeWidth: 1, strokeDasharray: '1 3' },
          },
        ]
      : kind === 'target'
        ? [{ tag: 'path', attrs: { d: 'M9 0L16 7L9 14L2 7Z', fill: '#fff', ...stroke } }]
        : kind === 'estimate'
          ? [{ tag: 'path', attrs: { d: 'M9 1L15 13L3 13Z', fill: '#fff', strokeDasharray: '3 2', ...stroke } }]
          : kind === 'shifted'
            ? [{ tag: 'path', attrs: { d: 'M9 13L15 1L3 1Z', fill: colour, ...stroke } }]
            : [
                {
                  tag: 'circle',
                  attrs: {
                    cx: 9,
                    cy: 7,
                    r: 5,
                    fill: kind === 'exact' || kind === 'conflict' ? colour : '#fff',
                    strokeDasharray: kind === 'derived' ? '2 2' : undefined,
                    ...stroke,
                  },
                },
              ];
  // The conflict mark's look (.conflict-label on the chart), written out so that a file keeps it.
  if (kind === 'conflict')
    shapes.push({ tag: 'text', attrs: { x: 15, y: 7, fontSize: 13, fontWeight: 700, fill: '#b3261e' }, text: '≠' });
  return shapes;
}

export function LegendSwatch({ kind, colour }: { kind: SwatchKind; colour: string }) {
  return <Swatch shapes={swatchShapes(kind, colour)} width={22} height={14} className="legend-swatch" />;
}

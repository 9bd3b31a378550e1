import { useXAxisScale, useYAxisScale } from 'recharts';
import { PointMark, type MarkDatum } from './PointMark';

const DODGE = 7;

/** Every figure as a mark, drawn through the chart's own scales. Marks are not chart data on purpose:
 * the rows stay one per year, so the tooltip always finds the hovered year (conflicting figures for one
 * year would otherwise be separate rows), and a gap year still has a row to say "no figure". */
export function MarkLayer({
  marks,
  colour,
  xOf = (m) => m.year,
}: {
  marks: MarkDatum[];
  colour: string;
  xOf?: (m: MarkDatum) => number;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  // Several figures in one year (conflicting sources, or snapshots of the same year) are set a few pixels
  // apart so that none hides another.
  const sameX = new Map<number, number>();
  const nth = marks.map((m) => {
    const k = xOf(m);
    const n = sameX.get(k) ?? 0;
    sameX.set(k, n + 1);
    return n;
  });
  // One "≠" per year: conflicting figures set a few pixels apart would otherwise overprint theirs.
  const lastConflict = new Map<number, number>();
  marks.forEach((m, i) => {
    if (m.placed.conflict) lastConflict.set(xOf(m), i);
  });
  return (
    <g className="mark-layer">
      {marks.map((m, i) => {
        const cx = x(xOf(m));
        const count = sameX.get(xOf(m)) ?? 1;
        const dodge = ((nth[i] ?? 0) - (count - 1) / 2) * DODGE;
        return (
          <PointMark
            key={`${m.placed.seriesId}-${m.placed.point.date}-${i}`}
            cx={cx === undefined ? undefined : cx + dodge}
            cy={y(m.value)}
            payload={m}
            colour={colour}
            conflictLabel={lastConflict.get(xOf(m)) === i}
          />
        );
      })}
    </g>
  );
}

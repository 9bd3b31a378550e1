import type { Placed } from '../../domain/series';

/** What a Scatter of figures carries per mark: x on the year axis, y the value, and the figure. */
export interface MarkDatum {
  year: number;
  value: number;
  placed: Placed;
}

const R = 5;

/** One figure: filled when exact, hollow when approximate, dashed outline when derived by us, square when
 * drawn at an approximate year, a diamond outline for a target, and "≠" beside it when another source
 * gives a different value for the same year. */
// Recharts clones this element for every point, adding cx, cy and the point's payload.
export function PointMark({
  cx,
  cy,
  payload,
  colour,
}: {
  cx?: number;
  cy?: number;
  payload?: MarkDatum;
  colour: string;
}) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const p = payload.placed;
  const open = p.approximate || p.point.derived === true;
  const style = {
    fill: open ? '#fff' : colour,
    stroke: colour,
    strokeWidth: 2,
    strokeDasharray: p.point.derived ? '2 2' : undefined,
  };
  return (
    <g
      className="point-mark"
      data-year={p.year}
      data-value={p.point.value}
      data-approximate={p.approximate || undefined}
      data-derived={p.point.derived || undefined}
      data-conflict={p.conflict || undefined}
    >
      {p.point.kind === 'target' ? (
        <path
          d={`M${cx} ${cy - R - 2}L${cx + R + 2} ${cy}L${cx} ${cy + R + 2}L${cx - R - 2} ${cy}Z`}
          {...style}
          fill="#fff"
        />
      ) : p.shifted ? (
        <rect x={cx - R} y={cy - R} width={R * 2} height={R * 2} {...style} />
      ) : (
        <circle cx={cx} cy={cy} r={R} {...style} />
      )}
      {p.conflict && (
        <text x={cx + R + 2} y={cy - R} className="conflict-label">
          ≠
        </text>
      )}
    </g>
  );
}

/** A mark of the legend, drawn with the same rules as on the chart. */
export type SwatchKind = 'exact' | 'approx' | 'derived' | 'shifted' | 'target' | 'conflict' | 'gap';

export function LegendSwatch({ kind, colour }: { kind: SwatchKind; colour: string }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" className="legend-swatch">
      {kind === 'gap' ? (
        <>
          <line x1="0" y1="7" x2="8" y2="7" stroke={colour} strokeWidth="2" />
          <line x1="14" y1="7" x2="22" y2="7" stroke={colour} strokeWidth="2" />
        </>
      ) : kind === 'target' ? (
        <path d="M9 0L16 7L9 14L2 7Z" fill="#fff" stroke={colour} strokeWidth="2" />
      ) : kind === 'shifted' ? (
        <rect x="6" y="2" width="10" height="10" fill={colour} stroke={colour} strokeWidth="2" />
      ) : (
        <circle
          cx="9"
          cy="7"
          r="5"
          fill={kind === 'exact' || kind === 'conflict' ? colour : '#fff'}
          stroke={colour}
          strokeWidth="2"
          strokeDasharray={kind === 'derived' ? '2 2' : undefined}
        />
      )}
      {kind === 'conflict' && (
        <text x="15" y="7" className="conflict-label">
          ≠
        </text>
      )}
    </svg>
  );
}

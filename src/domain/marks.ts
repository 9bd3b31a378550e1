// The mark language of series figures, defined once: the dashboard's charts (features/timeline) and the
// briefing slides draw each figure with the same shape, fill and outline, and list the same legend keys.
import type { Placed } from './series';

export type MarkShape = 'dot' | 'down' | 'up' | 'diamond';

export interface Mark {
  shape: MarkShape;
  /** hollow (white inside) rather than filled */
  open: boolean;
  /** the outline's dash pattern, if dashed */
  dash?: string;
}

/** One figure: filled when exact, hollow when approximate, dashed outline when derived by us, a hollow
 * dashed triangle pointing up for a press estimate, a diamond outline for a target, a triangle pointing
 * down when drawn at an approximate year (a fiscal-year figure on the calendar axis, or the reverse). */
export function markOf(p: Placed): Mark {
  const estimate = p.point.basis === 'press-estimate';
  const open = p.approximate || p.point.derived === true || estimate;
  const dash = p.point.derived ? '2 2' : estimate ? '3 2' : undefined;
  const shape: MarkShape = estimate ? 'up' : p.point.kind === 'target' ? 'diamond' : p.shifted ? 'down' : 'dot';
  return { shape, open: open || shape === 'diamond', ...(dash ? { dash } : {}) };
}

/** The outline of a mark centred on (x, y), r its radius: an SVG path, or a circle. */
export function markGeometry(shape: MarkShape, x: number, y: number, r: number): { d: string } | { r: number } {
  const k = (n: number) => Math.round(n * 10) / 10;
  if (shape === 'dot') return { r };
  const [a, b] = [r + r / 5, r + (2 * r) / 5];
  const d =
    shape === 'up'
      ? `M${k(x)} ${k(y - b)}L${k(x + a)} ${k(y + r)}L${k(x - a)} ${k(y + r)}Z`
      : shape === 'down'
        ? `M${k(x)} ${k(y + a)}L${k(x + a)} ${k(y - r)}L${k(x - a)} ${k(y - r)}Z`
        : `M${k(x)} ${k(y - b)}L${k(x + b)} ${k(y)}L${k(x)} ${k(y + b)}L${k(x - b)} ${k(y)}Z`;
  return { d };
}

/** The legend's keys, in the order they are listed. */
export type MarkKey = 'exact' | 'approx' | 'derived' | 'estimate' | 'shifted' | 'target' | 'conflict';

/** The kinds of mark that `placed` shows: a legend lists these only. */
export function markKeys(placed: Placed[]): MarkKey[] {
  const has = (f: (p: Placed) => boolean) => placed.some(f);
  const rules: [MarkKey, boolean][] = [
    ['exact', has((p) => !p.approximate && !p.point.derived && p.point.kind !== 'target')],
    ['approx', has((p) => p.approximate)],
    ['derived', has((p) => p.point.derived === true)],
    ['estimate', has((p) => p.point.basis === 'press-estimate')],
    ['shifted', has((p) => p.shifted)],
    ['target', has((p) => p.point.kind === 'target')],
    ['conflict', has((p) => p.conflict)],
  ];
  return rules.filter(([, on]) => on).map(([k]) => k);
}

// Figures a slide counts over a list of activities.
import type { Activity, Dataset, Localized } from './types';

/** The activity type with the most activities, with its name (ties: the first in programmes.json). */
export function mostCommonType(
  activities: Activity[],
  data: Dataset,
): { id: string; name: Localized; n: number } | null {
  const counts = new Map<string, number>();
  for (const a of activities) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  let best: { id: string; name: Localized; n: number } | null = null;
  for (const p of data.programmes) {
    for (const t of p.types) {
      const n = counts.get(t.id) ?? 0;
      if (n > 0 && (!best || n > best.n)) best = { id: t.id, name: t.name, n };
    }
  }
  return best;
}

/** The sum of one figure kind over the activities that report it, how many do, and whether any figure was
 * itself a floor ("more than 50"), which makes the sum one too. */
export function figureSum(
  activities: Activity[],
  kind: 'enterprises' | 'participants',
): { sum: number; n: number; lowerBound: boolean } {
  let sum = 0;
  let n = 0;
  let lowerBound = false;
  for (const a of activities) {
    const f = (a.figures ?? []).filter((x) => x.kind === kind);
    if (f.length === 0) continue;
    n += 1;
    sum += f.reduce((t, x) => t + x.value, 0);
    lowerBound ||= f.some((x) => x.qualifier === 'more-than' || x.qualifier === 'at-least');
  }
  return { sum, n, lowerBound };
}

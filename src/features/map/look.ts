import type { PathOptions } from 'leaflet';
import { measureValue, type CountryStats } from '../../domain/aggregate';
import type { Measure } from '../../domain/values';
import { colourFor, type Bin } from '../../domain/scale';

export const HATCH_ID = 'atlas-via-hatch';

/** A country's fill under the current figures (hatched when only a regional body reached it), or null
 * when it has nothing: the shapes draw that as "no activity", the small states' dots are hidden. */
export function fillOf(stats: CountryStats | undefined, measure: Measure, bins: Bin[]): string | null {
  const v = measureValue(stats, measure);
  if (v !== null) return colourFor(v, bins);
  return (stats?.via ?? 0) > 0 ? `url(#${HATCH_ID})` : null;
}

/** The selected country, members of the chosen regional body (dashed: not colour alone), the rest. */
export const OUTLINES = {
  selected: { color: '#d81b60', weight: 2.5, dashArray: undefined },
  outlined: { color: '#1a1a1a', weight: 1.6, dashArray: '4 2' },
  plain: { color: '#8a939b', weight: 0.5, dashArray: undefined },
} satisfies Record<string, PathOptions>;

/** A small state's dot: a darker ring than a shape's outline, so that it reads as a marker. */
export const dotOutline = (selected: boolean): PathOptions => ({
  color: selected ? OUTLINES.selected.color : '#263238',
  weight: selected ? 3 : 1.5,
});

import type { PathOptions } from 'leaflet';
import { measureValue, type CountryStats } from '../../domain/aggregate';
import type { Measure } from '../../domain/values';
import { leadingProgramme, TIED } from '../../domain/leadingProgramme';
import { programmeColour } from '../../domain/palette';
import { colourFor, TREATY_FILL, type Bin } from '../../domain/scale';
import type { TreatyClass } from '../../domain/treatyMap';

export const HATCH_ID = 'atlas-via-hatch';
/** The pattern of "covered through a regional body that is a party" on the treaty map. */
export const TREATY_HATCH_ID = 'atlas-treaty-via-hatch';

/** The stripes of a country where two or more programmes have the most activities ("by programme"). */
export const TIE_ID = 'atlas-programme-tie';

/** A country's fill on the treaty map: its class's colour, hatched when a regional body covers it. */
export const treatyFill = (cls: TreatyClass | undefined): string =>
  cls === 'via-regional-body' ? `url(#${TREATY_HATCH_ID})` : TREATY_FILL[cls ?? 'unknown'];

/** A country's fill under the current figures (hatched when only a regional body reached it), or null
 * when it has nothing: the shapes draw that as "no activity", the small states' dots are hidden. */
export function fillOf(stats: CountryStats | undefined, measure: Measure, bins: Bin[]): string | null {
  const v = measureValue(stats, measure);
  if (v !== null && measure === 'programmes') {
    // By programme: the colour of the programme with the most activities there, striped on a tie.
    const lead = leadingProgramme(stats?.byProgramme ?? new Map());
    if (lead) return lead.id === TIED ? `url(#${TIE_ID})` : programmeColour(lead.id);
  }
  if (v !== null) return colourFor(v, bins);
  return (stats?.via ?? 0) > 0 ? `url(#${HATCH_ID})` : null;
}

/** The selected country, members of the chosen regional body (dashed: not colour alone), the rest. */
export const OUTLINES = {
  selected: { color: '#d81b60', weight: 2.5, dashArray: undefined },
  outlined: { color: '#1a1a1a', weight: 1.6, dashArray: '4 2' },
  // On the treaty map: the countries the selected activities were held in or with.
  reached: { color: '#1a1a1a', weight: 1.3, dashArray: undefined },
  plain: { color: '#8a939b', weight: 0.5, dashArray: undefined },
} satisfies Record<string, PathOptions>;

/** A small state's dot: a darker ring than a shape's outline, so that it reads as a marker. */
export const dotOutline = (selected: boolean): PathOptions => ({
  color: selected ? OUTLINES.selected.color : '#263238',
  weight: selected ? 3 : 1.5,
});

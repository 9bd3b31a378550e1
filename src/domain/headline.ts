// The numbers above the map, over the activities matching the filters.
import type { CountryStats } from './aggregate';
import { measures, type Measure, type MeasureId } from './measures';
import { memberOf, type Selection } from './selection';
import type { Programme, YearBasis } from './types';

export interface Headline {
  activities: number;
  countries: number;
  viaOnlyCountries: number;
  /** the defensible measures (measures.ts): events and people of one kind each, with their records */
  measures: Record<MeasureId, Measure>;
  firstYear: number | null;
  lastYear: number | null;
}

/**
 * The headline of a selection. The selection is what the filters count (related work is already out of
 * it unless the reader asked for it), so every record in it counts towards the measures.
 */
export function headline(
  sel: Selection,
  stats: Map<string, CountryStats>,
  basis: YearBasis,
  programmes: readonly Programme[],
): Headline {
  const { positions, index: ix } = sel;
  let countries = 0;
  let viaOnly = 0;
  for (const s of stats.values()) {
    if (s.direct > 0) countries += 1;
    else if (s.via > 0) viaOnly += 1;
  }
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  const years = ix.startYear[basis];
  for (const i of positions) {
    const y = years[i] ?? 0;
    if (firstYear === null || y < firstYear) firstYear = y;
    if (lastYear === null || y > lastYear) lastYear = y;
  }
  return {
    activities: positions.length,
    countries,
    viaOnlyCountries: viaOnly,
    measures: measures(sel.activities, programmes, { includeContext: true, isCounted: memberOf(sel) }),
    firstYear,
    lastYear,
  };
}

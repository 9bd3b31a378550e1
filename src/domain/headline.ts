// The numbers above the map, over the activities matching the filters.
import type { CountryStats } from './aggregate';
import type { Selection } from './selection';
import type { YearBasis } from './types';

export interface Headline {
  activities: number;
  countries: number;
  viaOnlyCountries: number;
  /** activities that are events (measures.ts: isEvent) */
  events: number;
  /** people and enterprises the activities report reaching (activityIndex.ts: peopleIn) */
  people: number;
  firstYear: number | null;
  lastYear: number | null;
}

export function headline(
  { positions, index: ix }: Selection,
  stats: Map<string, CountryStats>,
  basis: YearBasis,
): Headline {
  let countries = 0;
  let viaOnly = 0;
  for (const s of stats.values()) {
    if (s.direct > 0) countries += 1;
    else if (s.via > 0) viaOnly += 1;
  }
  let events = 0;
  let people = 0;
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  const years = ix.startYear[basis];
  for (const i of positions) {
    const y = years[i] ?? 0;
    if (firstYear === null || y < firstYear) firstYear = y;
    if (lastYear === null || y > lastYear) lastYear = y;
    events += ix.event[i] ?? 0;
    people += ix.people[i] ?? 0;
  }
  return { activities: positions.length, countries, viaOnlyCountries: viaOnly, events, people, firstYear, lastYear };
}

import { subsetOf } from './activityIndex';
import { startYear } from './dates';
import type { CountryStats } from './aggregate';
import type { Activity, YearBasis } from './types';

export interface Headline {
  activities: number;
  countries: number;
  viaOnlyCountries: number;
  events: number;
  people: number;
  firstYear: number | null;
  lastYear: number | null;
}

// Types whose dated records are gatherings (meetings, workshops, seminars, courses, clinic launches);
// fund milestones such as a renaming or a budget increase are not events.
const EVENT_TYPES = new Set(['tisc', 'treaty-workshop', 'it-workshop', 'high-level-meeting', 'sme-support', 'training']);
const PEOPLE = new Set(['participants', 'students', 'enterprises', 'graduates', 'trainees']);

export function headline(activities: Activity[], stats: Map<string, CountryStats>, basis: YearBasis): Headline {
  let countries = 0;
  let viaOnly = 0;
  for (const s of stats.values()) {
    if (s.direct > 0) countries += 1;
    else if (s.via > 0) viaOnly += 1;
  }
  // One pass: this runs on every filter change, over every matching activity.
  let events = 0;
  let people = 0;
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  // Start years from the dataset index when the list came from it (a typed array, not a lookup per record).
  const known = subsetOf(activities);
  const years = known?.index.startYear[basis];
  for (let j = 0; j < activities.length; j++) {
    const a = activities[j] as Activity;
    const y = years && known ? (years[known.at[j] ?? 0] ?? 0) : startYear(a, basis);
    if (firstYear === null || y < firstYear) firstYear = y;
    if (lastYear === null || y > lastYear) lastYear = y;
    // An event has a month in its date: a strand dated only by year is a programme, not an event.
    if (EVENT_TYPES.has(a.type) && a.start.length >= 7) events += 1;
    for (const f of a.figures ?? []) if (PEOPLE.has(f.kind)) people += f.value;
  }
  return { activities: activities.length, countries, viaOnlyCountries: viaOnly, events, people, firstYear, lastYear };
}

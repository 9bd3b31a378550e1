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
  const years = activities.map((a) => startYear(a, basis));
  return {
    activities: activities.length,
    countries,
    viaOnlyCountries: viaOnly,
    // An event has a month in its date: a strand dated only by year is a programme, not an event.
    events: activities.filter((a) => EVENT_TYPES.has(a.type) && a.start.length >= 7).length,
    people: activities.reduce(
      (sum, a) => sum + (a.figures ?? []).filter((f) => PEOPLE.has(f.kind)).reduce((s, f) => s + f.value, 0),
      0,
    ),
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}

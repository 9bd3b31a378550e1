import { subsetOf, type ActivityIndex } from './activityIndex';
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
const EVENT_TYPES = new Set([
  'tisc',
  'treaty-workshop',
  'it-workshop',
  'high-level-meeting',
  'sme-support',
  'training',
]);
const PEOPLE = new Set(['participants', 'students', 'enterprises', 'graduates', 'trainees']);

/** What one activity adds to the headline beyond its count. */
function contribution(a: Activity): { event: boolean; people: number } {
  let people = 0;
  for (const f of a.figures ?? []) if (PEOPLE.has(f.kind)) people += f.value;
  // An event has a month in its date: a strand dated only by year is a programme, not an event.
  return { event: EVENT_TYPES.has(a.type) && a.start.length >= 7, people };
}

// Per indexed dataset, each record's contribution as typed arrays, worked out on first use.
const perIndex = new WeakMap<ActivityIndex, { event: Uint8Array; people: Float64Array }>();
function contributions(ix: ActivityIndex) {
  let c = perIndex.get(ix);
  if (!c) {
    const n = ix.activities.length;
    c = { event: new Uint8Array(n), people: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const k = contribution(ix.activities[i] as Activity);
      c.event[i] = k.event ? 1 : 0;
      c.people[i] = k.people;
    }
    perIndex.set(ix, c);
  }
  return c;
}

export function headline(activities: Activity[], stats: Map<string, CountryStats>, basis: YearBasis): Headline {
  let countries = 0;
  let viaOnly = 0;
  for (const s of stats.values()) {
    if (s.direct > 0) countries += 1;
    else if (s.via > 0) viaOnly += 1;
  }
  // One pass over the matching activities; through the dataset index when the list came from it.
  let events = 0;
  let people = 0;
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  const see = (y: number) => {
    if (firstYear === null || y < firstYear) firstYear = y;
    if (lastYear === null || y > lastYear) lastYear = y;
  };
  const known = subsetOf(activities);
  if (known) {
    const years = known.index.startYear[basis];
    const c = contributions(known.index);
    for (const i of known.at) {
      see(years[i] ?? 0);
      events += c.event[i] ?? 0;
      people += c.people[i] ?? 0;
    }
  } else {
    for (const a of activities) {
      see(startYear(a, basis));
      const k = contribution(a);
      if (k.event) events += 1;
      people += k.people;
    }
  }
  return { activities: activities.length, countries, viaOnlyCountries: viaOnly, events, people, firstYear, lastYear };
}

// A columnar index of one dataset's activities, built once when the dataset loads. Everything a filter
// or a count asks about a record that does not depend on the filters (its months, its start year, the
// groups it touches, the countries it reaches through a body, whether it is an event) is worked
// out here once and kept as small integer codes in typed arrays, so that a filter change only reads them.
import { activitySpan, monthIndex, startYear, yearOfMonth, type MonthIndex } from './dates';
import { bodyMembers, membersOf, touchesGroup, viaCountries } from './groups';
import { eventTypes, isEvent } from './measures';
import type { Activity, Dataset, YearBasis } from './types';

/** The parts of a dataset the index describes. */
export type IndexedData = Pick<Dataset, 'activities' | 'groups' | 'programmes'>;

export interface ActivityIndex {
  /** the dataset's activities, in file order: position i in every column below is activities[i] */
  activities: Activity[];
  /** position of each activity, by id */
  position: Map<string, number>;
  /** the latest year any activity names (its start or its end); null for no activity */
  lastYear: number | null;
  /** the month an ongoing activity is taken to run to: December of `lastYear` */
  openEnd: MonthIndex;
  /** first and last month of each activity */
  start: Int32Array;
  end: Int32Array;
  startYear: Record<YearBasis, Int32Array>;
  /** codes into `programmes`, `types`, `partners` */
  programme: Int32Array;
  type: Int32Array;
  partner: Int32Array;
  programmes: string[];
  types: string[];
  partners: string[];
  /** group ids in the order of the groups list; touches[i * groups.length + g] = 1 when activity i
   * touches group g (held for it, in its region, or in a member country) */
  groups: string[];
  touches: Uint8Array;
  /** country codes; an activity's direct countries (each once) are direct[directAt[i] .. directAt[i + 1]],
   * the countries it reached only through a regional body are via[viaAt[i] .. viaAt[i + 1]] */
  countries: string[];
  directAt: Int32Array;
  direct: Int32Array;
  viaAt: Int32Array;
  via: Int32Array;
  /** codes into `places`, -1 for an activity held nowhere in particular */
  place: Int32Array;
  places: string[];
  /** source ids; an activity's sources (each once, in its order) are source[sourceAt[i] .. sourceAt[i + 1]] */
  sources: string[];
  sourceAt: Int32Array;
  source: Int32Array;
  /** 1 for an event (measures.ts: isEvent) */
  event: Uint8Array;
  /** 1 for related work with no fund link stated (`funding: context`), which counts only when asked for */
  context: Uint8Array;
}

/** Gives each distinct string a small integer code, in order of first sight. */
function coder() {
  const codes = new Map<string, number>();
  const list: string[] = [];
  const code = (s: string) => {
    let c = codes.get(s);
    if (c === undefined) {
      codes.set(s, (c = list.length));
      list.push(s);
    }
    return c;
  };
  return { code, list };
}

/** The latest year the activities name, reading an ongoing one's span only up to its own start. */
function lastYearOf(activities: Activity[]): number | null {
  let last: number | null = null;
  for (const a of activities) {
    const y = yearOfMonth(activitySpan(a, 0)[1]);
    if (last === null || y > last) last = y;
  }
  return last;
}

export function buildIndex({ activities, groups, programmes }: IndexedData): ActivityIndex {
  const n = activities.length;
  const lastYear = lastYearOf(activities);
  const openEnd = lastYear === null ? 0 : monthIndex(lastYear, 12);
  const events = eventTypes(programmes);
  const [progs, types, partners, countries, sources, places] = [coder(), coder(), coder(), coder(), coder(), coder()];
  const bodies = bodyMembers(groups);
  const members = groups.map((g) => [g.id, membersOf(groups, g.id)] as const);
  const ix: ActivityIndex = {
    activities,
    position: new Map(activities.map((a, i) => [a.id, i])),
    lastYear,
    openEnd,
    start: new Int32Array(n),
    end: new Int32Array(n),
    startYear: { calendar: new Int32Array(n), 'jp-fiscal': new Int32Array(n) },
    programme: new Int32Array(n),
    type: new Int32Array(n),
    partner: new Int32Array(n),
    programmes: progs.list,
    types: types.list,
    partners: partners.list,
    groups: groups.map((g) => g.id),
    touches: new Uint8Array(n * groups.length),
    countries: countries.list,
    directAt: new Int32Array(n + 1),
    direct: new Int32Array(0),
    viaAt: new Int32Array(n + 1),
    via: new Int32Array(0),
    place: new Int32Array(n),
    places: places.list,
    sources: sources.list,
    sourceAt: new Int32Array(n + 1),
    source: new Int32Array(0),
    event: new Uint8Array(n),
    context: new Uint8Array(n),
  };
  const direct: number[] = [];
  const via: number[] = [];
  const source: number[] = [];
  activities.forEach((a, i) => {
    const [s, e] = activitySpan(a, openEnd);
    ix.start[i] = s;
    ix.end[i] = e;
    ix.startYear.calendar[i] = startYear(a, 'calendar');
    ix.startYear['jp-fiscal'][i] = startYear(a, 'jp-fiscal');
    ix.programme[i] = progs.code(a.programme);
    ix.type[i] = types.code(a.type);
    ix.partner[i] = partners.code(a.partner);
    ix.place[i] = a.place ? places.code(a.place) : -1;
    members.forEach(([id, m], k) => {
      if (touchesGroup(a, id, m)) ix.touches[i * groups.length + k] = 1;
    });
    ix.directAt[i] = direct.length;
    for (const c of new Set(a.countries)) direct.push(countries.code(c));
    ix.viaAt[i] = via.length;
    for (const c of viaCountries(a, bodies)) via.push(countries.code(c));
    ix.sourceAt[i] = source.length;
    for (const id of new Set(a.sources.map((r) => r.id))) source.push(sources.code(id));
    ix.event[i] = isEvent(a, events) ? 1 : 0;
    ix.context[i] = a.funding === 'context' ? 1 : 0;
  });
  ix.directAt[n] = direct.length;
  ix.viaAt[n] = via.length;
  ix.sourceAt[n] = source.length;
  ix.direct = Int32Array.from(direct);
  ix.via = Int32Array.from(via);
  ix.source = Int32Array.from(source);
  return ix;
}

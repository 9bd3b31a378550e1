// A columnar index of one dataset's activities, built once when the dataset loads. Filtering and
// counting then read small integer codes from typed arrays instead of strings, Maps and per-record
// lookups: with 10,000 activities a filter change costs a few milliseconds instead of tens.
// The index is pure data about the records; the functions that use it (filter.ts, aggregate.ts)
// give the same answers without it (property-tested in tests/unit/domain/facets.test.ts).
import { groupMembers, viaCountries } from './aggregate';
import { activitySpan, type MonthIndex, startYear } from './dates';
import type { Activity, Group, YearBasis } from './types';

export interface ActivityIndex {
  /** the array this index describes, in this order */
  activities: Activity[];
  position: Map<Activity, number>;
  /** first and last month of each activity (ongoing ones run to the dataset's last month) */
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

export function buildIndex(
  activities: Activity[],
  groups: Group[],
  openEnd: MonthIndex,
  touchesGroup: (a: Activity, groupId: string) => boolean,
): ActivityIndex {
  const n = activities.length;
  const progs = coder();
  const types = coder();
  const partners = coder();
  const countries = coder();
  const sources = coder();
  const places = coder();
  const members = groupMembers(groups);
  const ix: ActivityIndex = {
    activities,
    position: new Map(),
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
  };
  const direct: number[] = [];
  const via: number[] = [];
  const source: number[] = [];
  activities.forEach((a, i) => {
    ix.position.set(a, i);
    const [s, e] = activitySpan(a, openEnd);
    ix.start[i] = s;
    ix.end[i] = e;
    ix.startYear.calendar[i] = startYear(a, 'calendar');
    ix.startYear['jp-fiscal'][i] = startYear(a, 'jp-fiscal');
    ix.programme[i] = progs.code(a.programme);
    ix.type[i] = types.code(a.type);
    ix.partner[i] = partners.code(a.partner);
    ix.place[i] = a.place ? places.code(a.place) : -1;
    groups.forEach((g, k) => {
      if (touchesGroup(a, g.id)) ix.touches[i * groups.length + k] = 1;
    });
    ix.directAt[i] = direct.length;
    for (const c of new Set(a.countries)) direct.push(countries.code(c));
    ix.viaAt[i] = via.length;
    for (const c of viaCountries(a, members)) via.push(countries.code(c));
    ix.sourceAt[i] = source.length;
    for (const id of new Set(a.sources.map((r) => r.id))) source.push(sources.code(id));
  });
  ix.directAt[n] = direct.length;
  ix.viaAt[n] = via.length;
  ix.direct = Int32Array.from(direct);
  ix.via = Int32Array.from(via);
  ix.sourceAt[n] = source.length;
  ix.source = Int32Array.from(source);
  return ix;
}

// Lists of activities picked from an indexed dataset remember where each record sits in the index,
// so that code given only the list (the charts get `filtered`) can still count by the index's codes.
const subsets = new WeakMap<Activity[], { index: ActivityIndex; at: Int32Array }>();

/** Records that `list` holds the activities at positions `at` of `index`, in that order. */
export function rememberSubset(list: Activity[], index: ActivityIndex, at: Int32Array): void {
  subsets.set(list, { index, at });
}

/** The index and positions of a list picked by `applyFilters`, if it was. */
export function subsetOf(list: Activity[]): { index: ActivityIndex; at: Int32Array } | undefined {
  return subsets.get(list);
}

/** The ids of the sources cited by `list`, each once, in order of first citation. */
export function citedSources(list: Activity[]): string[] {
  const known = subsetOf(list);
  if (!known) return [...new Set(list.flatMap((a) => a.sources.map((r) => r.id)))];
  // Through the index: a flag per source code instead of a set of strings (10,000 records cite
  // about 20,000 sources, looked up on every filter change for the charts' captions).
  const { index: ix, at } = known;
  const seen = new Uint8Array(ix.sources.length);
  const out: string[] = [];
  for (const i of at) {
    for (let j = ix.sourceAt[i] ?? 0; j < (ix.sourceAt[i + 1] ?? 0); j++) {
      const c = ix.source[j] ?? 0;
      if (!seen[c]) {
        seen[c] = 1;
        out.push(ix.sources[c] ?? '');
      }
    }
  }
  return out;
}

const positionsById = new WeakMap<ActivityIndex, Map<string, number>>();

/** Which of `ids` (a few record ids, say those a conflict names) are records of `list`. Through the
 * index, this looks up the few ids instead of every record of the list. */
export function idsIn(list: Activity[], ids: Iterable<string>): string[] {
  const known = subsetOf(list);
  if (!known) {
    const wanted = new Set(ids);
    return list.filter((a) => wanted.has(a.id)).map((a) => a.id);
  }
  const { index: ix, at } = known;
  let byId = positionsById.get(ix);
  if (!byId) positionsById.set(ix, (byId = new Map(ix.activities.map((a, i) => [a.id, i]))));
  const inList = new Uint8Array(ix.activities.length);
  for (const i of at) inList[i] = 1;
  return [...new Set(ids)].filter((id) => {
    const i = byId.get(id);
    return i !== undefined && inList[i] === 1;
  });
}

/** The activities of `list` held in a place, by place id, each list in the order of `list`. Through the
 * index, a place code per record instead of reading every record (most have no place). */
export function byPlace(list: Activity[]): Map<string, Activity[]> {
  const out = new Map<string, Activity[]>();
  const known = subsetOf(list);
  if (!known) {
    for (const a of list) {
      if (!a.place) continue;
      const l = out.get(a.place);
      if (l) l.push(a);
      else out.set(a.place, [a]);
    }
    return out;
  }
  const { index: ix, at } = known;
  const lists: (Activity[] | undefined)[] = new Array<Activity[] | undefined>(ix.places.length);
  for (const i of at) {
    const c = ix.place[i] ?? -1;
    const a = ix.activities[i];
    if (c < 0 || !a) continue;
    (lists[c] ??= []).push(a);
  }
  lists.forEach((l, c) => {
    if (l) out.set(ix.places[c] ?? '', l);
  });
  return out;
}

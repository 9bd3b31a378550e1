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
  };
  const direct: number[] = [];
  const via: number[] = [];
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
    groups.forEach((g, k) => {
      if (touchesGroup(a, g.id)) ix.touches[i * groups.length + k] = 1;
    });
    ix.directAt[i] = direct.length;
    for (const c of new Set(a.countries)) direct.push(countries.code(c));
    ix.viaAt[i] = via.length;
    for (const c of viaCountries(a, members)) via.push(countries.code(c));
  });
  ix.directAt[n] = direct.length;
  ix.viaAt[n] = via.length;
  ix.direct = Int32Array.from(direct);
  ix.via = Int32Array.from(via);
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

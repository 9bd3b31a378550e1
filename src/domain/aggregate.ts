// Per-country figures for the choropleth, the country table and the panel.
// Counting rule (data/README.md): an activity counts once for each country it was held in or with
// ("direct"), and once for each member of a regional body it reached through that body ("via"),
// unless the member is also a direct country of it. The two are never added together.
import { monthsOf, startYear } from './dates';
import { subsetOf, type ActivityIndex } from './activityIndex';
import type { Activity, Group, GroupMember, Place, YearBasis } from './types';

export interface CountryStats {
  iso3: string;
  direct: number;
  via: number;
  /** programme id → direct activity count */
  byProgramme: Map<string, number>;
  /** earliest start year of a direct activity (or via one, when there is none direct) */
  firstYear: number | null;
}

const membersCache = new WeakMap<Group[], Map<string, GroupMember[]>>();

/** Members of each regional body (one map per groups list: the dataset's list never changes). */
export function groupMembers(groups: Group[]): Map<string, GroupMember[]> {
  let m = membersCache.get(groups);
  if (!m)
    membersCache.set(
      groups,
      (m = new Map(groups.filter((g) => g.kind === 'regional-body').map((g) => [g.id, g.members]))),
    );
  return m;
}

/** Was the country a member when the activity started? (Timor-Leste joined ASEAN only in 2025.) */
export function memberAt(m: GroupMember, a: Activity): boolean {
  const [start] = monthsOf(a.start, a.yearBasis);
  if (m.since && monthsOf(m.since, 'calendar')[0] > start) return false;
  if (m.until && monthsOf(m.until, 'calendar')[1] < start) return false;
  return true;
}

// Who an activity reaches through a body depends only on the record and the member lists, not on the
// filters: worked out once per record and member map, not on every filter change.
const viaCache = new WeakMap<Map<string, GroupMember[]>, WeakMap<Activity, string[]>>();
const NONE: string[] = [];

export function viaCountries(a: Activity, members: Map<string, GroupMember[]>): string[] {
  if (!a.organisations?.length) return NONE;
  let byActivity = viaCache.get(members);
  if (!byActivity) viaCache.set(members, (byActivity = new WeakMap()));
  let list = byActivity.get(a);
  if (!list) {
    const direct = new Set(a.countries);
    const out = new Set<string>();
    for (const org of a.organisations) {
      for (const m of members.get(org) ?? []) if (!direct.has(m.iso3) && memberAt(m, a)) out.add(m.iso3);
    }
    byActivity.set(a, (list = [...out]));
  }
  return list;
}

export function countByCountry(
  activities: Activity[],
  groups: Group[],
  basis: YearBasis,
  index?: ActivityIndex,
): Map<string, CountryStats> {
  const fast = index && countWithIndex(activities, index, basis);
  if (fast) return fast;
  const members = groupMembers(groups);
  const stats = new Map<string, CountryStats>();
  const get = (iso3: string) => {
    let s = stats.get(iso3);
    if (!s) stats.set(iso3, (s = { iso3, direct: 0, via: 0, byProgramme: new Map(), firstYear: null }));
    return s;
  };
  // firstYear collects the earliest direct year as it goes; the earliest via year is kept aside and
  // used only for countries with no direct activity.
  const firstVia = new Map<string, number>();
  for (const a of activities) {
    const y = startYear(a, basis);
    const cs = a.countries;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i] as string;
      if (i > 0 && cs.indexOf(c) < i) continue; // a country listed twice counts once
      const s = get(c);
      s.direct += 1;
      s.byProgramme.set(a.programme, (s.byProgramme.get(a.programme) ?? 0) + 1);
      if (s.firstYear === null || y < s.firstYear) s.firstYear = y;
    }
    for (const c of viaCountries(a, members)) {
      get(c).via += 1;
      const v = firstVia.get(c);
      if (v === undefined || y < v) firstVia.set(c, y);
    }
  }
  for (const s of stats.values()) if (s.direct === 0) s.firstYear = firstVia.get(s.iso3) ?? null;
  return stats;
}

/** countByCountry over the dataset's index: typed arrays per country code, then one record per country
 * reached. Null if an activity is not in the index (the record-by-record count is used instead). */
function countWithIndex(activities: Activity[], ix: ActivityIndex, basis: YearBasis): Map<string, CountryStats> | null {
  const C = ix.countries.length;
  const P = ix.programmes.length;
  const direct = new Int32Array(C);
  const via = new Int32Array(C);
  const byProg = new Int32Array(C * P);
  const first = new Int32Array(C).fill(2 ** 31 - 1);
  const firstVia = new Int32Array(C).fill(2 ** 31 - 1);
  const years = ix.startYear[basis];
  // A list picked by applyFilters knows its positions; any other list is looked up record by record.
  const known = subsetOf(activities);
  let at: Int32Array;
  if (known?.index === ix) at = known.at;
  else {
    at = new Int32Array(activities.length);
    for (let k = 0; k < activities.length; k++) {
      const i = ix.position.get(activities[k] as Activity);
      if (i === undefined) return null;
      at[k] = i;
    }
  }
  for (const i of at) {
    const y = years[i] ?? 0;
    const p = ix.programme[i] ?? 0;
    for (let k = ix.directAt[i] ?? 0; k < (ix.directAt[i + 1] ?? 0); k++) {
      const c = ix.direct[k] ?? 0;
      direct[c] = (direct[c] ?? 0) + 1;
      byProg[c * P + p] = (byProg[c * P + p] ?? 0) + 1;
      if (y < (first[c] ?? 0)) first[c] = y;
    }
    for (let k = ix.viaAt[i] ?? 0; k < (ix.viaAt[i + 1] ?? 0); k++) {
      const c = ix.via[k] ?? 0;
      via[c] = (via[c] ?? 0) + 1;
      if (y < (firstVia[c] ?? 0)) firstVia[c] = y;
    }
  }
  const stats = new Map<string, CountryStats>();
  ix.countries.forEach((iso3, c) => {
    const d = direct[c] ?? 0;
    const v = via[c] ?? 0;
    if (d + v === 0) return;
    const byProgramme = new Map<string, number>();
    for (let p = 0; p < P; p++) {
      const n = byProg[c * P + p] ?? 0;
      if (n > 0) byProgramme.set(ix.programmes[p] ?? '', n);
    }
    stats.set(iso3, {
      iso3,
      direct: d,
      via: v,
      byProgramme,
      firstYear: d > 0 ? (first[c] ?? null) : (firstVia[c] ?? null),
    });
  });
  return stats;
}

export interface CountryActivities {
  direct: Activity[];
  /** activities that reached the country through a regional body, with the body's id */
  via: { activity: Activity; through: string[] }[];
}

/** Everything about one country in a list of activities, split "in this country" / "through a body". */
export function activitiesFor(iso3: string, activities: Activity[], groups: Group[]): CountryActivities {
  const members = groupMembers(groups);
  const direct: Activity[] = [];
  const via: CountryActivities['via'] = [];
  for (const a of activities) {
    if (a.countries.includes(iso3)) direct.push(a);
    else {
      const through = (a.organisations ?? []).filter((o) =>
        members.get(o)?.some((m) => m.iso3 === iso3 && memberAt(m, a)),
      );
      if (through.length > 0) via.push({ activity: a, through });
    }
  }
  return { direct, via };
}

/** Activities held in a country for others: their place is there, but the country is neither among
 * their beneficiaries nor reached through a group (e.g. training courses in Tokyo, for Japan). */
export function hostedIn(
  iso3: string,
  activities: Activity[],
  places: Place[],
  counted: ReadonlySet<Activity>,
): Activity[] {
  const here = new Set(places.filter((p) => p.iso3 === iso3).map((p) => p.id));
  if (here.size === 0) return [];
  return activities.filter((a) => a.place !== undefined && here.has(a.place) && !counted.has(a));
}

export type Measure = 'activities' | 'programmes' | 'first-year';

export function measureValue(s: CountryStats | undefined, m: Measure): number | null {
  if (!s || s.direct === 0) return null;
  if (m === 'activities') return s.direct;
  if (m === 'programmes') return s.byProgramme.size;
  return s.firstYear;
}

// Per-country figures for the choropleth, the country table and the panel.
// Counting rule (data/README.md): an activity counts once for each country it was held in or with
// ("direct"), and once for each member of a regional body it reached through that body ("via"),
// unless the member is also a direct country of it. The two are never added together.
import { bodyMembers, memberAt } from './groups';
import type { Selection } from './selection';
import type { Activity, Group, Place, YearBasis } from './types';
import type { Measure } from './values';

export interface CountryStats {
  iso3: string;
  direct: number;
  via: number;
  /** programme id → direct activity count */
  byProgramme: Map<string, number>;
  /** earliest start year of a direct activity (or via one, when there is none direct) */
  firstYear: number | null;
}

/** The figures of every country the selection reaches, directly or through a body: per country code,
 * counts in typed arrays, then one record per country reached. */
export function countByCountry({ positions, index: ix }: Selection, basis: YearBasis): Map<string, CountryStats> {
  const C = ix.countries.length;
  const P = ix.programmes.length;
  const direct = new Int32Array(C);
  const via = new Int32Array(C);
  const byProg = new Int32Array(C * P);
  // The earliest direct year, and aside the earliest via year, used only for countries with no direct activity.
  const first = new Int32Array(C).fill(2 ** 31 - 1);
  const firstVia = new Int32Array(C).fill(2 ** 31 - 1);
  const years = ix.startYear[basis];
  for (const i of positions) {
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
  const members = bodyMembers(groups);
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

export function measureValue(s: CountryStats | undefined, m: Measure): number | null {
  if (!s || s.direct === 0) return null;
  if (m === 'activities') return s.direct;
  if (m === 'programmes') return s.byProgramme.size;
  return s.firstYear;
}

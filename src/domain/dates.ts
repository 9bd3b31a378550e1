// Dates in the data are as precise as their source (YYYY, YYYY-MM, YYYY-MM-DD) and may be Japanese
// fiscal years (April–March). Everything is reduced to whole months so that spans can be compared.
import type { Activity, PartialDate, YearBasis } from './types';

/** Months since year 0: 2023-04 → 2023 * 12 + 3. */
export type MonthIndex = number;

export const monthIndex = (year: number, month1: number): MonthIndex => year * 12 + (month1 - 1);
export const yearOfMonth = (m: MonthIndex): number => Math.floor(m / 12);

export function parsePartial(d: PartialDate): { year: number; month?: number; day?: number } {
  const [y, m, day] = d.split('-').map(Number);
  return { year: y ?? 0, month: m, day };
}

// A dataset has a few hundred distinct dates, each used by many records: each date string is read once
// per basis.
const monthCache: Record<YearBasis, Map<string, readonly [MonthIndex, MonthIndex]>> = {
  calendar: new Map(),
  'jp-fiscal': new Map(),
};

/** The first and last month a partial date can mean. FY2023 = April 2023 to March 2024. */
export function monthsOf(d: PartialDate, basis: YearBasis): readonly [MonthIndex, MonthIndex] {
  const cache = monthCache[basis];
  let r = cache.get(d);
  if (r === undefined) {
    const { year, month } = parsePartial(d);
    r =
      month !== undefined
        ? [monthIndex(year, month), monthIndex(year, month)]
        : basis === 'jp-fiscal'
          ? [monthIndex(year, 4), monthIndex(year + 1, 3)]
          : [monthIndex(year, 1), monthIndex(year, 12)];
    cache.set(d, r);
  }
  return r;
}

/** The months an activity covers. An ongoing activity with no end runs to `openEnd`. */
export function activitySpan(a: Activity, openEnd: MonthIndex): [MonthIndex, MonthIndex] {
  const [first, lastOfStart] = monthsOf(a.start, a.yearBasis);
  if (a.end) return [first, Math.max(first, monthsOf(a.end, a.yearBasis)[1])];
  if (a.status?.state === 'ongoing') return [first, Math.max(lastOfStart, openEnd)];
  return [first, lastOfStart];
}

/** The months of year `y` in a given year basis: calendar 2023, or FY2023 (Apr 2023 – Mar 2024). */
export function yearMonths(y: number, basis: YearBasis): [MonthIndex, MonthIndex] {
  return basis === 'jp-fiscal' ? [monthIndex(y, 4), monthIndex(y + 1, 3)] : [monthIndex(y, 1), monthIndex(y, 12)];
}

/** The year (in `basis`) a month falls in: March 2024 is calendar 2024 but FY2023. */
export function yearIn(m: MonthIndex, basis: YearBasis): number {
  return basis === 'jp-fiscal' ? yearOfMonth(m - 3) : yearOfMonth(m);
}

const startYears: Record<YearBasis, WeakMap<Activity, number>> = {
  calendar: new WeakMap(),
  'jp-fiscal': new WeakMap(),
};

/** The year an activity started, in the requested basis (cached per record: records never change). */
export function startYear(a: Activity, basis: YearBasis): number {
  let y = startYears[basis].get(a);
  if (y === undefined) {
    const p = parsePartial(a.start);
    y = a.yearBasis === basis && p.month === undefined ? p.year : yearIn(monthsOf(a.start, a.yearBasis)[0], basis);
    startYears[basis].set(a, y);
  }
  return y;
}

const keys = new WeakMap<Activity, string>();

/** Sortable key for date order (earliest first). Cached per record: sorts call it on every comparison. */
export function sortKey(a: Activity): string {
  let k = keys.get(a);
  if (k === undefined) {
    const [m] = monthsOf(a.start, a.yearBasis);
    keys.set(a, (k = `${String(m).padStart(6, '0')}|${a.start.length}|${a.id}`));
  }
  return k;
}

/** Activities in date order, earliest first (a new array). */
export const byDate = (list: readonly Activity[]): Activity[] =>
  [...list].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));

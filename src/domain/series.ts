// Series maths for the timeline charts. Plain data in, plain data out: no React, no Recharts, no clock
// (today's date is an argument). Two rules hold everywhere: a year without a figure is null, never 0,
// and two figures for the same year are both kept (the chart labels the conflict instead of choosing).
import { monthIndex, monthsOf, parsePartial, yearIn, type MonthIndex } from './dates';
import type { Selection } from './selection';
import type { Activity, Group, Series, SeriesPoint, YearBasis } from './types';

/** A series point placed on the year axis of the chosen basis. */
export interface Placed {
  seriesId: string;
  year: number;
  point: SeriesPoint;
  /** drawn at an approximate year: a fiscal year shown at its starting calendar year, or a year-only
   * calendar date shown in the fiscal year it mostly falls in */
  shifted: boolean;
  /** the figure itself is not exact: qualified ("about", "more than"…) or only a budget request
   * (derived figures are flagged on the point itself: point.derived) */
  approximate: boolean;
  /** another figure of the same series contradicts it in the same year (see disagree) */
  conflict: boolean;
}

/** The year a point belongs to in `basis`. A month is exact in either basis; a bare year is only exact
 * in its own basis, otherwise it keeps its number and is marked as shifted. */
export function placeYear(p: SeriesPoint, basis: YearBasis): { year: number; shifted: boolean } {
  const { year, month } = parsePartial(p.date);
  if (month !== undefined) {
    return { year: basis === 'jp-fiscal' ? yearIn(monthIndex(year, month), 'jp-fiscal') : year, shifted: false };
  }
  return { year, shifted: p.yearBasis !== basis };
}

const isApproximate = (p: SeriesPoint) => p.qualifier !== undefined || p.kind === 'request';

const FLOWS = new Set<string>(['annual', 'budget', 'request']);

/** Do two figures of one series contradict each other? Two amounts for the same year do. Two snapshots of
 * a growing total only do when taken the same day, when one is dated by year alone (so they cannot be
 * ordered), or when the later one is lower. */
function disagree(a: Placed, b: Placed): boolean {
  if (a.year !== b.year || a.point.value === b.point.value) return false;
  const flowA = FLOWS.has(a.point.kind);
  const flowB = FLOWS.has(b.point.kind);
  if (flowA || flowB) return flowA && flowB;
  if (a.point.kind !== b.point.kind) return false;
  const [da, db] = [a.point.date, b.point.date];
  if (da === db || da.length === 4 || db.length === 4) return true;
  const [early, late] = da < db ? [a, b] : [b, a];
  return late.point.value < early.point.value;
}

/** Every point of a series on the year axis, in date order, with conflicts marked (never resolved). */
export function placePoints(series: Series, basis: YearBasis): Placed[] {
  const placed = series.points.map((point) => ({
    seriesId: series.id,
    point,
    ...placeYear(point, basis),
    approximate: isApproximate(point),
    conflict: false,
  }));
  for (const a of placed) a.conflict = placed.some((b) => b !== a && disagree(a, b));
  const key = (p: Placed) => monthsOf(p.point.date, p.point.yearBasis)[0];
  return placed.sort((a, b) => a.year - b.year || key(a) - key(b));
}

export interface YearRow {
  year: number;
  /** series id → the value drawn by the line for that year; null = no figure (a gap) */
  values: Record<string, number | null>;
  /** every point of that year, conflicting ones included */
  points: Placed[];
}

/** One row per year from the first to the last year of the points (or over `span`), gaps as null.
 * The line goes through the latest figure of a year; when two sources give that same date, through the
 * first one listed, and the other stays visible as its own mark. */
export function yearlyRows(placed: Placed[], seriesIds: string[], span?: [number, number]): YearRow[] {
  const years = placed.map((p) => p.year);
  if (!span && years.length === 0) return [];
  const [lo, hi] = span ?? [Math.min(...years), Math.max(...years)];
  const rows: YearRow[] = [];
  for (let year = lo; year <= hi; year += 1) {
    const points = placed.filter((p) => p.year === year);
    const values: Record<string, number | null> = {};
    for (const id of seriesIds) {
      const own = points.filter((p) => p.seriesId === id);
      const latest = own.reduce<Placed | null>(
        (best, p) => (best && p.point.date === best.point.date ? best : p),
        null,
      );
      values[id] = latest ? latest.point.value : null;
    }
    rows.push({ year, values, points });
  }
  return rows;
}

/** The key of the line a figure is drawn on: one line per series and basis, so that figures of different
 * bases (a budget, a conversion, a press estimate) are never joined into one line. */
export const lineKey = (p: Placed) => `${p.seriesId}|${p.point.basis}`;

/** Rows of the lines of `placed`, by lineKey, one per year of `span`: a year without a figure on a line is
 * null there (the chart joins the figures on either side: the same series, on the same basis). */
export function basisLineRows(placed: Placed[], span: [number, number]): { keys: string[]; rows: YearRow[] } {
  const keys = [...new Set(placed.map(lineKey))];
  const rows = yearlyRows(
    placed.map((p) => ({ ...p, seriesId: lineKey(p) })),
    keys,
    span,
  );
  return { keys, rows };
}

/** Running total that keeps gaps: a year without a figure stays null and the total carries over it. */
export function cumulate(values: (number | null)[]): (number | null)[] {
  let total = 0;
  return values.map((v) => {
    if (v === null) return null;
    total += v;
    return total;
  });
}

export interface StackRow {
  year: number;
  total: number;
  /** key (programme or type id) → number of activities that started that year */
  counts: Record<string, number>;
}

/** Activities counted in the year they start (in `basis`), per key, for every year of `span` (a year
 * with no activity is a real 0 here: the dataset records none). `outside` counts the ones that start
 * before or after the span but overlap it, so the caption can say they are not in the bars. */
export function stackByYear(
  { positions, index: ix }: Selection,
  basis: YearBasis,
  by: 'programme' | 'type',
  span: [number, number],
): { rows: StackRow[]; keys: string[]; outside: number } {
  const rows: StackRow[] = [];
  for (let year = span[0]; year <= span[1]; year += 1) rows.push({ year, total: 0, counts: {} });
  const years = ix.startYear[basis];
  const codes = by === 'programme' ? ix.programme : ix.type;
  const names = by === 'programme' ? ix.programmes : ix.types;
  // A year × key grid of counts, then one entry per non-empty cell.
  const grid = new Int32Array(rows.length * names.length);
  let outside = 0;
  for (const i of positions) {
    const y = (years[i] ?? 0) - span[0];
    if (y < 0 || y >= rows.length) outside += 1;
    else {
      const cell = y * names.length + (codes[i] ?? 0);
      grid[cell] = (grid[cell] ?? 0) + 1;
    }
  }
  const keys = new Set<string>();
  rows.forEach((row, y) =>
    names.forEach((k, c) => {
      const n = grid[y * names.length + c] ?? 0;
      if (n === 0) return;
      keys.add(k);
      row.counts[k] = n;
      row.total += n;
    }),
  );
  return { rows, keys: [...keys].sort(), outside };
}

/** A position on a continuous year axis: calendar 2023-07 → 2023.54; in fiscal years FY2023 runs from
 * 2023 to 2024, so July 2023 is 2023.29. A bare year sits in the middle of its year. */
export function yearPosition(date: string, dateBasis: YearBasis, basis: YearBasis): number {
  const [first, last] = monthsOf(date, dateBasis);
  const mid: MonthIndex = (first + last + 1) / 2;
  return (basis === 'jp-fiscal' ? mid - 3 : mid) / 12;
}

/** Whole and fractional months between two YYYY-MM-DD dates (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const day = (d: string) => {
    const { year, month = 1, day: dd = 1 } = parsePartial(d);
    return Date.UTC(year, month - 1, dd) / 86_400_000;
  };
  return (day(to) - day(from)) / (365.2425 / 12);
}

export interface Step {
  date: string;
  value: number;
  point: SeriesPoint;
}

/** Documented cumulative count over time: a cumulative point sets the total, an annual (per-event) one
 * adds to it. Each step keeps its point so the chart can show its source and qualifier. */
export function countSteps(series: Series | undefined): Step[] {
  if (!series) return [];
  const key = (p: SeriesPoint) => monthsOf(p.date, p.yearBasis)[0] * 100 + (parsePartial(p.date).day ?? 0);
  const points = series.points.filter((p) => p.kind === 'cumulative' || p.kind === 'annual');
  let total = 0;
  return [...points]
    .sort((a, b) => key(a) - key(b))
    .map((point) => {
      total = point.kind === 'cumulative' ? point.value : total + point.value;
      return { date: point.date, value: total, point };
    });
}

export type PaceStatus = 'reached' | 'open' | 'passed' | 'no-deadline';

export interface TargetPace {
  target: number;
  point: SeriesPoint;
  /** null for an overall target without a date of its own */
  deadline: string | null;
  remaining: number;
  /** from today to the deadline; null without a deadline */
  monthsLeft: number | null;
  /** enterprises per month needed from today to reach the target in time; null unless status 'open' */
  perMonth: number | null;
  status: PaceStatus;
}

/** How far the latest count is from each target and the pace needed per month from `today`.
 * A target dated on or before the day of its own statement (`statedOn`) has no deadline. */
export function targetPaces(
  targets: SeriesPoint[],
  latest: number,
  today: string,
  statedOn: (p: SeriesPoint) => string | null,
): TargetPace[] {
  return targets
    .filter((p) => p.kind === 'target')
    .sort((a, b) => a.value - b.value)
    .map((point) => {
      const said = statedOn(point);
      const deadline = point.date.length === 10 && (!said || point.date > said) ? point.date : null;
      const remaining = Math.max(0, point.value - latest);
      const monthsLeft = deadline ? Math.max(0, monthsBetween(today, deadline)) : null;
      const status: PaceStatus =
        remaining === 0 ? 'reached' : deadline === null ? 'no-deadline' : monthsLeft === 0 ? 'passed' : 'open';
      const perMonth = status === 'open' && monthsLeft ? remaining / monthsLeft : null;
      return { target: point.value, point, deadline, remaining, monthsLeft, perMonth, status };
    });
}

/** The region an event belongs to: the region it names, the regional body it was held for, or else the
 * first region in `groups` (their file order) that lists its first country; null when none does. */
export function regionOf(a: Activity, groups: Group[]): string | null {
  if (a.region) return a.region;
  if (a.organisations?.[0]) return a.organisations[0];
  const first = a.countries[0];
  return groups.find((g) => g.kind === 'region' && g.members.some((m) => m.iso3 === first))?.id ?? null;
}

/** Events that would sit on top of each other (same lane, same month) are spread sideways a little, in
 * date-then-id order, so each stays visible and clickable. */
export function spreadEvents<T extends { x: number; lane: string; id: string }>(events: T[], step = 0.12): T[] {
  const seen = new Map<string, number>();
  return [...events]
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))
    .map((e) => {
      const key = `${e.lane}|${e.x.toFixed(3)}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return n === 0 ? e : { ...e, x: e.x + n * step };
    });
}

// The timeline's treaty chart: how many of the countries the fund reached were members of each treaty
// at the end of each year, who joined (or left) when, and how many of them had activities that year.
// Pure: no React, no loading. Statuses come from treaties.ts, read at the end of each calendar year.
//
// Each reached country falls in exactly one class per treaty and year (treatyStatus), so nobody is
// counted twice: a country covered only because a regional body it belongs to is a party (OAPI under
// the Madrid Protocol) is counted as `via-regional-body`, never as a member that joined; a country
// with no record is `unknown`, never "not a member".
import { startYear } from './dates';
import { treatyStatus, yearOf, type TreatyStatus } from './treaties';
import { TREATY_CLASSES, type TreatyClass } from './treatyMap';
import type { TreatyEntry } from './treatyTypes';
import type { Activity, Group, PartialDate } from './types';

export type ClassCounts = Record<TreatyClass, number>;

export interface TreatyYear {
  year: number;
  /** reached countries with an activity that started in this calendar year */
  active: number;
  /** per treaty, how the reached countries stood at the end of the year; null after the records' date */
  classes: Record<string, ClassCounts | null>;
}

/** `joined`: the treaty entered into force for it; `listed`: a WIPO list shows it bound by then (when
 * it joined is not in the records); `withdrew`: a withdrawal took effect; `via`: a regional body it
 * belongs to became a party (the country itself did not join). */
export type ChangeKind = 'joined' | 'listed' | 'withdrew' | 'via';

export interface TreatyChange {
  treaty: string;
  year: number;
  party: string;
  kind: ChangeKind;
  /** the date it rests on: entry into force, the list's date, the withdrawal's effect, the body's entry */
  date?: PartialDate;
  /** for `via`: the regional body */
  body?: string;
}

export interface TreatyTimeline {
  /** the calendar years drawn: the filters' years (an activity that started before them and ran into
   * them reaches its countries, but is not in the band of the years activities started) */
  span: [number, number];
  /** the last year with membership counts: the year of the records' as-of date, or the span's end */
  lastYear: number;
  /** the countries counted: those the selected activities were held in or with, sorted */
  reached: string[];
  rows: TreatyYear[];
  /** the changes within the span, in year order (a change before the span is in its first counts) */
  changes: TreatyChange[];
  /** per treaty, the regional bodies through which a reached country was covered in the span */
  bodies: Record<string, string[]>;
}

/** The countries the activities were held in or with, and which of them had an activity starting in
 * each calendar year (each country once per year, however many activities it had). */
export function reachedByYear(activities: readonly Activity[]): {
  reached: string[];
  byYear: Map<number, Set<string>>;
} {
  const all = new Set<string>();
  const byYear = new Map<number, Set<string>>();
  for (const a of activities) {
    if (a.countries.length === 0) continue;
    const y = startYear(a, 'calendar');
    let set = byYear.get(y);
    if (!set) byYear.set(y, (set = new Set()));
    for (const c of a.countries) {
      all.add(c);
      set.add(c);
    }
  }
  return { reached: [...all].sort(), byYear };
}

/** What, if anything, changed for one country between the end of one year and the next. */
function changeOf(prev: TreatyStatus, cur: TreatyStatus): Pick<TreatyChange, 'kind' | 'date' | 'body'> | null {
  if (cur.kind === 'member' && prev.kind !== 'member')
    return { kind: cur.basis === 'in-force' ? 'joined' : 'listed', date: cur.since };
  if (prev.kind === 'member' && cur.kind !== 'member') {
    const own = cur.kind === 'via-regional-body' ? cur.own : cur;
    return { kind: 'withdrew', date: own.kind === 'not-member' ? own.entry.inForce : undefined };
  }
  if (cur.kind === 'via-regional-body' && prev.kind !== 'via-regional-body')
    return { kind: 'via', body: cur.body, date: cur.bodyEntry.inForce ?? cur.bodyEntry.partyBy };
  return null;
}

const zero = (): ClassCounts => Object.fromEntries(TREATY_CLASSES.map((c) => [c, 0])) as ClassCounts;

/** Membership of `treaties` among the countries the activities reached, at the end of each year of
 * `years` (the filters' range), with the activities' years beside it. Counts stop at the year of
 * `asOf` (the newest date in the records read): later years are gaps, never a copy of the last. */
export function treatyTimeline(
  entries: readonly TreatyEntry[],
  groups: readonly Group[],
  activities: readonly Activity[],
  treaties: readonly string[],
  years: [number, number],
  asOf: PartialDate,
): TreatyTimeline {
  const { reached, byYear } = reachedByYear(activities);
  const span = years;
  const lastYear = Math.min(span[1], yearOf(asOf));
  const rows: TreatyYear[] = [];
  for (let year = span[0]; year <= span[1]; year++)
    rows.push({ year, active: byYear.get(year)?.size ?? 0, classes: {} });
  const changes: TreatyChange[] = [];
  const bodies: Record<string, string[]> = {};
  for (const treaty of treaties) {
    const via = new Set<string>();
    for (const row of rows) row.classes[treaty] = row.year <= lastYear ? zero() : null;
    for (const party of reached) {
      let prev = treatyStatus(entries, groups, party, treaty, span[0] - 1);
      for (const row of rows) {
        if (row.year > lastYear) break;
        const cur = treatyStatus(entries, groups, party, treaty, row.year);
        const counts = row.classes[treaty];
        if (counts) counts[cur.kind] += 1;
        if (cur.kind === 'via-regional-body') via.add(cur.body);
        const change = changeOf(prev, cur);
        if (change) changes.push({ treaty, year: row.year, party, ...change });
        prev = cur;
      }
    }
    bodies[treaty] = [...via].sort();
  }
  changes.sort(
    (a, b) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || a.party.localeCompare(b.party),
  );
  return { span, lastYear, reached, rows, changes, bodies };
}

/** The members of `treaty` at the end of each year (null after the records' date): the step line. */
export const membersLine = (t: TreatyTimeline, treaty: string): (number | null)[] =>
  t.rows.map((r) => r.classes[treaty]?.member ?? null);

/** The countries covered only through a regional body each year: drawn apart, never added to members. */
export const viaLine = (t: TreatyTimeline, treaty: string): (number | null)[] =>
  t.rows.map((r) => r.classes[treaty]?.['via-regional-body'] ?? null);

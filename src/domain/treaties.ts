// Year-aware WIPO treaty membership, from the dated actions in data/treaties.json. Pure: no React,
// no loading. A status is read at the end of a calendar year, so a country for which a treaty entered
// into force on 8 December 2015 is a member "in 2015" and not in 2014.
//
// What the data does not say stays unsaid: a party with no entry is `unknown` (never "not a member"),
// an accession whose entry into force is not in our sources is `pending`, and a country covered only
// because a regional body it belongs to is a party (OAPI under the Madrid Protocol: a designation of
// OAPI covers its members' territory) is `via-regional-body`, kept apart from its own membership.
import { byDate, monthsOf } from './dates';
import type { TreatyEntry } from './treatyTypes';
import type { Activity, Group, PartialDate } from './types';

export type OwnStatus =
  | { kind: 'member'; since: PartialDate; basis: 'in-force' | 'party-by'; entry: TreatyEntry }
  | { kind: 'pending'; entry: TreatyEntry }
  | { kind: 'not-member'; reason: 'joined-later' | 'withdrawn'; entry: TreatyEntry }
  | { kind: 'unknown' };

export type TreatyStatus =
  OwnStatus | { kind: 'via-regional-body'; body: string; own: OwnStatus; bodyEntry: TreatyEntry };

const JOINS = new Set(['ratification', 'accession', 'succession', 'bound']);
export const isJoining = (e: TreatyEntry): boolean => JOINS.has(e.action);

export const yearOf = (d: PartialDate): number => Number(d.slice(0, 4));

/** Whether a status "at the end of `year`" would lie beyond the records read (their newest date is in an
 * earlier year): then it is only the newest status they hold, and is to be called that, never a year's
 * (the default years run to 2027; the records to July 2022). The year of `asOf` itself still counts as
 * read, as in the treaty chart. */
export const beyondRecords = (year: number, asOf: PartialDate): boolean => year > yearOf(asOf);

/** The first and last day a partial date can mean, as YYYY-MM-DD strings that sort by date. */
export function dateBounds(d: PartialDate): [string, string] {
  if (d.length === 10) return [d, d];
  if (d.length === 7) return [`${d}-01`, `${d}-31`];
  return [`${d}-01-01`, `${d}-12-31`];
}

/** True only when `a` is certainly before `b` (partial dates that overlap are not). */
export const isBefore = (a: PartialDate, b: PartialDate): boolean => dateBounds(a)[1] < dateBounds(b)[0];

/** The date an entry is filed under: when it took effect, else when it was deposited or notified. */
export const keyDate = (e: TreatyEntry): PartialDate | undefined =>
  e.inForce ?? e.deposited ?? e.notification?.date ?? e.partyBy;

/** From which year an entry tells us what: a joining is `pending` from its deposit (or notification)
 * and `member` from its entry into force (or the list that shows it bound); a withdrawal ends it. */
type Phase = { year: number; status: OwnStatus };

function phases(e: TreatyEntry): Phase[] {
  const out: Phase[] = [];
  if (isJoining(e)) {
    const lodged = e.deposited ?? e.notification?.date;
    if (lodged) out.push({ year: yearOf(lodged), status: { kind: 'pending', entry: e } });
    if (e.inForce)
      out.push({ year: yearOf(e.inForce), status: { kind: 'member', since: e.inForce, basis: 'in-force', entry: e } });
    else if (e.partyBy) {
      out.push({ year: yearOf(e.partyBy), status: { kind: 'member', since: e.partyBy, basis: 'party-by', entry: e } });
    }
  } else if (e.inForce) {
    out.push({ year: yearOf(e.inForce), status: { kind: 'not-member', reason: 'withdrawn', entry: e } });
  } else if (e.deposited) {
    // A withdrawal lodged but with no date of effect: from then on we cannot say.
    out.push({ year: yearOf(e.deposited), status: { kind: 'unknown' } });
  }
  return out;
}

const byKeyDate = (a: TreatyEntry, b: TreatyEntry) => ((keyDate(a) ?? '') < (keyDate(b) ?? '') ? -1 : 1);

/** The entries of one party on one treaty, oldest first. */
export function entriesOf(entries: readonly TreatyEntry[], party: string, treaty: string): TreatyEntry[] {
  return entries.filter((e) => e.party === party && e.treaty === treaty).sort(byKeyDate);
}

/** A party's own status at the end of `year`, from its own entries only. */
export function ownStatus(entries: readonly TreatyEntry[], party: string, treaty: string, year: number): OwnStatus {
  const mine = entriesOf(entries, party, treaty);
  let current: OwnStatus | undefined;
  let currentYear = -Infinity;
  for (const e of mine) {
    for (const p of phases(e)) {
      // A later phase wins; within one year, the later entry (and the later phase of an entry) wins.
      if (p.year <= year && p.year >= currentYear) {
        current = p.status;
        currentYear = p.year;
      }
    }
  }
  if (current) return current;
  // Nothing had happened yet. A joining with a known deposit or entry into force tells us the party
  // was not bound before it; a notification date or a "bound by" list does not bound the past.
  const first = mine[0];
  if (first && isJoining(first) && (first.deposited || first.inForce)) {
    return { kind: 'not-member', reason: 'joined-later', entry: first };
  }
  return { kind: 'unknown' };
}

/** Was `iso3` a member of `group` at the end of `year`, by the dates in groups.json? */
function inGroupAt(group: Group, iso3: string, year: number): boolean {
  return group.members.some(
    (m) => m.iso3 === iso3 && (!m.since || yearOf(m.since) <= year) && (!m.until || yearOf(m.until) > year),
  );
}

/** A party's status at the end of `year`: its own membership, else coverage through a regional body
 * (kind regional-body in groups.json) that is itself a member of the treaty that year. */
export function treatyStatus(
  entries: readonly TreatyEntry[],
  groups: readonly Group[],
  party: string,
  treaty: string,
  year: number,
): TreatyStatus {
  const own = ownStatus(entries, party, treaty, year);
  if (own.kind === 'member') return own;
  for (const g of groups) {
    if (g.kind !== 'regional-body' || !inGroupAt(g, party, year)) continue;
    const body = ownStatus(entries, g.id, treaty, year);
    if (body.kind === 'member') return { kind: 'via-regional-body', body: g.id, own, bodyEntry: body.entry };
  }
  return own;
}

/** One status per year from `from` to `to` (inclusive), for a year slider or a country timeline. */
export function statusByYear(
  entries: readonly TreatyEntry[],
  groups: readonly Group[],
  party: string,
  treaty: string,
  from: number,
  to: number,
): { year: number; status: TreatyStatus }[] {
  const out: { year: number; status: TreatyStatus }[] = [];
  for (let y = from; y <= to; y++) out.push({ year: y, status: treatyStatus(entries, groups, party, treaty, y) });
  return out;
}

/** Status of every listed party at the end of `year` (for colouring the map). */
export function statusMap(
  entries: readonly TreatyEntry[],
  groups: readonly Group[],
  parties: Iterable<string>,
  treaty: string,
  year: number,
): Map<string, TreatyStatus> {
  const out = new Map<string, TreatyStatus>();
  for (const p of parties) out.set(p, treatyStatus(entries, groups, p, treaty, year));
  return out;
}

export interface Accessions {
  /** parties whose joining took effect in each year, by year of entry into force, oldest first */
  byYear: { year: number; parties: string[] }[];
  /** parties with a recorded joining whose entry into force is not in our sources: not in byYear */
  undated: string[];
}

/** Joinings of one treaty among a set of parties, by the year they took effect (for the timeline).
 * Counts the parties' own joinings only; coverage through a regional body is not a joining. */
export function accessionsByYear(
  entries: readonly TreatyEntry[],
  treaty: string,
  parties: ReadonlySet<string>,
): Accessions {
  const years = new Map<number, Set<string>>();
  const undated = new Set<string>();
  for (const e of entries) {
    if (e.treaty !== treaty || !parties.has(e.party) || !isJoining(e)) continue;
    if (e.inForce) {
      const y = yearOf(e.inForce);
      if (!years.has(y)) years.set(y, new Set());
      years.get(y)?.add(e.party);
    } else undated.add(e.party);
  }
  for (const set of years.values()) for (const p of set) undated.delete(p);
  return {
    byYear: [...years.entries()].sort(([a], [b]) => a - b).map(([year, s]) => ({ year, parties: [...s].sort() })),
    undated: [...undated].sort(),
  };
}

export interface BeforeJoining {
  /** the date compared with: entry into force if known, else the date of deposit */
  joined: PartialDate;
  basis: 'in-force' | 'deposited';
  entry: TreatyEntry;
  /** activities that certainly started before that date, oldest first */
  before: Activity[];
  /** activities whose start is too coarse to tell (e.g. "2015" against 8 December 2015) */
  around: Activity[];
}

/** Activities held in or with `party` (its `countries`, or its `organisations` for a regional body)
 * that started before it joined `treaty`. Context only: it says nothing about cause. Null when the
 * joining has neither an entry into force nor a deposit date in our sources. */
export function activitiesBeforeJoining(
  activities: readonly Activity[],
  entries: readonly TreatyEntry[],
  party: string,
  treaty: string,
): BeforeJoining | null {
  const entry = entriesOf(entries, party, treaty).find((e) => isJoining(e) && (e.inForce || e.deposited));
  if (!entry) return null;
  const joined = (entry.inForce ?? entry.deposited) as PartialDate;
  const [joinFirst, joinLast] = monthsOf(joined, 'calendar');
  const before: Activity[] = [];
  const around: Activity[] = [];
  for (const a of activities) {
    if (!a.countries.includes(party) && !a.organisations?.includes(party)) continue;
    const [first, last] = monthsOf(a.start, a.yearBasis);
    if (last < joinFirst) before.push(a);
    else if (first <= joinLast) around.push(a);
  }
  return {
    joined,
    basis: entry.inForce ? 'in-force' : 'deposited',
    entry,
    before: byDate(before),
    around: byDate(around),
  };
}

import { buildIndex, rememberSubset, type ActivityIndex } from './activityIndex';
import { activitySpan, type MonthIndex, yearMonths } from './dates';
import type { Activity, Group, Partner, YearBasis } from './types';

export interface Filters {
  from: number;
  to: number;
  /** programme ids; empty = all */
  programmes: string[];
  /** activity type ids; empty = all */
  types: string[];
  partner: Partner | null;
  /** a regional body or region id; null = everywhere */
  group: string | null;
  basis: YearBasis;
}

export interface FilterContext {
  /** the month an ongoing activity is taken to run to (the latest month in the data) */
  openEnd: MonthIndex;
  groups: Group[];
  /** the dataset's columnar index, worked out once rather than on every filter change; used when
   * the activities filtered are exactly the ones it describes */
  index?: ActivityIndex;
}

export function makeContext(activities: Activity[], groups: Group[], openEnd: MonthIndex): FilterContext {
  const members = new Map(groups.map((g) => [g.id, membersOf(groups, g.id)]));
  const touches = (a: Activity, id: string) => touchesGroup(a, id, members.get(id) ?? new Set());
  return { openEnd, groups, index: buildIndex(activities, groups, openEnd, touches) };
}

export function membersOf(groups: Group[], id: string): Set<string> {
  return new Set(groups.find((g) => g.id === id)?.members.map((m) => m.iso3) ?? []);
}

/** Does the activity touch this group: held for it, in its region, or in one of its member countries? */
export function touchesGroup(a: Activity, groupId: string, members: Set<string>): boolean {
  return a.organisations?.includes(groupId) === true || a.region === groupId || a.countries.some((c) => members.has(c));
}

type Dimension = 'years' | 'programmes' | 'types' | 'partner' | 'group';
const DIMENSIONS: Dimension[] = ['years', 'programmes', 'types', 'partner', 'group'];

/** Which filters an activity fails, as a bit set over DIMENSIONS (0 = it passes them all). */
function failures(f: Filters, ctx: FilterContext) {
  const [lo] = yearMonths(f.from, f.basis);
  const [, hi] = yearMonths(f.to, f.basis);
  const members = f.group ? membersOf(ctx.groups, f.group) : null;
  return (a: Activity): number => {
    let bits = 0;
    const [s, e] = activitySpan(a, ctx.openEnd);
    if (e < lo || s > hi) bits |= 1;
    if (f.programmes.length > 0 && !f.programmes.includes(a.programme)) bits |= 2;
    if (f.types.length > 0 && !f.types.includes(a.type)) bits |= 4;
    if (f.partner && a.partner !== f.partner) bits |= 8;
    if (f.group && members && !touchesGroup(a, f.group, members)) bits |= 16;
    return bits;
  };
}

/** The same bit set, for the i-th activity of an index: codes and typed arrays only. Null when the
 * index cannot answer (a group it does not list), and the record-by-record check is used instead. */
function indexFailures(ix: ActivityIndex, f: Filters): ((i: number) => number) | null {
  const [lo] = yearMonths(f.from, f.basis);
  const [, hi] = yearMonths(f.to, f.basis);
  const allowed = (list: string[], chosen: string[]) =>
    chosen.length > 0 ? Uint8Array.from(list, (x) => (chosen.includes(x) ? 1 : 0)) : null;
  const progOk = allowed(ix.programmes, f.programmes);
  const typeOk = allowed(ix.types, f.types);
  const partner = f.partner ? ix.partners.indexOf(f.partner) : -1;
  const G = ix.groups.length;
  const g = f.group ? ix.groups.indexOf(f.group) : -1;
  if (f.group && g < 0) return null;
  return (i) => {
    let bits = 0;
    if ((ix.end[i] ?? 0) < lo || (ix.start[i] ?? 0) > hi) bits |= 1;
    if (progOk && progOk[ix.programme[i] ?? 0] === 0) bits |= 2;
    if (typeOk && typeOk[ix.type[i] ?? 0] === 0) bits |= 4;
    if (f.partner && ix.partner[i] !== partner) bits |= 8;
    if (f.group && ix.touches[i * G + g] === 0) bits |= 16;
    return bits;
  };
}

/** The index, when it describes exactly this array of activities. */
const indexFor = (activities: Activity[], ctx: FilterContext) =>
  ctx.index?.activities === activities ? ctx.index : null;

/** Keeps the activities that pass every filter except those listed in `ignore`
 * (a control counts its options under the *other* filters). */
export function applyFilters(
  activities: Activity[],
  f: Filters,
  ctx: FilterContext,
  ignore: Dimension[] = [],
): Activity[] {
  const mask = DIMENSIONS.reduce((m, d, i) => (ignore.includes(d) ? m : m | (1 << i)), 0);
  const ix = indexFor(activities, ctx);
  const fast = ix && indexFailures(ix, f);
  if (ix && fast) {
    const out: Activity[] = [];
    const at: number[] = [];
    activities.forEach((a, i) => {
      if ((fast(i) & mask) === 0) {
        out.push(a);
        at.push(i);
      }
    });
    rememberSubset(out, ix, Int32Array.from(at));
    return out;
  }
  const fails = failures(f, ctx);
  return activities.filter((a) => (fails(a) & mask) === 0);
}

export interface FacetCounts {
  programmes: Map<string, number>;
  types: Map<string, number>;
  partner: Map<string, number>;
  /** group id → activities touching the group */
  groups: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** How many activities each option of each control would have under the *other* filters, in one
 * pass: an activity that fails no filter counts for every control, one that fails exactly one
 * filter counts only for that filter's options. */
export function facetCounts(activities: Activity[], f: Filters, ctx: FilterContext): FacetCounts {
  const ix = indexFor(activities, ctx);
  const fast = ix && indexFailures(ix, f);
  if (ix && fast) return indexFacetCounts(ix, fast, ctx.groups);
  const out: FacetCounts = {
    programmes: new Map(),
    types: new Map(),
    partner: new Map(),
    groups: new Map(ctx.groups.map((g) => [g.id, 0])),
  };
  const fails = failures(f, ctx);
  const members = ctx.groups.map((g) => [g.id, membersOf(ctx.groups, g.id)] as const);
  for (const a of activities) {
    const bits = fails(a);
    if (bits & 1 || (bits & (bits - 1)) !== 0) continue; // outside the years, or fails two filters
    if (bits === 0 || bits === 2) bump(out.programmes, a.programme);
    if (bits === 0 || bits === 4) bump(out.types, a.type);
    if (bits === 0 || bits === 8) bump(out.partner, a.partner);
    if (bits === 0 || bits === 16) {
      for (const [id, m] of members) if (touchesGroup(a, id, m)) bump(out.groups, id);
    }
  }
  return out;
}

const inc = (a: Int32Array, k: number, by: number) => {
  a[k] = (a[k] ?? 0) + by;
};

function indexFacetCounts(ix: ActivityIndex, fails: (i: number) => number, groups: Group[]): FacetCounts {
  const progs = new Int32Array(ix.programmes.length);
  const types = new Int32Array(ix.types.length);
  const partners = new Int32Array(ix.partners.length);
  const G = ix.groups.length;
  const touched = new Int32Array(G);
  for (let i = 0; i < ix.activities.length; i++) {
    const bits = fails(i);
    if (bits & 1 || (bits & (bits - 1)) !== 0) continue;
    if (bits === 0 || bits === 2) inc(progs, ix.programme[i] ?? 0, 1);
    if (bits === 0 || bits === 4) inc(types, ix.type[i] ?? 0, 1);
    if (bits === 0 || bits === 8) inc(partners, ix.partner[i] ?? 0, 1);
    if (bits === 0 || bits === 16) for (let g = 0; g < G; g++) inc(touched, g, ix.touches[i * G + g] ?? 0);
  }
  const toMap = (list: string[], counts: Int32Array) =>
    new Map(list.flatMap((k, c) => ((counts[c] ?? 0) > 0 ? [[k, counts[c] ?? 0] as const] : [])));
  return {
    programmes: toMap(ix.programmes, progs),
    types: toMap(ix.types, types),
    partner: toMap(ix.partners, partners),
    groups: new Map(groups.map((g, k) => [g.id, touched[k] ?? 0])),
  };
}

/** How many activities each option of one dimension would have under the other filters. */
export function optionCounts(
  activities: Activity[],
  f: Filters,
  ctx: FilterContext,
  dim: 'programmes' | 'types' | 'partner',
): Map<string, number> {
  return facetCounts(activities, f, ctx)[dim];
}

/** How many activities each group (region or regional body) would have under the other filters. */
export function groupCounts(activities: Activity[], f: Filters, ctx: FilterContext): Map<string, number> {
  return facetCounts(activities, f, ctx).groups;
}

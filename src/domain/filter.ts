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
  /** each activity's span, worked out once per dataset rather than on every filter change */
  spans?: WeakMap<Activity, [MonthIndex, MonthIndex]>;
  /** the ids of the groups each activity touches (see touchesGroup), also once per dataset */
  touches?: WeakMap<Activity, string[]>;
}

export function makeContext(activities: Activity[], groups: Group[], openEnd: MonthIndex): FilterContext {
  const spans = new WeakMap<Activity, [MonthIndex, MonthIndex]>();
  const touches = new WeakMap<Activity, string[]>();
  const members = groups.map((g) => [g.id, membersOf(groups, g.id)] as const);
  for (const a of activities) {
    spans.set(a, activitySpan(a, openEnd));
    touches.set(a, members.filter(([id, m]) => touchesGroup(a, id, m)).map(([id]) => id));
  }
  return { openEnd, groups, spans, touches };
}

export function membersOf(groups: Group[], id: string): Set<string> {
  return new Set(groups.find((g) => g.id === id)?.members.map((m) => m.iso3) ?? []);
}

/** Does the activity touch this group: held for it, in its region, or in one of its member countries? */
export function touchesGroup(a: Activity, groupId: string, members: Set<string>): boolean {
  return (
    a.organisations?.includes(groupId) === true || a.region === groupId || a.countries.some((c) => members.has(c))
  );
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
    const [s, e] = ctx.spans?.get(a) ?? activitySpan(a, ctx.openEnd);
    if (e < lo || s > hi) bits |= 1;
    if (f.programmes.length > 0 && !f.programmes.includes(a.programme)) bits |= 2;
    if (f.types.length > 0 && !f.types.includes(a.type)) bits |= 4;
    if (f.partner && a.partner !== f.partner) bits |= 8;
    if (f.group && members) {
      const touched = ctx.touches?.get(a);
      if (!(touched ? touched.includes(f.group) : touchesGroup(a, f.group, members))) bits |= 16;
    }
    return bits;
  };
}

/** Keeps the activities that pass every filter except those listed in `ignore`
 * (a control counts its options under the *other* filters). */
export function applyFilters(
  activities: Activity[],
  f: Filters,
  ctx: FilterContext,
  ignore: Dimension[] = [],
): Activity[] {
  const mask = DIMENSIONS.reduce((m, d, i) => (ignore.includes(d) ? m : m | (1 << i)), 0);
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
  const out: FacetCounts = { programmes: new Map(), types: new Map(), partner: new Map(), groups: new Map(ctx.groups.map((g) => [g.id, 0])) };
  const fails = failures(f, ctx);
  for (const a of activities) {
    const bits = fails(a);
    if (bits & 1 || (bits & (bits - 1)) !== 0) continue; // outside the years, or fails two filters
    if (bits === 0 || bits === 2) bump(out.programmes, a.programme);
    if (bits === 0 || bits === 4) bump(out.types, a.type);
    if (bits === 0 || bits === 8) bump(out.partner, a.partner);
    if (bits === 0 || bits === 16) {
      for (const g of ctx.touches?.get(a) ?? ctx.groups.filter((x) => touchesGroup(a, x.id, membersOf(ctx.groups, x.id))).map((x) => x.id)) bump(out.groups, g);
    }
  }
  return out;
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

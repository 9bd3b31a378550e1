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
}

export function makeContext(activities: Activity[], groups: Group[], openEnd: MonthIndex): FilterContext {
  const spans = new WeakMap<Activity, [MonthIndex, MonthIndex]>();
  for (const a of activities) spans.set(a, activitySpan(a, openEnd));
  return { openEnd, groups, spans };
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

/** Keeps the activities that pass every filter except those listed in `ignore`
 * (a control counts its options under the *other* filters). */
export function applyFilters(
  activities: Activity[],
  f: Filters,
  ctx: FilterContext,
  ignore: Dimension[] = [],
): Activity[] {
  const [lo] = yearMonths(f.from, f.basis);
  const [, hi] = yearMonths(f.to, f.basis);
  const members = f.group ? membersOf(ctx.groups, f.group) : null;
  return activities.filter((a) => {
    if (!ignore.includes('years')) {
      const [s, e] = ctx.spans?.get(a) ?? activitySpan(a, ctx.openEnd);
      if (e < lo || s > hi) return false;
    }
    if (!ignore.includes('programmes') && f.programmes.length > 0 && !f.programmes.includes(a.programme)) return false;
    if (!ignore.includes('types') && f.types.length > 0 && !f.types.includes(a.type)) return false;
    if (!ignore.includes('partner') && f.partner && a.partner !== f.partner) return false;
    if (!ignore.includes('group') && f.group && members && !touchesGroup(a, f.group, members)) return false;
    return true;
  });
}

/** How many activities each option of one dimension would have under the other filters. */
export function optionCounts(
  activities: Activity[],
  f: Filters,
  ctx: FilterContext,
  dim: 'programmes' | 'types' | 'partner',
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of applyFilters(activities, f, ctx, [dim])) {
    const key = dim === 'programmes' ? a.programme : dim === 'types' ? a.type : a.partner;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** How many activities each group (region or regional body) would have under the other filters. */
export function groupCounts(activities: Activity[], f: Filters, ctx: FilterContext): Map<string, number> {
  const rest = applyFilters(activities, f, ctx, ['group']);
  return new Map(
    ctx.groups.map((g) => {
      const members = membersOf(ctx.groups, g.id);
      return [g.id, rest.filter((a) => touchesGroup(a, g.id, members)).length];
    }),
  );
}

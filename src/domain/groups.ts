// Who belongs to a region or a regional body, and which activities touch one. The counting rule
// (data/README.md) reads these: an activity reaches the members of a body it was held for, unless a
// member is also one of its own countries.
import { monthsOf } from './dates';
import type { Activity, Group, GroupMember } from './types';

/** The member countries of a group (empty for an id the list does not hold). */
export function membersOf(groups: Group[], id: string): Set<string> {
  return new Set(groups.find((g) => g.id === id)?.members.map((m) => m.iso3) ?? []);
}

/** Does the activity touch this group: held for it, in its region, or in one of its member countries? */
export function touchesGroup(a: Activity, groupId: string, members: Set<string>): boolean {
  return a.organisations?.includes(groupId) === true || a.region === groupId || a.countries.some((c) => members.has(c));
}

/** The members of each regional body, by body id. */
export function bodyMembers(groups: Group[]): Map<string, GroupMember[]> {
  return new Map(groups.filter((g) => g.kind === 'regional-body').map((g) => [g.id, g.members]));
}

/** Was the country a member when the activity started? (Timor-Leste joined ASEAN only in 2025.) */
export function memberAt(m: GroupMember, a: Activity): boolean {
  const [start] = monthsOf(a.start, a.yearBasis);
  if (m.since && monthsOf(m.since, 'calendar')[0] > start) return false;
  if (m.until && monthsOf(m.until, 'calendar')[1] < start) return false;
  return true;
}

/** The countries an activity reached only through the bodies it was held for, each once. */
export function viaCountries(a: Activity, members: Map<string, GroupMember[]>): string[] {
  if (!a.organisations?.length) return [];
  const direct = new Set(a.countries);
  const out = new Set<string>();
  for (const org of a.organisations) {
    for (const m of members.get(org) ?? []) if (!direct.has(m.iso3) && memberAt(m, a)) out.add(m.iso3);
  }
  return [...out];
}

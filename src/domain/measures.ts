// The headline measures (data/README.md, "Headline measures"): each counts one kind of thing, counts
// nobody twice and names the records behind its value. Pure functions of the records they are given.
import type { Activity, Programme } from './types';

/** Keys `programme/type` of the types whose dated records are gatherings (`event: true` in programmes.json). */
export function eventTypes(programmes: readonly Programme[]): Set<string> {
  const out = new Set<string>();
  for (const p of programmes) for (const t of p.types) if (t.event) out.add(`${p.id}/${t.id}`);
  return out;
}

/**
 * An event is a gathering held on a stated date: a record of an event type, dated to at least the month,
 * with no status (projects and strands carry a status; a meeting, workshop, course or launch does not).
 */
export function isEvent(a: Activity, types: ReadonlySet<string>): boolean {
  return types.has(`${a.programme}/${a.type}`) && a.start.length >= 7 && a.status === undefined;
}

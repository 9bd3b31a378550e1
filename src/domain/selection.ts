// A selection is some of a dataset's activities together with where each sits in the dataset's index,
// so that whatever is counted over it (countries, years, sources, places) reads the index's columns.
// Filters make one (filter.ts); a chart that draws part of it narrows it (selectWhere).
import type { ActivityIndex } from './activityIndex';
import type { Activity } from './types';

export interface Selection {
  /** the chosen activities, in the dataset's order */
  activities: Activity[];
  /** where each sits in the index: activities[k] is index.activities[positions[k]] */
  positions: Int32Array;
  /** the index of the dataset they were chosen from */
  index: ActivityIndex;
}

/** Every activity of the index. */
export function selectAll(index: ActivityIndex): Selection {
  return { activities: index.activities, positions: Int32Array.from(index.activities.keys()), index };
}

/** The activities of the index at the positions for which `keep` holds, in index order. */
export function selectPositions(index: ActivityIndex, keep: (i: number) => boolean): Selection {
  const activities: Activity[] = [];
  const at: number[] = [];
  for (let i = 0; i < index.activities.length; i++) {
    if (keep(i)) {
      at.push(i);
      activities.push(index.activities[i] as Activity);
    }
  }
  return { activities, positions: Int32Array.from(at), index };
}

/** The part of a selection whose activities pass `keep`. */
export function selectWhere(sel: Selection, keep: (a: Activity) => boolean): Selection {
  const activities: Activity[] = [];
  const at: number[] = [];
  sel.activities.forEach((a, k) => {
    if (keep(a)) {
      activities.push(a);
      at.push(sel.positions[k] ?? 0);
    }
  });
  return { activities, positions: Int32Array.from(at), index: sel.index };
}

/** The ids of the sources the selection cites, each once, in order of first citation. */
export function citedSources({ positions, index: ix }: Selection): string[] {
  const seen = new Uint8Array(ix.sources.length);
  const out: string[] = [];
  for (const i of positions) {
    for (let j = ix.sourceAt[i] ?? 0; j < (ix.sourceAt[i + 1] ?? 0); j++) {
      const c = ix.source[j] ?? 0;
      if (!seen[c]) {
        seen[c] = 1;
        out.push(ix.sources[c] ?? '');
      }
    }
  }
  return out;
}

/** Whether an activity id is in the selection, read off the index (no set of every id is built). */
export function memberOf({ positions, index: ix }: Selection): (id: string) => boolean {
  const chosen = new Uint8Array(ix.activities.length);
  for (const i of positions) chosen[i] = 1;
  return (id) => {
    const i = ix.position.get(id);
    return i !== undefined && chosen[i] === 1;
  };
}

/** Which of `ids` (a few record ids, say those a conflict names) are activities of the selection. */
export function idsIn(sel: Selection, ids: Iterable<string>): string[] {
  return [...new Set(ids)].filter(memberOf(sel));
}

/** The activities of the selection held in a place, by place id, each list in selection order. A place
 * whose own office took part in an activity held elsewhere (`subnational`: Zanzibar at the Botswana
 * workshop) lists that activity too, so it keeps its marker without a second record. */
export function byPlace({ positions, index: ix }: Selection): Map<string, Activity[]> {
  const lists: (Activity[] | undefined)[] = new Array<Activity[] | undefined>(ix.places.length);
  const others = new Map<string, Activity[]>();
  for (const i of positions) {
    const c = ix.place[i] ?? -1;
    const a = ix.activities[i];
    if (c >= 0 && a) (lists[c] ??= []).push(a);
    for (const sub of a?.subnational ?? []) {
      const l = others.get(sub) ?? [];
      if (a) l.push(a);
      others.set(sub, l);
    }
  }
  const out = new Map<string, Activity[]>();
  lists.forEach((l, c) => {
    if (l) out.set(ix.places[c] ?? '', l);
  });
  for (const [id, l] of others) out.set(id, [...(out.get(id) ?? []), ...l]);
  return out;
}

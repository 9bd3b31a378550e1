// The headline measures (data/README.md, "Headline measures"): each counts one kind of thing, counts
// nobody twice and names the records behind its value. Pure functions of the records they are given.
import type { Activity, Figure, FigureKind, Programme } from './types';

/** The types whose dated records are gatherings (`event: true` in programmes.json), by programme id. */
export type EventTypes = ReadonlyMap<string, ReadonlySet<string>>;

export function eventTypes(programmes: readonly Programme[]): EventTypes {
  return new Map(programmes.map((p) => [p.id, new Set(p.types.filter((t) => t.event).map((t) => t.id))]));
}

/**
 * An event is a gathering held on a stated date: a record of an event type, dated to at least the month,
 * with no status (projects and strands carry a status; a meeting, workshop, course or launch does not).
 */
export function isEvent(a: Activity, types: EventTypes): boolean {
  return a.status === undefined && a.start.length >= 7 && types.get(a.programme)?.has(a.type) === true;
}

/** The people measures and the figure kinds each one adds up. A kind belongs to one measure at most. */
export const PEOPLE_MEASURES = {
  participants: ['participants'],
  learners: ['students', 'graduates'],
  trainees: ['trainees'],
  enterprises: ['enterprises'],
} as const satisfies Record<string, readonly FigureKind[]>;

export type PeopleMeasureId = keyof typeof PEOPLE_MEASURES;
export type MeasureId = PeopleMeasureId | 'events';

const MEASURE_OF = new Map<FigureKind, PeopleMeasureId>(
  (Object.entries(PEOPLE_MEASURES) as [PeopleMeasureId, readonly FigureKind[]][]).flatMap(([id, kinds]) =>
    kinds.map((k) => [k, id] as const),
  ),
);

/** The measure a figure kind counts towards, if any (attendances, countries, offices… count towards none). */
export function measureOf(kind: FigureKind): PeopleMeasureId | undefined {
  return MEASURE_OF.get(kind);
}

export interface Measure {
  id: MeasureId;
  value: number;
  /**
   * `at-least` when every figure behind the value is exact or a lower bound; `about` when one of them is
   * approximate ("about 120"). Either way the value is documented, never a complete count.
   */
  qualifier: 'at-least' | 'about';
  /** Ids of the activities whose records make up the value, in the order given. */
  activities: string[];
  /** Figures of this measure's kinds left out, and why: contained in a counted figure, or an upper bound. */
  excluded: { activity: string; figure: number; reason: 'part-of' | 'upper-bound' }[];
}

export interface MeasureOptions {
  /** Count `context` records (related work with no fund link stated) as well; off unless the reader asks. */
  includeContext?: boolean;
  /**
   * Whether an activity id is among those counted, when the caller can tell faster than a set of every
   * id (a selection over the dataset's index can); it must agree with the records and `includeContext`.
   */
  isCounted?: (id: string) => boolean;
}

const empty = (id: MeasureId): Measure => ({ id, value: 0, qualifier: 'at-least', activities: [], excluded: [] });

/**
 * The headline measures of a set of activities. A figure that is `partOf` a figure of an activity in the
 * set is left out (those people are already counted there); if that activity is not in the set, the part
 * counts, because nobody else counts those people. `up-to` figures are upper bounds and never add up to a
 * lower bound.
 */
export function measures(
  activities: readonly Activity[],
  programmes: readonly Programme[],
  options: MeasureOptions = {},
): Record<MeasureId, Measure> {
  const counts = (a: Activity) => options.includeContext || a.funding !== 'context';
  // The ids in the set, asked for only by a figure that is part of another (few are): built on demand,
  // since this runs over every record on every filter change.
  let present: Set<string> | undefined;
  const isPresent =
    options.isCounted ?? ((id: string) => (present ??= new Set(activities.filter(counts).map((a) => a.id))).has(id));
  const types = eventTypes(programmes);
  const out: Record<MeasureId, Measure> = {
    events: empty('events'),
    participants: empty('participants'),
    learners: empty('learners'),
    trainees: empty('trainees'),
    enterprises: empty('enterprises'),
  };
  const add = (m: Measure, activity: string, value: number, approximate: boolean) => {
    m.value += value;
    if (approximate) m.qualifier = 'about';
    if (m.activities[m.activities.length - 1] !== activity) m.activities.push(activity);
  };
  for (const a of activities) {
    if (!counts(a)) continue;
    if (isEvent(a, types)) add(out.events, a.id, 1, false);
    const figures: readonly Figure[] = a.figures ?? [];
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i] as Figure;
      const id = measureOf(f.kind);
      if (!id) continue;
      const m = out[id];
      if (f.qualifier === 'up-to') m.excluded.push({ activity: a.id, figure: i, reason: 'upper-bound' });
      else if (f.partOf?.some((r) => isPresent(r.activity))) {
        m.excluded.push({ activity: a.id, figure: i, reason: 'part-of' });
      } else add(m, a.id, f.value, f.qualifier === 'about');
    }
  }
  return out;
}

// Questions about the taxonomy in programmes.json that the app asks instead of naming ids itself.
import { typeColour } from './palette';
import type { Activity, Programme } from './types';
import type { ChartId } from './values';

/** The activity types programmes.json draws in one chart. Type ids are unique within a programme only,
 * so an activity is matched by its programme and type together. */
export interface ChartTypes {
  /** the types' ids, in file order */
  ids: string[];
  has: (a: Pick<Activity, 'programme' | 'type'>) => boolean;
  /** each type's colour: its programme's, lighter for each further type of the same programme */
  colours: Map<string, string>;
}

export function typesOfChart(programmes: Programme[], chart: ChartId): ChartTypes {
  const drawn = programmes.flatMap((p) => p.types.filter((t) => t.chart === chart).map((t) => [p.id, t.id] as const));
  const colours = new Map<string, string>();
  const ranks = new Map<string, number>();
  for (const [p, type] of drawn) {
    const rank = ranks.get(p) ?? 0;
    ranks.set(p, rank + 1);
    if (!colours.has(type)) colours.set(type, typeColour(p, rank));
  }
  return {
    ids: drawn.map(([, type]) => type),
    colours,
    has: (a) => drawn.some(([p, type]) => p === a.programme && type === a.type),
  };
}

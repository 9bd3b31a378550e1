// Questions about the taxonomy in programmes.json that the app asks instead of naming ids itself.
import type { Activity, Programme } from './types';
import type { ChartId } from './values';

/** The activity types programmes.json draws in one chart. Type ids are unique within a programme only,
 * so an activity is matched by its programme and type together. */
export interface ChartTypes {
  /** the types' ids, in file order */
  ids: string[];
  has: (a: Pick<Activity, 'programme' | 'type'>) => boolean;
}

export function typesOfChart(programmes: Programme[], chart: ChartId): ChartTypes {
  const drawn = programmes.flatMap((p) => p.types.filter((t) => t.chart === chart).map((t) => [p.id, t.id] as const));
  return {
    ids: drawn.map(([, type]) => type),
    has: (a) => drawn.some(([p, type]) => p === a.programme && type === a.type),
  };
}

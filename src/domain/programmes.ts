// Questions about the taxonomy in programmes.json that the app asks instead of naming ids itself.
import type { Programme } from './types';
import type { ChartId } from './values';

/** The ids of the activity types programmes.json draws in `chart`, in file order. */
export function typesOfChart(programmes: Programme[], chart: ChartId): string[] {
  return programmes.flatMap((p) => p.types.filter((t) => t.chart === chart).map((t) => t.id));
}

/** The ids of the activity types programmes.json marks as gatherings (`event: true`). */
export function eventTypes(programmes: Programme[]): Set<string> {
  return new Set(programmes.flatMap((p) => p.types.filter((t) => t.event === true).map((t) => t.id)));
}

// Greedy clustering of points in screen pixels: points closer than `radius` to a cluster's first
// point join it. Keeps event markers from covering each other at world zoom.
import type { Place } from './types';

export interface Pt<T> {
  x: number;
  y: number;
  item: T;
}

export function clusterPoints<T>(points: Pt<T>[], radius: number): Pt<T>[][] {
  const clusters: Pt<T>[][] = [];
  for (const p of points) {
    const hit = clusters.find((c) => {
      const head = c[0];
      return head !== undefined && Math.hypot(head.x - p.x, head.y - p.y) < radius;
    });
    if (hit) hit.push(p);
    else clusters.push([p]);
  }
  return clusters;
}

/** The places a city marker is named after: one per point (places at one point are one city, such as
 * Yaoundé and OAPI's headquarters there), the plainest of them: a city before an office in it, a city
 * that a source names before one assumed. */
export function namedPlaces(places: Place[]): Place[] {
  const rank = (p: Place) => (p.inferred ? 2 : p.kind === 'event-city' ? 0 : 1);
  const best = new Map<string, Place>();
  for (const p of places) {
    const key = `${p.lat},${p.lon}`;
    const was = best.get(key);
    if (!was || rank(p) < rank(was)) best.set(key, p);
  }
  return [...best.values()];
}

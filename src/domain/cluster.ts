// Greedy clustering of points in screen pixels: points closer than `radius` to a cluster's first
// point join it. Keeps event markers from covering each other at world zoom.
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

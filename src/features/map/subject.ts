// What a briefing slide's map frames: its subject, not always the world. Plain box maths over the shapes.
import { mainBox, type Box, type CountryGeometry } from '../../domain/geometry';
import type { Focus } from './MapCamera';

/** The smallest box holding all of them (null for none). */
export function unionBox(boxes: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const b of boxes)
    out = out
      ? {
          x0: Math.min(out.x0, b.x0),
          y0: Math.min(out.y0, b.y0),
          x1: Math.max(out.x1, b.x1),
          y1: Math.max(out.y1, b.y1),
        }
      : b;
  return out;
}

/** The box widened by `k` times its own size on every side. */
export const grow = (b: Box, k: number): Box => {
  const dx = (b.x1 - b.x0) * k;
  const dy = (b.y1 - b.y0) * k;
  return { x0: b.x0 - dx, y0: b.y0 - dy, x1: b.x1 + dx, y1: b.y1 + dy };
};

// A spotlight country takes about a third of the map's width or height; its neighbours fill the rest.
const CONTEXT = 1;
// A subject nearly as wide as the world is shown as the world.
const NEARLY_WORLD = 0.7;
const SUBJECT_MAX_ZOOM = 6;

/**
 * The slide's subject: the spotlight country with its neighbours, else the region or body filtered on,
 * else every country the filtered view reaches; the world when that is (nearly) all of it.
 */
export function subjectFocus(
  shapes: Map<string, { geometry: CountryGeometry }>,
  world: Box,
  country: string | null,
  group: Set<string>,
  reached: Iterable<string>,
): Focus {
  const box = (iso3: string) => {
    const f = shapes.get(iso3);
    return f ? mainBox(f.geometry) : null;
  };
  const spot = country ? box(country) : null;
  if (spot) return { box: grow(spot, CONTEXT), how: 'fit', maxZoom: SUBJECT_MAX_ZOOM };
  const codes = group.size > 0 ? group : reached;
  const boxes = [...codes].map(box).filter((b): b is Box => b !== null);
  const all = unionBox(boxes);
  if (!all || all.x1 - all.x0 > (world.x1 - world.x0) * NEARLY_WORLD) return { how: 'world' };
  return { box: grow(all, 0.05), how: 'fit', maxZoom: SUBJECT_MAX_ZOOM };
}

// When the map has stopped moving: the readiness signal of its export-registry entry. Leaflet says when a
// move starts and ends (a fly, a pan, a new view set without animation alike); a picture of the map is
// taken only once it has a view and no move is under way.
import type { LeafletEvent, Map as LMap } from 'leaflet';

export interface MapMotion {
  /** resolves once the map has a view, no move is under way, and the next frame has been drawn */
  settled(): Promise<void>;
  handlers: { movestart: (e: LeafletEvent) => void; moveend: (e: LeafletEvent) => void };
}

export function createMapMotion(): MapMotion {
  let viewed = false;
  let moving = false;
  let waiting: (() => void)[] = [];
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const still = () => viewed && !moving;
  return {
    // Checked again after each frame: the first view is set, then at once flown from (a fitted subject).
    settled: async () => {
      for (;;) {
        if (!still()) await new Promise<void>((resolve) => waiting.push(resolve));
        await frame();
        if (still()) return;
      }
    },
    handlers: {
      // The map says so while it moves (aria-busy): a screen reader, and a test, wait for it to stop.
      movestart: (e) => {
        moving = true;
        (e.target as LMap).getContainer().setAttribute('aria-busy', 'true');
      },
      moveend: (e) => {
        moving = false;
        (e.target as LMap).getContainer().removeAttribute('aria-busy');
        viewed = true;
        const ready = waiting;
        waiting = [];
        ready.forEach((r) => r());
      },
    },
  };
}

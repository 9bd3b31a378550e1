// The map's readiness signal: settled only once it has a view and no move is under way.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { LeafletEvent } from 'leaflet';
import { createMapMotion } from '../../../src/features/map/mapMotion';

// The map's container, as far as the motion touches it: its attributes.
const attrs = new Map<string, string>();
const container = {
  setAttribute: (k: string, v: string) => void attrs.set(k, v),
  removeAttribute: (k: string) => void attrs.delete(k),
};
const e = { target: { getContainer: () => container } } as unknown as LeafletEvent;
// A frame, in node: the next turn of the event loop.
vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
// Put back for the files that share this worker (the tests are not isolated: vitest.config.ts).
afterAll(() => vi.unstubAllGlobals());
const flush = () => new Promise((r) => setTimeout(r, 30));

describe('createMapMotion', () => {
  it('waits for the first view, and for a move started at once after it', async () => {
    const m = createMapMotion();
    const done = vi.fn();
    void m.settled().then(done);
    await flush();
    expect(done).not.toHaveBeenCalled();
    // The camera sets the first view, then flies to the slide's subject in the same task.
    m.handlers.movestart(e);
    m.handlers.moveend(e);
    m.handlers.movestart(e);
    await flush();
    expect(done).not.toHaveBeenCalled();
    // While it moves, the map says it is busy; no longer once it stops.
    expect(attrs.get('aria-busy')).toBe('true');
    m.handlers.moveend(e);
    expect(attrs.has('aria-busy')).toBe(false);
    await flush();
    expect(done).toHaveBeenCalled();
  });

  it('is settled at once (after a frame) when nothing moves', async () => {
    const m = createMapMotion();
    m.handlers.movestart(e);
    m.handlers.moveend(e);
    const done = vi.fn();
    void m.settled().then(done);
    await flush();
    expect(done).toHaveBeenCalled();
  });
});

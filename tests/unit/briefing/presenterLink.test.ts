import { describe, expect, it } from 'vitest';
import {
  createLink,
  formatElapsed,
  type Channel,
  type Link,
  type LinkMessage,
  type Peer,
} from '../../../src/features/briefing/presenterLink';

// A small world of windows: a BroadcastChannel hub (present or not) and postMessage between windows that
// hold references to each other, delivered asynchronously like the browser's.
type Listener = (e: { data: unknown; origin: string; source: unknown }) => void;

class FakeWindow {
  listeners = new Set<Listener>();
  closed = false;
  readonly origin: string;
  private readonly world: World;
  constructor(origin: string, world: World) {
    this.origin = origin;
    this.world = world;
  }
  // `sender` is who posts: the browser fills in event.source and event.origin from it.
  postFrom(sender: FakeWindow, data: unknown, targetOrigin: string) {
    if (this.closed) return;
    if (targetOrigin !== '*' && targetOrigin !== this.origin) return; // the browser drops it
    const e = { data: structuredClone(data), origin: sender.origin.startsWith('file:') ? 'null' : sender.origin };
    // event.source: the sender, as this window holds it (posting through it comes from this window)
    this.world.queue.push(() => this.listeners.forEach((fn) => fn({ ...e, source: ref(this, sender) })));
  }
}

/** What one window holds of another: posting through it comes from the holder. */
function ref(from: FakeWindow, to: FakeWindow): Peer {
  return {
    postMessage: (data, target) => to.postFrom(from, data, target),
    get closed() {
      return to.closed;
    },
  };
}

class World {
  queue: (() => void)[] = [];
  channels = new Set<{ fn: ((d: unknown) => void) | null }>();
  readonly broadcast: boolean;
  constructor(broadcast: boolean) {
    this.broadcast = broadcast;
  }
  channel(): Channel | null {
    if (!this.broadcast) return null;
    const me = { fn: null as ((d: unknown) => void) | null };
    this.channels.add(me);
    return {
      post: (data) => {
        for (const c of this.channels) if (c !== me) this.queue.push(() => c.fn?.(structuredClone(data)));
      },
      listen: (fn) => {
        me.fn = fn;
        return () => (me.fn = null);
      },
      close: () => this.channels.delete(me),
    };
  }
  deliver() {
    while (this.queue.length) this.queue.shift()?.();
  }
  /** Delivers in the reverse order, as two transports may. */
  deliverReversed() {
    const q = this.queue.splice(0).reverse();
    q.forEach((f) => f());
    this.deliver();
  }
}

function windowIn(world: World, origin: string, id: string) {
  const w = new FakeWindow(origin, world);
  const got: LinkMessage[] = [];
  const link: Link = createLink(
    {
      id,
      channel: world.channel(),
      origin,
      listen: (fn) => {
        w.listeners.add(fn);
        return () => w.listeners.delete(fn);
      },
    },
    (m) => got.push(m),
  );
  return { w, link, got };
}

/** An audience window that opened a presenter window (which has it as its opener). */
function pair(broadcast: boolean, origin = 'http://127.0.0.1:4173') {
  const world = new World(broadcast);
  const audience = windowIn(world, origin, 'audience');
  const presenter = windowIn(world, origin, 'presenter');
  audience.link.addPeer(ref(audience.w, presenter.w));
  presenter.link.addPeer(ref(presenter.w, audience.w));
  return { world, audience, presenter };
}

describe('presenter link', () => {
  for (const broadcast of [true, false]) {
    it(`moves the other window exactly once per step (${broadcast ? 'BroadcastChannel and' : 'only'} postMessage)`, () => {
      const { world, audience, presenter } = pair(broadcast);
      presenter.link.send({ kind: 'slide', n: 2 });
      presenter.link.send({ kind: 'slide', n: 3 });
      world.deliver();
      expect(audience.got).toEqual([
        { kind: 'slide', n: 2 },
        { kind: 'slide', n: 3 },
      ]);
      expect(presenter.got).toEqual([]); // never its own messages back
      audience.link.send({ kind: 'slide', n: 4 });
      world.deliver();
      expect(presenter.got).toEqual([{ kind: 'slide', n: 4 }]);
    });
  }

  it('from a file opened from disk, posts to "*" (a file: origin cannot be named) and accepts "null"', () => {
    const { world, audience, presenter } = pair(false, 'file://');
    presenter.link.send({ kind: 'hello' });
    world.deliver();
    expect(audience.got).toEqual([{ kind: 'hello' }]);
  });

  it('never applies an older step after a newer one, whichever way each arrives first', () => {
    const { world, audience, presenter } = pair(true);
    presenter.link.send({ kind: 'slide', n: 5 });
    presenter.link.send({ kind: 'slide', n: 6 });
    world.deliverReversed();
    expect(audience.got).toEqual([{ kind: 'slide', n: 6 }]);
  });

  it('keeps working for the window left when the other is closed', () => {
    const { world, audience, presenter } = pair(false);
    presenter.w.closed = true;
    presenter.link.close();
    expect(() => audience.link.send({ kind: 'slide', n: 2 })).not.toThrow();
    world.deliver();
    expect(presenter.got).toEqual([]);
  });

  it('answers by the way a message came: an opener reloaded has lost its reference to the presenter window', () => {
    const world = new World(false);
    const audience = windowIn(world, 'http://x', 'audience');
    const presenter = windowIn(world, 'http://x', 'presenter');
    presenter.link.addPeer(ref(presenter.w, audience.w)); // the presenter still has its opener
    presenter.link.send({ kind: 'hello' });
    world.deliver();
    expect(audience.got).toEqual([{ kind: 'hello' }]);
    audience.link.send({ kind: 'slide', n: 7 });
    world.deliver();
    expect(presenter.got).toEqual([{ kind: 'slide', n: 7 }]);
  });

  it('ignores other sites and anything that is not one of its messages', () => {
    const world = new World(false);
    const audience = windowIn(world, 'http://x', 'audience');
    const evil = new FakeWindow('https://evil.example', world);
    const good = { app: 'ip-atlas-briefing', from: 'p', seq: 1, msg: { kind: 'slide', n: 2 } };
    audience.w.postFrom(evil, good, '*');
    for (const junk of [null, 'slide', { ...good, msg: { kind: 'slide', n: 0 } }, { ...good, app: 'other' }])
      audience.w.postFrom(new FakeWindow('http://x', world), junk, '*');
    world.deliver();
    expect(audience.got).toEqual([]);
  });
});

describe('elapsed-time clock', () => {
  it('shows minutes and seconds, and hours once there are any', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(61_999)).toBe('01:01');
    expect(formatElapsed(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
    expect(formatElapsed(-5)).toBe('00:00');
  });
});

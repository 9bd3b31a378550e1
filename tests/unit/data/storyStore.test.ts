import { describe, expect, it } from 'vitest';
import {
  CURRENT_KEY,
  createStoryStore,
  faultOf,
  LEGACY_KEY,
  STORY_PREFIX,
  type KeyValueStorage,
  type StoreOptions,
} from '../../../src/data/storyStore';
import type { Story } from '../../../src/domain/story';

/** localStorage as the browser behaves: a quota in characters, or no access at all. */
class FakeStorage implements KeyValueStorage {
  map = new Map<string, string>();
  quota: number;
  denied: boolean;
  constructor(quota = Infinity, denied = false) {
    this.quota = quota;
    this.denied = denied;
  }
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.denied) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.denied) throw new DOMException('The operation is insecure.', 'SecurityError');
    let used = k.length + v.length;
    for (const [key, value] of this.map) if (key !== k) used += key.length + value.length;
    if (used > this.quota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const africa: Story = { version: 1, title: 'Africa', slides: [{ topic: 'country', view: { country: 'ZWE' } }] };
const asean: Story = { version: 1, slides: [{ topic: 'country', view: { country: 'IDN' }, notes: 'ASEAN' }] };

function setup(local: FakeStorage | null = new FakeStorage(), extra: Partial<StoreOptions> = {}) {
  let n = 0;
  let clock = Date.UTC(2026, 0, 1);
  const store = createStoryStore({
    local,
    session: new FakeStorage(),
    now: () => new Date((clock += 60_000)),
    newId: () => `s${++n}`,
    ...extra,
  });
  return { store, local };
}

describe('the story store', () => {
  it('keeps several named stories in a versioned format that a reload reads back', () => {
    const { store, local } = setup();
    expect(store.snapshot()).toMatchObject({ stories: [], aside: [], current: null, fault: null });
    const a = store.create('Africa briefing', africa);
    const b = store.create('ASEAN briefing', asean);
    expect([a.result, b.result]).toEqual([{ ok: true }, { ok: true }]);
    store.rename(b.id, 'ASEAN 2026');
    store.update(a.id, { ...africa, slides: [...africa.slides, ...asean.slides] });

    const saved = JSON.parse(local?.getItem(`${STORY_PREFIX}${a.id}`) ?? '');
    expect(saved).toMatchObject({ format: 2, name: 'Africa briefing', changed: '2026-01-01T00:04:00.000Z' });
    const again = createStoryStore({ local, session: new FakeStorage() }).snapshot();
    expect(again.stories.map((s) => [s.name, s.story.slides.length])).toEqual([
      ['Africa briefing', 2],
      ['ASEAN 2026', 1],
    ]);
  });

  it('lets each tab show its own story, and opens a new tab on the last one chosen', () => {
    const local = new FakeStorage();
    const one = createStoryStore({ local, session: new FakeStorage(), newId: () => 'a' });
    const a = one.create('Africa', africa).id;
    const two = createStoryStore({ local, session: new FakeStorage(), newId: () => 'b' });
    const b = two.create('ASEAN', asean).id;
    one.select(a);
    two.select(b);
    one.refresh();
    expect([one.snapshot().current, two.snapshot().current]).toEqual([a, b]);
    expect(createStoryStore({ local, session: new FakeStorage() }).snapshot().current).toBe(b);
    two.select(null);
    expect(two.snapshot().current).toBeNull(); // the built-in story
  });

  it('deletes a story and puts it back exactly on undo', () => {
    const { store, local } = setup();
    const { id } = store.create('Africa', africa);
    store.select(id);
    const before = local?.getItem(STORY_PREFIX + id);
    const { undo } = store.remove(id);
    expect(store.snapshot()).toMatchObject({ stories: [], current: null });
    expect(undo()).toEqual({ ok: true });
    expect(local?.getItem(STORY_PREFIX + id)).toBe(before);
    expect(store.snapshot().current).toBe(id); // still the tab's choice once it is back
  });

  it('moves the single story kept before into the store, named from its title or the given name', () => {
    const local = new FakeStorage();
    local.setItem(LEGACY_KEY, JSON.stringify(asean));
    const { store } = setup(local, { legacyName: 'My story' });
    const snap = store.snapshot();
    expect(snap.stories.map((s) => [s.name, s.story])).toEqual([['My story', asean]]);
    expect(snap.current).toBe(snap.stories[0]?.id); // it was the story shown, and stays so
    expect(local.getItem(LEGACY_KEY)).toBeNull();

    const titled = new FakeStorage();
    titled.setItem(LEGACY_KEY, JSON.stringify(africa));
    expect(setup(titled).store.snapshot().stories[0]?.name).toBe('Africa');
  });

  it('keeps the old story where it was when its copy cannot be written', () => {
    const local = new FakeStorage();
    local.setItem(LEGACY_KEY, JSON.stringify(africa));
    local.quota = local.getItem(LEGACY_KEY)?.length ?? 0;
    const { store } = setup(local);
    expect(local.getItem(LEGACY_KEY)).toBe(JSON.stringify(africa));
    expect(store.snapshot()).toMatchObject({ fault: 'full', stories: [{ name: 'Africa', story: africa }] });
  });

  it('sets a corrupt, invalid or newer entry aside with its name and problems, and never deletes it', () => {
    const local = new FakeStorage();
    const invalid = JSON.stringify({
      format: 2,
      name: 'Kenya',
      changed: '2026-01-01T00:00:00.000Z',
      story: { version: 1, slides: [{ topic: 'custom', view: { country: 'Kenya' } }] },
    });
    local.setItem(`${STORY_PREFIX}broken`, '{"format": 2, "name": "Half');
    local.setItem(`${STORY_PREFIX}invalid`, invalid);
    local.setItem(`${STORY_PREFIX}newer`, JSON.stringify({ format: 3, name: 'From the future' }));
    local.setItem(LEGACY_KEY, '{"version": 1, "slides": []}');
    const { store } = setup(local);
    store.create('Africa', africa);
    const { stories, aside } = store.snapshot();
    expect(stories.map((s) => s.name)).toEqual(['Africa']);
    expect(aside.map((a) => [a.key, a.name, a.problems])).toEqual([
      [
        `${STORY_PREFIX}broken`,
        null,
        [expect.stringMatching(/^saved story ip-atlas\.story\.v2\.broken: not valid JSON/)],
      ],
      [
        `${STORY_PREFIX}invalid`,
        'Kenya',
        [
          'saved story ip-atlas.story.v2.invalid › story › slides[0] › view.country: expected an ISO 3166-1 alpha-3 code in capitals, like "ZWE"; got "Kenya"',
        ],
      ],
      [
        `${STORY_PREFIX}newer`,
        'From the future',
        ['saved story ip-atlas.story.v2.newer: saved by a newer version of the atlas (format 3)'],
      ],
      [
        LEGACY_KEY,
        null,
        ['saved story ip-atlas.briefing-story.v1 › slides: expected at least one slide; got a list of 0'],
      ],
    ]);
    expect(local.getItem(`${STORY_PREFIX}invalid`)).toBe(invalid);
    expect(local.getItem(LEGACY_KEY)).not.toBeNull();

    // Deleted only when the presenter asks, and back on undo.
    const { undo } = store.removeAside(`${STORY_PREFIX}invalid`);
    expect(local.getItem(`${STORY_PREFIX}invalid`)).toBeNull();
    undo();
    expect(local.getItem(`${STORY_PREFIX}invalid`)).toBe(invalid);
  });

  it('reports a full storage, keeps the saved version and this tab’s change, and writes it once there is room', () => {
    const local = new FakeStorage();
    const { store } = setup(local);
    const a = store.create('Africa', africa).id;
    const b = store.create('ASEAN', { ...asean, slides: [{ ...asean.slides[0]!, notes: 'y'.repeat(1000) }] }).id;
    const saved = local.getItem(STORY_PREFIX + a);
    local.quota = [...local.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 10;

    const longer = {
      ...africa,
      slides: [...africa.slides, { topic: 'custom' as const, view: {}, notes: 'x'.repeat(500) }],
    };
    expect(store.update(a, longer)).toEqual({ ok: false, fault: 'full' });
    expect(local.getItem(STORY_PREFIX + a)).toBe(saved); // nothing already saved is lost
    expect(store.snapshot()).toMatchObject({ fault: 'full', unsaved: [a] });
    expect(store.snapshot().stories.find((s) => s.id === a)?.story).toEqual(longer);

    // Deleting another story frees the room: the change kept in memory is written.
    store.remove(b);
    expect(store.snapshot()).toMatchObject({ fault: null, unsaved: [] });
    expect(JSON.parse(local.getItem(STORY_PREFIX + a) ?? '').story).toEqual(longer);
  });

  it('works for the session when the browser refuses storage altogether', () => {
    for (const local of [null, new FakeStorage(Infinity, true)]) {
      const { store } = setup(local);
      // Said before any change is refused: the presenter knows before working on a story.
      expect(store.snapshot()).toMatchObject({ fault: 'unavailable', stories: [] });
      const { id, result } = store.create('Africa', africa);
      expect(result).toEqual({ ok: false, fault: 'unavailable' });
      store.select(id);
      expect(store.snapshot()).toMatchObject({ fault: 'unavailable', current: id, stories: [{ name: 'Africa' }] });
    }
  });

  it('shows the built-in story when the chosen one is gone, and names a quota error in any browser', () => {
    const local = new FakeStorage();
    local.setItem(CURRENT_KEY, 'deleted-elsewhere');
    expect(setup(local).store.snapshot().current).toBeNull();
    expect(faultOf(new DOMException('', 'QuotaExceededError'))).toBe('full');
    expect(faultOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe('full');
    expect(faultOf(new DOMException('', 'SecurityError'))).toBe('unavailable');
  });
});

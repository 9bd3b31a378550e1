// Several briefing stories kept in the browser, apart from React (features/briefing/useStory.ts binds it).
//
// Why localStorage and not IndexedDB: it answers synchronously, so briefing mode's first frame already
// shows the presenter's story (a `?slide=12` link is never clamped against the built-in story while a
// database opens); it works in the single-file build opened from disk; a `storage` event tells the other
// tabs; and stories are small (the schema caps one at 50 slides). Each story is its own key, so a refused
// write touches no other story and a broken entry spoils nothing but itself.
//
// Nothing is lost: a write the browser refuses (storage full, or turned off) is kept in this tab's memory,
// reported, and written as soon as a later write succeeds; an entry that fails validation is never
// deleted or rewritten here, only set aside and named (it may come from a newer atlas).
import type { Story } from '../domain/story';
import { SAVED_FORMAT, savedStorySchema, storyFromText } from './story';
import { formatIssue } from './validate';

/** What the store needs of `localStorage` / `sessionStorage` (tests pass a Map-backed one). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORY_PREFIX = 'ip-atlas.story.v2.';
export const CURRENT_KEY = 'ip-atlas.stories.v2.current';
/** The single story the atlas kept before there were several: moved into the store when first read. */
export const LEGACY_KEY = 'ip-atlas.briefing-story.v1';

export interface SavedStory {
  id: string;
  name: string;
  /** ISO date and time of the last change */
  changed: string;
  story: Story;
}

/** A saved entry that could not be read, left in storage as it is and shown with what is wrong. */
export interface SetAside {
  key: string;
  name: string | null;
  problems: string[];
  text: string;
}

export type StorageFault = 'full' | 'unavailable';
export type WriteResult = { ok: true } | { ok: false; fault: StorageFault };

export interface StoriesSnapshot {
  stories: SavedStory[];
  aside: SetAside[];
  /** the saved story this tab shows; null = the built-in one */
  current: string | null;
  /** why some changes live in this tab only, while they do */
  fault: StorageFault | null;
  /** stories whose latest version is in this tab only */
  unsaved: string[];
}

export interface StoreOptions {
  local: KeyValueStorage | null;
  /** per tab, so two tabs can show two stories side by side */
  session?: KeyValueStorage | null;
  now?: () => Date;
  newId?: () => string;
  /** the name of the story kept before, when it has no title */
  legacyName?: string;
}

/** A refused write in words: a full storage, or one the browser does not let the page use. */
export function faultOf(e: unknown): StorageFault {
  const { name, code } = (e ?? {}) as { name?: unknown; code?: unknown };
  const full = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
  return full ? 'full' : 'unavailable';
}

/** One saved entry, checked with the import's schema; anything else is set aside with its problems. */
export function readEntry(key: string, text: string): SavedStory | SetAside {
  const label = `saved story ${key}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { key, name: null, text, problems: [`${label}: not valid JSON (${(e as Error).message})`] };
  }
  const { name, format } = (raw ?? {}) as { name?: unknown; format?: unknown };
  const aside = (problems: string[]): SetAside => ({
    key,
    name: typeof name === 'string' ? name : null,
    text,
    problems,
  });
  if (typeof format === 'number' && format > SAVED_FORMAT)
    return aside([`${label}: saved by a newer version of the atlas (format ${format})`]);
  const result = savedStorySchema.safeParse(raw);
  if (!result.success)
    return aside(
      result.error.issues.map((issue) =>
        issue.path[0] === 'story' // the same lines as an imported file
          ? formatIssue(`${label} › story`, 'slides', (raw as { story: unknown }).story, {
              ...issue,
              path: issue.path.slice(1),
            })
          : formatIssue(label, '', raw, issue),
      ),
    );
  return {
    id: key.slice(STORY_PREFIX.length),
    name: result.data.name,
    changed: result.data.changed,
    story: result.data.story,
  };
}

/** `f`'s value, or `fallback` where the storage throws. */
function quiet<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

const randomId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createStoryStore({
  local,
  session = null,
  now = () => new Date(),
  newId = randomId,
  legacyName = '',
}: StoreOptions) {
  /** Writes the storage refused, newest value per key (null = removed), kept for this tab. */
  const memory = new Map<string, string | null>();
  // A storage that throws even when read (storage turned off for the site, some private windows) is said
  // from the start, not only once the presenter's first change is refused.
  const readable = quiet(() => {
    local?.getItem(CURRENT_KEY);
    return local !== null;
  }, false);
  let fault: StorageFault | null = readable ? null : 'unavailable';
  let tabCurrent: string | null | undefined;
  let cache: StoriesSnapshot | null = null;
  const listeners = new Set<() => void>();
  // Entries parsed before, by key: an unchanged text keeps its object, so a change to one story
  // neither parses the others again nor makes them look changed to React.
  const parsed = new Map<string, { text: string; entry: SavedStory | SetAside }>();
  const read = (key: string, text: string) => {
    const hit = parsed.get(key);
    if (hit?.text === text) return hit.entry;
    const entry = readEntry(key, text);
    parsed.set(key, { text, entry });
    return entry;
  };

  const get = (key: string) =>
    memory.has(key) ? (memory.get(key) ?? null) : quiet(() => local?.getItem(key) ?? null, null);

  function persist(key: string, value: string | null): WriteResult {
    if (!local) return { ok: false, fault: 'unavailable' };
    try {
      if (value === null) local.removeItem(key);
      else local.setItem(key, value);
      memory.delete(key);
      return { ok: true };
    } catch (e) {
      fault = faultOf(e);
      return { ok: false, fault };
    }
  }

  function put(key: string, value: string | null): WriteResult {
    memory.set(key, value);
    const result = persist(key, value);
    // Space was found (or freed): the changes kept in memory follow.
    if (result.ok) for (const [k, v] of [...memory]) if (!persist(k, v).ok) break;
    if (memory.size === 0) fault = null;
    changed();
    return result;
  }

  function changed() {
    cache = null;
    for (const fn of listeners) fn();
  }

  const entryText = (name: string, story: Story) =>
    JSON.stringify({ format: SAVED_FORMAT, name, changed: now().toISOString(), story });

  function keys(): string[] {
    const found = new Set([...memory.keys()].filter((k) => k.startsWith(STORY_PREFIX)));
    quiet(() => {
      for (let i = 0; i < (local?.length ?? 0); i++) {
        const k = local?.key(i);
        if (k?.startsWith(STORY_PREFIX)) found.add(k);
      }
    }, undefined);
    return [...found];
  }

  function snapshot(): StoriesSnapshot {
    if (cache) return cache;
    const stories: SavedStory[] = [];
    const aside: SetAside[] = [];
    for (const key of keys()) {
      const text = get(key);
      if (text === null) continue;
      const entry = read(key, text);
      if ('id' in entry) stories.push(entry);
      else aside.push(entry);
    }
    const legacy = get(LEGACY_KEY);
    if (legacy !== null) {
      const old = storyFromText(legacy, `saved story ${LEGACY_KEY}`);
      if (!old.ok) aside.push({ key: LEGACY_KEY, name: null, text: legacy, problems: old.problems });
    }
    stories.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const wanted =
      tabCurrent !== undefined ? tabCurrent : (quiet(() => session?.getItem(CURRENT_KEY), null) ?? get(CURRENT_KEY));
    const unsaved = [...memory]
      .filter(([k, v]) => k.startsWith(STORY_PREFIX) && v !== null)
      .map(([k]) => k.slice(STORY_PREFIX.length));
    cache = {
      stories,
      aside,
      current: stories.some((s) => s.id === wanted) ? wanted : null,
      fault: memory.size > 0 || !readable ? (fault ?? 'unavailable') : null,
      unsaved,
    };
    return cache;
  }

  function select(id: string | null) {
    tabCurrent = id;
    quiet(() => (id === null ? session?.removeItem(CURRENT_KEY) : session?.setItem(CURRENT_KEY, id)), undefined);
    // The last story chosen is what a new tab opens; a refused write here loses no story.
    quiet(() => (id === null ? local?.removeItem(CURRENT_KEY) : local?.setItem(CURRENT_KEY, id)), undefined);
    changed();
  }

  function create(name: string, story: Story): { id: string; result: WriteResult } {
    const id = newId();
    return { id, result: put(STORY_PREFIX + id, entryText(name, story)) };
  }

  const find = (id: string) => snapshot().stories.find((s) => s.id === id);

  /** Removes a key; the returned function puts back exactly what was there. */
  function removeKey(key: string): { result: WriteResult; undo: () => WriteResult } {
    const text = get(key);
    const result = put(key, null);
    return { result, undo: () => (text === null ? { ok: true } : put(key, text)) };
  }

  // The story kept before there were several becomes the first saved one, and stays shown.
  function migrate() {
    const text = get(LEGACY_KEY);
    const old = text === null ? null : storyFromText(text, LEGACY_KEY);
    if (!old?.ok) return; // unreadable: set aside by snapshot(), never deleted
    const { id, result } = create(old.story.title?.trim() || legacyName, old.story);
    if (quiet(() => session?.getItem(CURRENT_KEY) ?? local?.getItem(CURRENT_KEY), null) === null) select(id);
    if (result.ok) quiet(() => local?.removeItem(LEGACY_KEY), undefined);
  }
  migrate();

  return {
    snapshot,
    subscribe(fn: () => void) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    /** Another tab changed the storage. */
    refresh: changed,
    select,
    create,
    update: (id: string, story: Story) => put(STORY_PREFIX + id, entryText(find(id)?.name ?? '', story)),
    rename(id: string, name: string): WriteResult {
      const s = find(id);
      return s ? put(STORY_PREFIX + id, entryText(name, s.story)) : { ok: true };
    },
    remove: (id: string) => removeKey(STORY_PREFIX + id),
    /** Deletes an entry set aside, at the presenter's request only. */
    removeAside: (key: string) => removeKey(key),
  };
}

export type StoryStore = ReturnType<typeof createStoryStore>;

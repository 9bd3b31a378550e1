// Which story briefing mode shows: a shared link's `story` parameter first, then the presenter's own story
// kept in localStorage (so it survives a reload), then the built-in one. Editing saves to localStorage and,
// when the story came with the link, rewrites the link too, so "copy link" always shares what is shown.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_STORY, encodeStory, type Story } from '../../domain/story';
import { parseStory, storyFromParam } from '../../data/story';
import type { Dashboard } from '../../state/useDashboard';

const KEY = 'ip-atlas.briefing-story.v1';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage disabled (private mode, file:// in some browsers): the story lives for the session
  }
}

let memory: string | null = null;
const snapshot = () => read() ?? memory;

function subscribe(fn: () => void) {
  listeners.add(fn);
  // Another tab edited the story.
  const onStorage = (e: StorageEvent) => e.key === KEY && fn();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('storage', onStorage);
  };
}

function write(text: string | null) {
  memory = text;
  try {
    if (text === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, text);
  } catch {
    // kept in memory only
  }
  for (const fn of listeners) fn();
}

/** The saved story, validated like an import: a hand-edited or outdated entry is ignored, not trusted. */
function parseSaved(text: string | null): Story | null {
  if (text === null) return null;
  try {
    return parseStory(text, 'localStorage');
  } catch {
    return null;
  }
}

export type StorySource = 'link' | 'saved' | 'built-in';

export function useStory(d: Pick<Dashboard, 'state' | 'navigate'>) {
  const raw = useSyncExternalStore(subscribe, snapshot, () => null);
  const saved = useMemo(() => parseSaved(raw), [raw]);
  const param = d.state.story;
  const link = useMemo(() => (param ? storyFromParam(param) : null), [param]);
  const source: StorySource = link?.ok ? 'link' : saved ? 'saved' : 'built-in';
  const story = link?.ok ? link.story : (saved ?? DEFAULT_STORY);
  const { navigate } = d;

  const save = useCallback(
    (next: Story) => {
      write(JSON.stringify(next));
      if (param) navigate({ story: encodeStory(next) }, 'replace');
    },
    [param, navigate],
  );
  const reset = useCallback(() => {
    write(null);
    if (param) navigate({ story: null }, 'replace');
  }, [param, navigate]);

  return { story, source, save, reset, linkProblems: link && !link.ok ? link.problems : null };
}

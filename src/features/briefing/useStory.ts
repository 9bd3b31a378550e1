// Which story briefing mode shows: a shared link's `story` parameter first, then the story this tab chose
// among the presenter's saved stories (src/data/storyStore.ts), then the built-in one. Neither the
// built-in story nor a linked one is ever changed in place: the first edit keeps a copy among the saved
// stories and shows that, so opening a link or the built-in story never costs the presenter anything.
import { use, useCallback, useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_STORY, type Story } from '../../domain/story';
import type { StoryResult } from '../../data/story';
import { readStoryParam } from '../../data/storyLink';
import { createStoryStore, type KeyValueStorage, type StoryStore, type WriteResult } from '../../data/storyStore';
import { useLocale } from '../../i18n/LocaleContext';
import type { Translate } from '../../i18n/messages';
import type { Dashboard } from '../../state/useDashboard';

let store: StoryStore | null = null;

function storage(get: () => Storage): KeyValueStorage | null {
  try {
    return get(); // reading the property throws where the browser forbids storage
  } catch {
    return null;
  }
}

/** The one store of this page, over this browser's storage, kept in step with the other tabs. */
export function storyStore(t: Translate): StoryStore {
  if (!store) {
    const s = createStoryStore({
      local: storage(() => window.localStorage),
      session: storage(() => window.sessionStorage),
      legacyName: t('briefing.stories.mine'),
    });
    window.addEventListener('storage', (e) => (e.key === null || e.key.startsWith('ip-atlas.')) && s.refresh());
    store = s;
  }
  return store;
}

/** A link's story, read once per parameter: compressed ones unpack asynchronously (React suspends). */
const links = new Map<string, StoryResult | Promise<StoryResult>>();
function linkResult(param: string): StoryResult | Promise<StoryResult> {
  let result = links.get(param);
  if (!result) {
    if (links.size > 8) links.clear();
    result = readStoryParam(param);
    links.set(param, result);
  }
  return result;
}

export type StorySource = 'link' | 'saved' | 'built-in';

export function useStories() {
  const { t } = useLocale();
  const s = storyStore(t);
  return { store: s, snap: useSyncExternalStore(s.subscribe, s.snapshot) };
}

export function useStory(d: Pick<Dashboard, 'state' | 'navigate'>) {
  const { t } = useLocale();
  const { store: s, snap } = useStories();
  const param = d.state.story;
  const pending = param ? linkResult(param) : null;
  const link = pending instanceof Promise ? use(pending) : pending;
  const current = useMemo(() => snap.stories.find((x) => x.id === snap.current) ?? null, [snap]);
  const source: StorySource = link?.ok ? 'link' : current ? 'saved' : 'built-in';
  const story = link?.ok ? link.story : (current?.story ?? DEFAULT_STORY);
  const { navigate } = d;

  /** Shows a saved story (null: the built-in one) in place of a linked one. */
  const open = useCallback(
    (id: string | null) => {
      s.select(id);
      if (param) navigate({ story: null }, 'push'); // Back returns to the link's story
    },
    [s, param, navigate],
  );

  /** Saves an edit; the built-in or a linked story is copied first. Says the copy's name when it made one. */
  const save = useCallback(
    (next: Story): { result: WriteResult; copy: string | null } => {
      if (source === 'saved' && current) return { result: s.update(current.id, next), copy: null };
      const name =
        source === 'link'
          ? next.title?.trim() || t('briefing.stories.fromLink')
          : t('briefing.stories.copyOf', { name: t('briefing.stories.builtIn') });
      const { id, result } = s.create(name, next);
      s.select(id);
      if (param) navigate({ story: null }, 'replace');
      return { result, copy: name };
    },
    [source, current, s, t, param, navigate],
  );

  const linkError =
    link && !link.ok ? t('briefing.linkError', { reason: t(`briefing.linkError.${link.reason}`) }) : null;
  return {
    story,
    source,
    current,
    snap,
    store: s,
    open,
    save,
    linkError,
    linkProblems: link && !link.ok ? link.problems : null,
  };
}

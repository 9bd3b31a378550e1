import { useState, type ChangeEvent, type ReactNode } from 'react';
import { DataError } from '../../data/DataError';
import { parseStory } from '../../data/story';
import { DEFAULT_STORY, viewOf, type Story } from '../../domain/story';
import { formatList } from '../../i18n/format';
import { localeTag, dateFormat } from '../../i18n/intlCache';
import { useLocale } from '../../i18n/LocaleContext';
import { plural } from '../../i18n/messages';
import type { ViewState } from '../../state/urlState';
import type { Navigate } from '../../state/useUrlState';
import { DEFAULT_VIEW, pickView } from './slidePatch';
import { SetAsideList } from './SetAsideList';
import { nameFromFile } from './storyFile';
import { deletedNotice, Problems, type Notice } from './StoryNotice';
import type { useStory } from './useStory';

interface Props {
  state: ViewState;
  navigate: Navigate;
  s: ReturnType<typeof useStory>;
  notify: (notice: Notice | null) => void;
  /** a story was made and opened: its name is next to type */
  onMade: () => void;
}

function Row({ name, meta, shown, children }: { name: string; meta: string; shown: boolean; children: ReactNode }) {
  const { t } = useLocale();
  return (
    <li className="story-row" aria-current={shown || undefined}>
      <span className="story-row-name">
        {name}
        {shown && <span className="story-badge">{t('briefing.stories.shown')}</span>}
      </span>
      <span className="story-row-meta">{meta}</span>
      <span className="story-row-actions">{children}</span>
    </li>
  );
}

/** The presenter's stories: the built-in one, which is always there, and the saved ones; make, open,
 * duplicate, delete (with undo), import (a new story: nothing is replaced), and entries set aside. */
export function StoryLibrary({ state, navigate, s, notify, onMade }: Props) {
  const { t, lang } = useLocale();
  const { snap, store, open, source } = s;
  const [problems, setProblems] = useState<string[] | null>(null);
  const label = (name: string) => name.trim() || t('briefing.stories.untitled');
  const when = (iso: string) =>
    dateFormat(localeTag(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  const make = (name: string, story: Story) => {
    open(store.create(name, story).id);
    notify({ text: t('briefing.stories.created', { name }) });
    onMade();
  };
  const button = (short: string, name: string, onClick: () => void) => (
    <button type="button" aria-label={name} onClick={onClick}>
      {short}
    </button>
  );
  const actions = (name: string, story: Story, id: string | null, shown: boolean) => (
    <>
      {!shown && button(t('briefing.stories.openShort'), t('briefing.stories.open', { name }), () => open(id))}
      {button(t('briefing.stories.duplicateShort'), t('briefing.stories.duplicate', { name }), () =>
        make(t('briefing.stories.copyOf', { name }), story),
      )}
      {id !== null &&
        button(t('briefing.stories.deleteShort'), t('briefing.stories.delete', { name }), () =>
          notify(deletedNotice(t, name, store.remove(id).undo, notify)),
        )}
    </>
  );

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    let story: Story;
    try {
      story = parseStory(await file.text(), file.name);
    } catch (err) {
      notify(null);
      setProblems(err instanceof DataError ? err.problems : [String(err)]);
      return;
    }
    setProblems(null);
    const name = story.title?.trim() || nameFromFile(file.name) || t('briefing.stories.untitled');
    const before = { current: snap.current, link: state.story };
    const { id } = store.create(name, story);
    const undo = () => {
      store.remove(id);
      store.select(before.current);
      if (before.link) navigate({ story: before.link }, 'replace');
      notify({ text: t('briefing.stories.importUndone', { name }), focus: 'text' });
    };
    const present = () => {
      open(id);
      notify({ text: t('briefing.stories.nowShown', { name }), undo, focus: 'undo' });
    };
    notify({
      text: t(plural('briefing.stories.imported', story.slides.length, lang), { name, n: story.slides.length }),
      present,
      undo,
    });
  };

  const unsaved = snap.stories
    .filter((x) => snap.unsaved.includes(x.id))
    .map((x) => t('briefing.stories.quoted', { name: label(x.name) }));
  return (
    <section className="story-library" aria-labelledby="story-library-title">
      <h3 id="story-library-title">{t('briefing.stories.title')}</h3>
      {snap.fault && (
        <p role="alert" className="error-state">
          {snap.fault === 'full'
            ? t('briefing.stories.full', { names: formatList(unsaved, lang) })
            : t('briefing.stories.unavailable')}
        </p>
      )}
      <ul className="story-list">
        {source === 'link' && (
          <Row
            name={t('briefing.stories.linkRow')}
            meta={t(plural('briefing.stories.slides', s.story.slides.length, lang), { n: s.story.slides.length })}
            shown
          >
            {button(t('briefing.stories.keep'), t('briefing.stories.keep'), () =>
              make(s.story.title?.trim() || t('briefing.stories.fromLink'), s.story),
            )}
          </Row>
        )}
        <Row
          name={t('briefing.stories.builtIn')}
          meta={t('briefing.stories.builtInMeta', { n: DEFAULT_STORY.slides.length })}
          shown={source === 'built-in'}
        >
          {actions(t('briefing.stories.builtIn'), DEFAULT_STORY, null, source === 'built-in')}
        </Row>
        {snap.stories.map((x) => {
          const shown = source === 'saved' && x.id === snap.current;
          const meta = t(plural('briefing.stories.meta', x.story.slides.length, lang), {
            n: x.story.slides.length,
            date: when(x.changed),
          });
          return (
            <Row
              key={x.id}
              name={label(x.name)}
              meta={snap.unsaved.includes(x.id) ? `${meta} · ${t('briefing.stories.unsaved')}` : meta}
              shown={shown}
            >
              {actions(label(x.name), x.story, x.id, shown)}
            </Row>
          );
        })}
      </ul>
      <div className="story-actions">
        <button
          type="button"
          onClick={() =>
            make(t('briefing.stories.newName'), {
              version: 1,
              slides: [{ topic: 'custom', view: viewOf(pickView(state), DEFAULT_VIEW) }],
            })
          }
        >
          {t('briefing.stories.new')}
        </button>
        <label className="story-import">
          {t('briefing.story.import')}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>
      </div>
      {problems && (
        <div role="alert" className="error-state">
          <p>{t('briefing.story.importError')}</p>
          <Problems lines={problems} max={20} />
        </div>
      )}
      <SetAsideList s={s} notify={notify} />
    </section>
  );
}

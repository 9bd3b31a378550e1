import { useEffect, useRef, useState } from 'react';
import { addSlide, MAX_SLIDES, moveSlide, removeSlide, updateSlide, viewOf, type Story } from '../../domain/story';
import { dateFormat, localeTag } from '../../i18n/intlCache';
import { useLocale } from '../../i18n/LocaleContext';
import { plural } from '../../i18n/messages';
import type { Dataset } from '../../domain/types';
import { treatyOfMeasure } from '../../domain/values';
import type { ViewState } from '../../state/urlState';
import type { Navigate } from '../../state/useUrlState';
import { enterFullscreen } from './fullscreen';
import { ShareLink } from './ShareLink';
import { DEFAULT_VIEW, pickView } from './slidePatch';
import { slideTitle } from './slideText';
import { SlideRow } from './SlideRow';
import { downloadStory } from './storyFile';
import { StoryLibrary } from './StoryLibrary';
import { Problems, StoryNotice, type Notice } from './StoryNotice';
import { useStory } from './useStory';
import { useTextContext } from './useTextContext';

/** A modal dialog for the presenter's stories (StoryLibrary) and the one shown: add the current view,
 * reorder, remove, annotate, rename, export, share. */
export default function StoryEditor({
  data,
  state,
  navigate,
  onClose,
}: {
  data: Dataset;
  state: ViewState;
  navigate: Navigate;
  onClose: () => void;
}) {
  const { t, lang } = useLocale();
  const c = useTextContext(data);
  const s = useStory({ state, navigate });
  const { story, source, current, snap } = s;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [made, setMade] = useState(0);
  const ref = useRef<HTMLDialogElement>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (el && !el.open && typeof el.showModal === 'function') el.showModal();
    el?.addEventListener('close', onClose);
    return () => el?.removeEventListener('close', onClose);
  }, [onClose]);
  // A story just made or duplicated: its name is what the presenter types next.
  useEffect(() => {
    if (made) nameField.current?.focus();
  }, [made]);

  const name =
    source === 'saved'
      ? current?.name.trim() || t('briefing.stories.untitled')
      : source === 'link'
        ? story.title?.trim() || t('briefing.stories.fromLink')
        : t('briefing.stories.builtIn');
  const save = (next: Story) => {
    const { copy } = s.save(next);
    // An edit ends the chance to undo the action before it; a copy made to keep the edit is said.
    setNotice(copy ? { text: t('briefing.stories.copied', { name: copy }) } : null);
  };
  const full = story.slides.length >= MAX_SLIDES;
  // Keys follow a slide's content (not its place or its text fields), so focus moves with a moved slide.
  const seen = new Map<string, number>();
  const keys = story.slides.map((x) => {
    const k = `${x.topic}:${JSON.stringify(x.view)}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    return `${k}#${seen.get(k)}`;
  });
  // A view of the map coloured by a WIPO treaty becomes a treaty slide (its sentences count members).
  const topic = treatyOfMeasure(state.measure) ? 'treaties' : 'custom';
  const addView = () => save(addSlide(story, { topic, view: viewOf(pickView(state), DEFAULT_VIEW) }));
  const present = (i: number) => {
    enterFullscreen();
    ref.current?.close();
    navigate({ slide: i + 1 }, 'push');
  };
  const n = story.slides.length;
  const intro =
    source === 'built-in'
      ? t('briefing.story.builtIn', { n })
      : source === 'link'
        ? t(plural('briefing.story.linked', n, lang), { n })
        : t(
            plural(
              current && snap.unsaved.includes(current.id) ? 'briefing.story.customUnsaved' : 'briefing.story.custom',
              n,
              lang,
            ),
            {
              n,
              date: dateFormat(localeTag(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
                new Date(current?.changed ?? 0),
              ),
            },
          );

  return (
    <dialog ref={ref} className="story-editor" aria-labelledby="story-editor-title">
      <div className="story-editor-head">
        <h2 id="story-editor-title">{t('briefing.story.title')}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('briefing.story.close')}
        </button>
      </div>
      {s.linkError && (
        <div role="alert" className="error-state">
          <p>{s.linkError}</p>
          <Problems lines={s.linkProblems ?? []} max={5} />
        </div>
      )}
      <StoryLibrary state={state} navigate={navigate} s={s} notify={setNotice} onMade={() => setMade((m) => m + 1)} />
      <StoryNotice notice={notice} />
      <section className="story-current" aria-labelledby="story-current-title">
        <h3 id="story-current-title">{name}</h3>
        <p>{intro}</p>
        {source === 'saved' && current && (
          <label className="story-name-field">
            {t('briefing.stories.name')}
            <input
              ref={nameField}
              type="text"
              value={current.name}
              placeholder={t('briefing.stories.untitled')}
              maxLength={200}
              onChange={(e) => s.store.rename(current.id, e.target.value)}
            />
          </label>
        )}
        <div className="story-actions">
          <button type="button" onClick={addView} disabled={full}>
            {t('briefing.story.add')}
          </button>
          {full && <span>{t('briefing.story.full', { n: MAX_SLIDES })}</span>}
        </div>
        <div className="story-actions">
          <button type="button" onClick={() => downloadStory(name, story)}>
            {t('briefing.story.export')}
          </button>
          <ShareLink story={story} name={name} />
        </div>
        <ol className="story-slides">
          {story.slides.map((x, i) => (
            <SlideRow
              key={keys[i]}
              slide={x}
              index={i}
              count={n}
              title={slideTitle({ ...x, title: undefined }, c)}
              onMove={(delta) => save(moveSlide(story, i, delta))}
              onRemove={() => save(removeSlide(story, i))}
              onPresent={() => present(i)}
              onEdit={(patch) => save(updateSlide(story, i, patch))}
            />
          ))}
        </ol>
      </section>
    </dialog>
  );
}

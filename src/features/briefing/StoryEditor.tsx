import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { DataError } from '../../data/DataError';
import { parseStory, storyFileText } from '../../data/story';
import { addSlide, encodeStory, MAX_SLIDES, moveSlide, removeSlide, updateSlide, viewOf } from '../../domain/story';
import { useLocale } from '../../i18n/LocaleContext';
import type { Dashboard } from '../../state/useDashboard';
import { downloadBlob } from './download';
import { enterFullscreen } from './fullscreen';
import { DEFAULT_VIEW, pickView } from './slidePatch';
import { slideTitle } from './slideText';
import { SlideRow } from './SlideRow';
import { useStory } from './useStory';
import { useTextContext } from './useTextContext';
import { currentHref } from '../../state/useUrlState';

/** A modal dialog to build the story: add the current view, reorder, remove, annotate, export, import, share. */
export default function StoryEditor({ d, onClose }: { d: Dashboard; onClose: () => void }) {
  const { t } = useLocale();
  const c = useTextContext(d.data);
  const { story, source, save, reset } = useStory(d);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (el && !el.open && typeof el.showModal === 'function') el.showModal();
    el?.addEventListener('close', onClose);
    return () => el?.removeEventListener('close', onClose);
  }, [onClose]);

  const full = story.slides.length >= MAX_SLIDES;
  // Keys follow a slide's content (not its place or its text fields), so focus moves with a moved slide.
  const seen = new Map<string, number>();
  const keys = story.slides.map((s) => {
    const k = `${s.topic}:${JSON.stringify(s.view)}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    return `${k}#${seen.get(k)}`;
  });
  const addView = () => save(addSlide(story, { topic: 'custom', view: viewOf(pickView(d.state), DEFAULT_VIEW) }));
  const present = (i: number) => {
    enterFullscreen();
    ref.current?.close();
    d.navigate({ slide: i + 1 }, 'push');
  };
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    try {
      const imported = parseStory(await file.text(), file.name);
      save(imported);
      setProblems(null);
      setStatus(t('briefing.story.imported', { n: imported.slides.length }));
    } catch (err) {
      setStatus('');
      setProblems(err instanceof DataError ? err.problems : [String(err)]);
    }
  };
  const share = async () => {
    // The link also goes into the address bar, where it can be copied when the clipboard is refused.
    d.navigate({ story: encodeStory(story) }, 'replace');
    const url = new URL(currentHref());
    url.searchParams.set('slide', '1');
    try {
      await navigator.clipboard.writeText(url.href);
      setStatus(t('briefing.story.copied'));
    } catch {
      setStatus('');
    }
  };

  return (
    <dialog ref={ref} className="story-editor" aria-labelledby="story-editor-title">
      <div className="story-editor-head">
        <h2 id="story-editor-title">{t('briefing.story.title')}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('briefing.story.close')}
        </button>
      </div>
      <p>
        {source === 'built-in'
          ? t('briefing.story.builtIn', { n: story.slides.length })
          : t('briefing.story.custom', { n: story.slides.length })}
        {source === 'link' && ` ${t('briefing.story.linked')}`}
      </p>
      <div className="story-actions">
        <button type="button" onClick={addView} disabled={full}>
          {t('briefing.story.add')}
        </button>
        {full && <span>{t('briefing.story.full', { n: MAX_SLIDES })}</span>}
      </div>
      <div className="story-actions">
        <button
          type="button"
          onClick={() =>
            downloadBlob('atlas-story.json', new Blob([storyFileText(story)], { type: 'application/json' }))
          }
        >
          {t('briefing.story.export')}
        </button>
        <label className="story-import">
          {t('briefing.story.import')}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>
        <button type="button" onClick={() => void share()}>
          {t('briefing.story.share')}
        </button>
        {source !== 'built-in' && (
          <button type="button" onClick={reset}>
            {t('briefing.story.reset')}
          </button>
        )}
      </div>
      {problems && (
        <div role="alert" className="error-state">
          <p>{t('briefing.story.importError')}</p>
          <ul className="error-problems">
            {problems.slice(0, 20).map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="export-status">
        {status}
      </p>
      <ol className="story-slides">
        {story.slides.map((s, i) => (
          <SlideRow
            key={keys[i]}
            slide={s}
            index={i}
            count={story.slides.length}
            title={slideTitle({ ...s, title: undefined }, c)}
            onMove={(delta) => save(moveSlide(story, i, delta))}
            onRemove={() => save(removeSlide(story, i))}
            onPresent={() => present(i)}
            onEdit={(patch) => save(updateSlide(story, i, patch))}
          />
        ))}
      </ol>
    </dialog>
  );
}

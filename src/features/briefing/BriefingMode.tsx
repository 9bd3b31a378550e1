import './briefing.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { clampSlide, slideFacts, step, type SlideAction } from '../../domain/story';
import { useLocale } from '../../i18n/LocaleContext';
import type { Dashboard } from '../../state/useDashboard';
import { canFullscreen, enterFullscreen, useIsFullscreen } from './fullscreen';
import { PresenterNotes } from './PresenterNotes';
import { pickView, showsView, slidePatch } from './slidePatch';
import { sentenceText, slideTitle } from './slideText';
import { useFitChart } from './useFitChart';
import { useSlideKeys } from './useSlideKeys';
import { useStory } from './useStory';
import { useTextContext } from './useTextContext';

interface Props {
  d: Dashboard;
  /** the map and the chart to show, composed by App (features never import each other) */
  map: ReactNode;
  chart: ReactNode;
  onExit?: () => void;
}

/** Full-screen slides for a projector. Each slide is a dashboard view: showing one puts it in the URL. */
export default function BriefingMode({ d, map, chart, onExit }: Props) {
  const { t } = useLocale();
  const c = useTextContext(d.data);
  const { story, linkError } = useStory(d);
  const total = story.slides.length;
  const n = clampSlide(d.state.slide ?? 1, total);
  const slide = story.slides[n - 1] ?? story.slides[0];
  const view = useMemo(() => slidePatch(slide?.view ?? {}), [slide]);
  // The dashboard view from before briefing mode, given back on leaving (a deep link restores its own view).
  const before = useRef(pickView(d.state));
  const dialog = useRef<HTMLDialogElement>(null);
  const [notes, setNotes] = useState(false);
  const full = useIsFullscreen();
  const { box: chartBox, inner: chartInner } = useFitChart<HTMLDivElement, HTMLDivElement>();
  const { navigate } = d;

  // Before paint, so a slide never flashes the previous slide's numbers.
  useLayoutEffect(() => {
    navigate({ ...view, slide: n }, 'replace');
  }, [navigate, view, n]);

  // A modal dialog: the page behind is inert for keyboard and screen readers alike.
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open && typeof el.showModal === 'function') el.showModal();
    el?.focus();
    const cancel = (e: Event) => e.preventDefault(); // Escape is handled with the other keys
    el?.addEventListener('cancel', cancel);
    return () => {
      el?.removeEventListener('cancel', cancel);
      if (el?.open) el.close();
      document.getElementById('briefing-enter')?.focus();
    };
  }, []);

  const exit = useCallback(() => {
    navigate({ ...before.current, slide: null }, 'replace');
    onExit?.();
  }, [navigate, onExit]);
  const onAction = useCallback(
    (a: SlideAction) => {
      if (a === 'exit') exit();
      else if (a === 'notes') setNotes((v) => !v);
      else navigate({ slide: step(n, a, total) }, 'replace');
    },
    [exit, navigate, n, total],
  );
  useSlideKeys(onAction);

  const applied = showsView(d.state, view);
  const facts = useMemo(
    () =>
      slide
        ? slideFacts(slide, {
            data: d.data,
            filtered: d.filtered,
            stats: d.stats,
            headline: d.headline,
            basis: d.filters.basis,
            country: d.state.country,
          })
        : { sentences: [], quoted: [], conflicts: [] },
    [slide, d.data, d.filtered, d.stats, d.headline, d.filters.basis, d.state.country],
  );
  if (!slide) return null;
  const title = slideTitle(slide, c);
  const next = story.slides[n];

  return (
    <dialog
      ref={dialog}
      className={`briefing${notes ? ' with-notes' : ''}`}
      aria-labelledby="briefing-title"
      tabIndex={-1}
    >
      <div className="briefing-stage">
        <header className="briefing-head">
          <h2 id="briefing-title" className="briefing-title">
            {title}
          </h2>
          <p className="briefing-counter">{t('briefing.counter', { n, total })}</p>
        </header>
        <div className="briefing-text" key={n}>
          {linkError && <p className="briefing-warning">{linkError}</p>}
          <ul className="briefing-sentences">
            {applied && facts.sentences.map((s, i) => <li key={i}>{sentenceText(s, c)}</li>)}
          </ul>
          <div className="briefing-chart" ref={chartBox}>
            <div className="briefing-chart-inner" ref={chartInner}>
              {chart}
            </div>
          </div>
        </div>
        {/* Leaflet fits the world to its container once, when created: a new stage size gets a new map. */}
        <div className="briefing-map" key={notes ? 'beside-notes' : 'alone'}>
          {map}
        </div>
        <footer className="briefing-foot">
          <p className="briefing-source">{t('briefing.sourceLine')}</p>
          <div className="briefing-buttons">
            <button type="button" onClick={() => onAction('prev')} disabled={n <= 1}>
              {t('briefing.prev')}
            </button>
            <button type="button" onClick={() => onAction('next')} disabled={n >= total}>
              {t('briefing.next')}
            </button>
            <button type="button" aria-pressed={notes} onClick={() => onAction('notes')}>
              {t('briefing.notesToggle')}
            </button>
            {canFullscreen() && !full && (
              <button type="button" onClick={enterFullscreen}>
                {t('briefing.fullscreen')}
              </button>
            )}
            <button type="button" onClick={exit}>
              {t('briefing.exit')}
            </button>
          </div>
        </footer>
      </div>
      {notes && (
        <PresenterNotes
          c={c}
          topic={slide.topic}
          notes={slide.notes}
          facts={facts}
          nextTitle={next ? slideTitle(next, c) : null}
        />
      )}
      <p className="briefing-sr" aria-live="polite">
        {applied ? t('briefing.announce', { n, total, title }) : ''}
      </p>
    </dialog>
  );
}

import './briefing.css';
import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import type { SlideAction } from '../../domain/slideNavigation';
import { useLocale } from '../../i18n/LocaleContext';
import type { Dashboard } from '../../state/useDashboard';
import { canFullscreen, enterFullscreen, useIsFullscreen } from './fullscreen';
import { SentenceSources } from './SentenceSources';
import { pickView } from './slidePatch';
import { SlideStage, StepButtons } from './SlideStage';
import { useBriefing, useModal } from './useBriefing';
import { useDeckDownload } from './useDeckDownload';
import { useSlideKeys } from './useSlideKeys';

// Only the presenter window needs its layout, clock and notes.
const PresenterView = lazy(() => import('./PresenterView'));

interface Props {
  d: Dashboard;
  /** the map to show, composed by App (features never import each other); a slide's chart is drawn here
   * from the same figures as the deck's native chart */
  map: ReactNode;
  onExit?: () => void;
}

/** Full-screen slides for a projector. Each slide is a dashboard view: showing one puts it in the URL.
 * With `presenter=1` in its URL this window is the presenter's instead: notes, next slide and a clock. */
export default function BriefingMode(props: Props) {
  if (props.d.state.presenter) {
    return (
      <Suspense fallback={null}>
        <PresenterView {...props} />
      </Suspense>
    );
  }
  return <AudienceView {...props} />;
}

/** What the room sees: the slide and nothing else of the presenter's (no notes). */
function AudienceView({ d, map, onExit }: Props) {
  const { t } = useLocale();
  const b = useBriefing(d);
  // The dashboard view from before briefing mode, given back on leaving (a deep link restores its own view).
  const before = useRef(pickView(d.state));
  const dialog = useModal();
  const full = useIsFullscreen();
  const { navigate } = d;
  const { move, link } = b;
  const deck = useDeckDownload(b, d);
  // The records and sources behind each sentence, for the room when asked (closed by default).
  const [sources, setSources] = useState(false);

  const exit = useCallback(() => {
    navigate({ ...before.current, slide: null }, 'replace');
    onExit?.();
  }, [navigate, onExit]);
  const onAction = useCallback(
    (a: SlideAction) => {
      if (a === 'exit') exit();
      else if (a === 'notes')
        link.openPresenter(); // the notes are in the presenter window
      else move(a);
    },
    [exit, move, link],
  );
  useSlideKeys(onAction);

  if (!b.slide) return null;
  return (
    <dialog ref={dialog} className="briefing" aria-labelledby="briefing-title" tabIndex={-1}>
      <SlideStage
        b={b}
        map={map}
        overlay={
          sources && b.applied ? (
            // Not a tab stop itself: its source links take the keyboard through its own scroll.
            <div className="briefing-sources-panel" role="region" aria-label={t('briefing.sources')}>
              <SentenceSources c={b.c} facts={b.facts} open id="briefing-sources" />
            </div>
          ) : null
        }
      >
        <div className="briefing-buttons">
          <p className="briefing-status" role="status">
            {link.blocked ? t('briefing.presenter.blocked') : deck.status}
          </p>
          <StepButtons b={b} />
          <button
            type="button"
            aria-expanded={sources}
            aria-controls={sources ? 'briefing-sources' : undefined}
            onClick={() => setSources((on) => !on)}
          >
            {t('briefing.sources.show')}
          </button>
          <button type="button" onClick={link.openPresenter}>
            {t('briefing.presenter.open')}
          </button>
          <button type="button" onClick={() => void deck.download()}>
            {t('briefing.deck.download')}
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
      </SlideStage>
      <p className="briefing-sr" aria-live="polite">
        {b.applied ? t('briefing.announce', { n: b.n, total: b.total, title: b.title }) : ''}
      </p>
    </dialog>
  );
}

import './controls.css';
import { lazy, Suspense, useState } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import type { Dataset } from '../../domain/types';
import type { ViewState } from '../../state/urlState';
import type { Navigate } from '../../state/useUrlState';
import { enterFullscreen } from './fullscreen';

// The editor is needed only when opened: it stays out of the first paint.
const StoryEditor = lazy(() => import('./StoryEditor'));

/** The header's way into briefing mode, and to the story it presents. Briefing mode itself loads lazily. */
export function BriefingControls({
  ready,
  data,
  state,
  navigate,
}: {
  ready: boolean;
  data: Dataset;
  state: ViewState;
  navigate: Navigate;
}) {
  const { t } = useLocale();
  const [editing, setEditing] = useState(false);
  // Full screen must be asked for inside the click (a user gesture); the overlay does the rest.
  const enter = () => {
    enterFullscreen();
    navigate({ slide: 1 }, 'push');
  };
  return (
    <div className="briefing-controls">
      {/* Drawn before the data is in (disabled) so the header does not move when it arrives. */}
      <button
        id="briefing-enter"
        className="button-primary"
        type="button"
        onClick={enter}
        title={t('briefing.enterHint')}
        disabled={!ready}
      >
        {t('briefing.enter')}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setEditing(true)} disabled={!ready}>
        {t('briefing.story.open')}
      </button>
      {editing && (
        <Suspense fallback={null}>
          <StoryEditor data={data} state={state} navigate={navigate} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </div>
  );
}

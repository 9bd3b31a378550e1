import './presenter.css';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SlideAction } from '../../domain/slideNavigation';
import { useLocale } from '../../i18n/LocaleContext';
import type { Dashboard } from '../../state/useDashboard';
import { formatElapsed } from './presenterLink';
import { PresenterNotes } from './PresenterNotes';
import { slideModel } from './slideModel';
import { sentenceText, slideTitle } from './slideText';
import { SlideStage, StepButtons } from './SlideStage';
import { useBriefing, useModal } from './useBriefing';
import { useSlideKeys } from './useSlideKeys';

interface Props {
  d: Dashboard;
  map: ReactNode;
}

/** Time since the presenter window opened (or since Restart), ticking each second. */
function useClock() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const restart = useCallback(() => {
    const t = Date.now();
    setStart(t);
    setNow(t);
  }, []);
  return { elapsed: now - start, restart };
}

/** The presenter's window, for the laptop screen: the slide the room sees, the next one, the notes and a
 * clock. Keys, clicker and buttons here move the audience window too. */
export default function PresenterView({ d, map }: Props) {
  const { t } = useLocale();
  const b = useBriefing(d);
  const dialog = useModal();
  const clock = useClock();
  const { move } = b;
  // Escape and N belong to the audience window; here they would only close or open this one.
  const onAction = useCallback(
    (a: SlideAction) => {
      if (a !== 'exit' && a !== 'notes') move(a);
    },
    [move],
  );
  useSlideKeys(onAction);

  useEffect(() => {
    const before = document.title;
    document.title = `${t('briefing.presenter.title')} — ${t('app.title')}`;
    return () => {
      document.title = before;
    };
  }, [t]);

  const next = useMemo(() => {
    if (!b.next) return null;
    const m = slideModel(b.next, d, b.treaties);
    return { title: slideTitle(b.next, b.c), sentences: m.facts.sentences.map((s) => sentenceText(s, b.c)) };
  }, [b.next, b.c, d, b.treaties]);

  if (!b.slide) return null;
  return (
    <dialog ref={dialog} className="briefing presenter" aria-label={t('briefing.presenter.title')} tabIndex={-1}>
      <section className="presenter-now" aria-label={t('briefing.presenter.now')}>
        <SlideStage b={b} map={map} />
      </section>
      <div className="presenter-side">
        <section className="presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title">{t('briefing.presenter.next')}</h2>
          {next ? (
            <button type="button" className="presenter-next-slide" onClick={() => move('next')}>
              <strong>{next.title}</strong>
              {next.sentences.map((s, i) => (
                <span key={i}>{s}</span>
              ))}
            </button>
          ) : (
            <p>{t('briefing.lastSlide')}</p>
          )}
        </section>
        <PresenterNotes c={b.c} topic={b.slide.topic} notes={b.slide.notes} facts={b.facts} />
      </div>
      <footer className="presenter-bar">
        <StepButtons b={b} />
        <p className="presenter-clock">
          {t('briefing.presenter.elapsed')}{' '}
          <span role="timer" className="presenter-time">
            {formatElapsed(clock.elapsed)}
          </span>
        </p>
        <button type="button" onClick={clock.restart}>
          {t('briefing.presenter.restart')}
        </button>
        <p className="briefing-keys">{t('briefing.keys')}</p>
      </footer>
      <p className="briefing-sr" aria-live="polite">
        {b.applied ? t('briefing.announce', { n: b.n, total: b.total, title: b.title }) : ''}
      </p>
    </dialog>
  );
}

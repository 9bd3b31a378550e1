import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { SlideChart } from './SlideChart';
import { WholeValues } from '../../ui/WholeValues';
import { sentenceParts, sourceLine } from './slideText';
import type { Briefing } from './useBriefing';

interface Props {
  b: Briefing;
  map: ReactNode;
  /** the window's buttons, in the footer beside the source line */
  children?: ReactNode;
  /** drawn over the visual (the room's Sources), after the footer in the focus order */
  overlay?: ReactNode;
}

/** One slide as the room sees it: title, sentences, ONE visual (the slide's chart, or the map fitted to
 * its subject), source line. The audience window shows it full screen; the presenter window smaller. */
export function SlideStage({ b, map, children, overlay }: Props) {
  const { t, lang } = useLocale();
  return (
    <div className="briefing-stage">
      <header className="briefing-head">
        <h2 id="briefing-title" className="briefing-title">
          {b.title}
        </h2>
        <p className="briefing-counter">{t('briefing.counter', { n: b.n, total: b.total })}</p>
      </header>
      <div className="briefing-text" key={b.n}>
        {b.linkError && <p className="briefing-warning">{b.linkError}</p>}
        <ul className="briefing-sentences">
          {b.applied &&
            b.facts.sentences.map((s, i) => (
              <li key={i}>
                <WholeValues parts={sentenceParts(s, b.c)} />
              </li>
            ))}
        </ul>
      </div>
      <div className="briefing-visual">
        {b.chart ? (
          <div className="briefing-chart">
            <SlideChart chart={b.chart} lang={lang} />
          </div>
        ) : (
          <div className="briefing-map">{map}</div>
        )}
      </div>
      <footer className="briefing-foot">
        <p className="briefing-source">{sourceLine(b.slide, b.c)}</p>
        {children}
      </footer>
      {overlay}
    </div>
  );
}

/** Previous / Next: a click in either window moves both. */
export function StepButtons({ b }: { b: Briefing }) {
  const { t } = useLocale();
  return (
    <>
      <button type="button" onClick={() => b.move('prev')} disabled={b.n <= 1}>
        {t('briefing.prev')}
      </button>
      <button type="button" onClick={() => b.move('next')} disabled={b.n >= b.total}>
        {t('briefing.next')}
      </button>
    </>
  );
}

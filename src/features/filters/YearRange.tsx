import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { Checkbox } from '../../ui/Checkbox';

const STEP_MS = 900;

/** Two year handles and a play button that steps through the years for a presenter. Memoised (given a
 * stable `onChange`), so that a change of the other filters leaves its inputs alone. */
export const YearRange = memo(function YearRange(props: {
  bounds: [number, number];
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}) {
  const { t } = useLocale();
  const { bounds, from, to, onChange } = props;
  const [playing, setPlaying] = useState(false);
  const [cumulative, setCumulative] = useState(true);
  const timer = useRef<number | undefined>(undefined);
  // Asked once: the answer only matters when play is pressed.
  const [reduced] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
  );

  const stop = useCallback(() => {
    window.clearInterval(timer.current);
    setPlaying(false);
  }, []);
  useEffect(() => () => window.clearInterval(timer.current), []);
  // Any other input (a click, a key) stops the show: the presenter has taken over.
  useEffect(() => {
    if (!playing) return;
    const onInput = (e: Event) => {
      if (!(e.target instanceof Element && e.target.closest('[data-play]'))) stop();
    };
    document.addEventListener('pointerdown', onInput, true);
    document.addEventListener('keydown', onInput, true);
    return () => {
      document.removeEventListener('pointerdown', onInput, true);
      document.removeEventListener('keydown', onInput, true);
    };
  }, [playing, stop]);

  const play = () => {
    let year = bounds[0];
    const start = bounds[0];
    onChange(start, start);
    setPlaying(true);
    timer.current = window.setInterval(() => {
      year += 1;
      if (year > bounds[1]) return stop();
      onChange(cumulative ? start : year, year);
    }, STEP_MS);
  };
  const userChange = (f: number, tt: number) => {
    if (playing) stop();
    onChange(Math.min(f, tt), Math.max(f, tt));
  };

  return (
    <fieldset className="year-range">
      <legend>{t('filters.years')}</legend>
      <div className="year-values" aria-live="polite">
        {from === to ? from : `${from}–${to}`}
      </div>
      <label>
        {t('filters.from')}
        <input
          type="range"
          min={bounds[0]}
          max={bounds[1]}
          value={from}
          onChange={(e) => userChange(Number(e.target.value), to)}
        />
      </label>
      <label>
        {t('filters.to')}
        <input
          type="range"
          min={bounds[0]}
          max={bounds[1]}
          value={to}
          onChange={(e) => userChange(from, Number(e.target.value))}
        />
      </label>
      <div className="play-row">
        <button
          type="button"
          data-play
          onClick={playing ? stop : play}
          disabled={reduced && !playing}
          aria-pressed={playing}
          aria-describedby={reduced ? 'play-off' : undefined}
        >
          {playing ? t('filters.stop') : t('filters.play')}
        </button>
        <Checkbox checked={cumulative} onChange={setCumulative} label={t('filters.cumulative')} />
      </div>
      {/* A greyed-out button alone would not say why. */}
      {reduced && (
        <p id="play-off" className="hint">
          {t('filters.playOff')}
        </p>
      )}
    </fieldset>
  );
});

import { useRef, type KeyboardEvent } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { CHARTS, type ChartId } from '../../domain/values';

/** Where each key moves from tab i of n (the arrows wrap around). */
const KEYS: Partial<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The chart chooser: a tab list bound to the URL's `chart`, with arrow keys, Home and End. */
export function ChartTabs({
  chart,
  onChange,
  panelId,
}: {
  chart: ChartId;
  onChange: (c: ChartId) => void;
  panelId: string;
}) {
  const { t } = useLocale();
  const refs = useRef(new Map<ChartId, HTMLButtonElement>());
  const move = (e: KeyboardEvent) => {
    const to = KEYS[e.key];
    const next = to && CHARTS[to(CHARTS.indexOf(chart), CHARTS.length)];
    if (!next) return;
    e.preventDefault();
    onChange(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="chart-tabs" role="tablist" aria-label={t('timeline.tabs')}>
      {CHARTS.map((c) => (
        <button
          key={c}
          ref={(el) => {
            if (el) refs.current.set(c, el);
            else refs.current.delete(c);
          }}
          type="button"
          role="tab"
          id={`chart-tab-${c}`}
          aria-selected={c === chart}
          aria-controls={panelId}
          tabIndex={c === chart ? 0 : -1}
          onClick={() => onChange(c)}
          onKeyDown={move}
        >
          {t(`timeline.tab.${c}`)}
        </button>
      ))}
    </div>
  );
}

import { useRef, type KeyboardEvent } from 'react';
import { useLocale } from '../../i18n/LocaleContext';
import { CHARTS, type Chart } from '../../state/urlState';

/** The chart chooser: a tab list bound to the URL's `chart`, with arrow keys, Home and End. */
export function ChartTabs({
  chart,
  onChange,
  panelId,
}: {
  chart: Chart;
  onChange: (c: Chart) => void;
  panelId: string;
}) {
  const { t } = useLocale();
  const refs = useRef(new Map<Chart, HTMLButtonElement>());
  const move = (e: KeyboardEvent) => {
    const i = CHARTS.indexOf(chart);
    const next =
      e.key === 'ArrowRight'
        ? CHARTS[(i + 1) % CHARTS.length]
        : e.key === 'ArrowLeft'
          ? CHARTS[(i - 1 + CHARTS.length) % CHARTS.length]
          : e.key === 'Home'
            ? CHARTS[0]
            : e.key === 'End'
              ? CHARTS[CHARTS.length - 1]
              : undefined;
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

import { dataExtent } from '../../domain/extent';
import type { Source, YearBasis } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { ChartSize } from './chartSize';
import type { Layer, PanelData } from './seriesData';
import { SeriesPanel, type Milestone } from './SeriesPanel';

// Every year: a figure drawn without a year filter (tests, or a figure that does not follow the filter).
const ALL_YEARS: [number, number] = [-Infinity, Infinity];

/** The panels of a figure side by side (one column on a phone). Each panel starts at its first figure
 * within the selected `years` (domain/extent.ts) and names the selected years before it that have none;
 * the tables keep every figure. */
export function SeriesGrid<K extends string>({
  panels,
  label,
  years = ALL_YEARS,
  basis,
  sources,
  milestones,
  size,
}: {
  panels: PanelData<K>[];
  label: (k: K) => string;
  years?: [number, number];
  basis: YearBasis;
  sources: Map<string, Source>;
  milestones?: readonly Milestone[];
  size?: ChartSize;
}) {
  const { t, lang } = useLocale();
  if (panels.length === 0) return <p className="chart-empty">{t('timeline.noData')}</p>;
  return (
    <div className="panel-grid">
      {panels.map((p) => {
        const extent = dataExtent(
          p.layers.flatMap((l) => l.placed.map((x) => x.year)),
          years,
        );
        if (!extent)
          return (
            <div key={p.key} className="series-panel">
              <h4>{label(p.key)}</h4>
              <p className="chart-empty">{t('timeline.gap.none')}</p>
            </div>
          );
        const [lo, hi] = extent.span;
        const layers = p.layers
          .map((l): Layer => ({ ...l, placed: l.placed.filter((x) => x.year >= lo && x.year <= hi) }))
          .filter((l) => l.placed.length > 0);
        const before = extent.before;
        return (
          <SeriesPanel
            key={p.key}
            title={label(p.key)}
            layers={layers}
            span={extent.span}
            gapNote={
              before
                ? t('timeline.gap.figures', { year: formatDate(String(before[1] + 1), lang, basis === 'jp-fiscal') })
                : undefined
            }
            basis={basis}
            sources={sources}
            milestones={milestones}
            size={size}
          />
        );
      })}
    </div>
  );
}

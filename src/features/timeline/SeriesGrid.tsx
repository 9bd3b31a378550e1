import type { Source, YearBasis } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import type { ChartSize } from './chartSize';
import type { PanelData } from './seriesData';
import { SeriesPanel, type Milestone } from './SeriesPanel';

/** The panels of a figure side by side (one column on a phone), on one shared year span. */
export function SeriesGrid<K extends string>({
  panels,
  label,
  span,
  basis,
  sources,
  milestones,
  size,
}: {
  panels: PanelData<K>[];
  label: (k: K) => string;
  span: [number, number];
  basis: YearBasis;
  sources: Map<string, Source>;
  milestones?: readonly Milestone[];
  size?: ChartSize;
}) {
  const { t } = useLocale();
  if (panels.length === 0) return <p className="chart-empty">{t('timeline.noData')}</p>;
  return (
    <div className="panel-grid">
      {panels.map((p) => (
        <SeriesPanel
          key={p.key}
          title={label(p.key)}
          layers={p.layers}
          span={span}
          basis={basis}
          sources={sources}
          milestones={milestones}
          size={size}
        />
      ))}
    </div>
  );
}

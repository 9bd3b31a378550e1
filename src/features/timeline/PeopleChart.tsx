import { useLocale } from '../../i18n/LocaleContext';
import { ChartFigure } from './ChartFigure';
import type { SeriesChartProps } from './seriesData';
import { MarkLegend } from './MarkLegend';
import { SeriesGrid } from './SeriesGrid';
import { useSeriesFigure } from './useSeriesFigure';

// Each panel holds one kind of count; programmes counted differently (all funders, another university,
// the JPO's own training) sit beside the fund's own figure rather than being added to it.
const PANELS = [
  { key: 'graduates', ids: ['mip-graduates', 'mip-alumni-africa-university'] },
  { key: 'cohorts', ids: ['mip-cohorts', 'mip-cohorts-yaounde'] },
  { key: 'trainees', ids: ['trainees', 'jpo-training-trainees'] },
] as const;
type Key = (typeof PANELS)[number]['key'];

/** Human resources: MIP graduates and cohorts, and trainees, as stated over the years. */
export function PeopleChart({ data, basis, years, size }: SeriesChartProps) {
  const { t } = useLocale();
  const f = useSeriesFigure(data, basis, PANELS);
  const title = t('timeline.people.title');
  const label = (k: Key) => t(`timeline.people.${k}`);
  return (
    <ChartFigure
      title={title}
      summary={t('timeline.people.summary')}
      unit={t('timeline.people.unit')}
      basis={f.basis}
      sources={f.sources}
      conflicts={f.conflicts}
      tables={f.tables(label)}
      csv={[{ label: title, filename: 'human-resources.csv', rows: f.csv }]}
      legend={<MarkLegend basis={f.basis} placed={f.placed} gaps={false} />}
    >
      <SeriesGrid panels={f.panels} label={label} years={years} basis={f.basis} sources={f.srcMap} size={size} />
    </ChartFigure>
  );
}

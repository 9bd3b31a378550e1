import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import { ChartFigure } from './ChartFigure';
import type { SeriesChartProps } from './seriesData';
import { MarkLegend } from './MarkLegend';
import { SeriesGrid } from './SeriesGrid';
import { useSeriesFigure } from './useSeriesFigure';

// Yen (budget lines) and Swiss francs (fund amounts) are different measures: never on one axis. Parts of
// the whole (the Africa fund, the SME earmark) and WIPO's own yearly figure are drawn beside the main series.
const PANELS = [
  { key: 'jpyAnnual', ids: ['contribution-jpy-annual', 'contribution-jpy-africa-increment', 'sme-support-jpy'] },
  {
    key: 'chfAnnual',
    ids: ['contribution-chf-annual', 'contribution-chf-annual-wipo', 'contribution-chf-africa-annual'],
  },
  { key: 'jpyCumulative', ids: ['contribution-jpy-cumulative'] },
  { key: 'chfCumulative', ids: ['contribution-chf-cumulative'] },
  { key: 'countries', ids: ['fund-countries-supported'] },
] as const;
type Key = (typeof PANELS)[number]['key'];

const MILESTONES = [
  { year: 1987, n: 1, key: 'start' },
  { year: 2008, n: 2, key: 'africa' },
  { year: 2013, n: 3, key: 'increase' },
  { year: 2019, n: 4, key: 'global' },
] as const;

/** Japan's contribution: yearly amounts in yen and in francs, and the cumulative totals stated over time. */
export function ContributionChart({ data, basis, years, size }: SeriesChartProps) {
  const { t, lang } = useLocale();
  const f = useSeriesFigure(data, basis, PANELS);
  const title = t('timeline.contribution.title');
  const label = (k: Key) => t(`timeline.contribution.${k}`);
  return (
    <ChartFigure
      title={title}
      summary={t('timeline.contribution.summary')}
      unit={t('timeline.contribution.unit')}
      basis={f.basis}
      sources={f.sources}
      conflicts={f.conflicts}
      tables={f.tables(label)}
      csv={[{ label: title, filename: 'contribution.csv', rows: f.csv }]}
      legend={
        <>
          <MarkLegend basis={f.basis} placed={f.placed} />
          <p className="legend-title">{t('timeline.milestone.title')}</p>
          <ol className="milestones">
            {MILESTONES.map((m) => (
              <li key={m.year}>
                {t('timeline.milestone.item', {
                  year: formatDate(String(m.year), lang, f.basis === 'jp-fiscal'),
                  text: t(`timeline.milestone.${m.key}`),
                })}
              </li>
            ))}
          </ol>
        </>
      }
    >
      <SeriesGrid
        panels={f.panels}
        label={label}
        years={years}
        basis={f.basis}
        sources={f.srcMap}
        milestones={MILESTONES}
        size={size}
      />
    </ChartFigure>
  );
}

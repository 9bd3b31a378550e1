import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { countriesQuery } from '../../data/queries';
import { useLocale } from '../../i18n/LocaleContext';
import type { ChartId } from '../../domain/values';
import type { Navigate } from '../../state/useUrlState';
import type { Figures } from './figures';
import { ActivitiesByYearChart } from './ActivitiesByYearChart';
import { ChartTabs } from './ChartTabs';
import { ContributionChart } from './ContributionChart';
import { ExpertsChart } from './ExpertsChart';
import { PeopleChart } from './PeopleChart';
import { SmeChart } from './SmeChart';
import { TiscChart } from './TiscChart';
import './timeline.css';
import { countryName as localName } from '../../i18n/format';

// The treaty chart and treaties.json load only when its tab is chosen.
const TreatyChart = lazy(() => import('./TreatyChart'));

interface ChartProps {
  figures: Figures;
  navigate: Navigate;
  countryName: (iso3: string) => string;
}

/** The figure drawn for each chart id. */
const FIGURES: Record<ChartId, (p: ChartProps) => ReactNode> = {
  activities: ({ figures, navigate }) => <ActivitiesByYearChart figures={figures} navigate={navigate} />,
  contribution: ({ figures: { data, filters } }) => (
    <ContributionChart data={data} basis={filters.basis} years={[filters.from, filters.to]} />
  ),
  experts: ({ figures }) => <ExpertsChart figures={figures} />,
  tisc: ({ figures, navigate, countryName }) => (
    <TiscChart figures={figures} navigate={navigate} countryName={countryName} />
  ),
  sme: ({ figures: { data, filters } }) => <SmeChart data={data} basis={filters.basis} />,
  people: ({ figures: { data, filters } }) => (
    <PeopleChart data={data} basis={filters.basis} years={[filters.from, filters.to]} />
  ),
  treaties: ({ figures, countryName }) => (
    <Suspense fallback={<TreatyLoading />}>
      <TreatyChart figures={figures} countryName={countryName} />
    </Suspense>
  ),
};

function TreatyLoading() {
  const { t } = useLocale();
  return <p className="placeholder">{t('timeline.treaties.loading')}</p>;
}

/** The charts region, loaded lazily by App so Recharts never delays the map. One chart at a time, chosen
 * by tabs bound to the URL's `chart`: each figure holds several panels and its table twin, and side by side
 * they would be too narrow to read; the URL then names exactly what is on screen (briefing slides too). */
function TimelineRegion({ figures, chart, navigate }: { figures: Figures; chart: ChartId; navigate: Navigate }) {
  const { t, lang } = useLocale();
  // The map already asked for the geometry; this reads the same cached query for country names.
  const geo = useQuery(countriesQuery);
  const names = useMemo(
    () => new Map(geo.data?.features.map((f) => [f.properties.iso3, localName(f.properties, lang)]) ?? []),
    [geo.data, lang],
  );
  const countryName = useCallback((iso3: string) => names.get(iso3) ?? iso3, [names]);
  const panelId = 'chart-panel';
  return (
    <section className="timeline-region" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('charts.title')}</h2>
      <ChartTabs chart={chart} onChange={(c) => navigate({ chart: c })} panelId={panelId} />
      <div role="tabpanel" id={panelId} aria-labelledby={`chart-tab-${chart}`} className="chart-panel">
        {FIGURES[chart]({ figures, navigate, countryName })}
      </div>
    </section>
  );
}

export default TimelineRegion;

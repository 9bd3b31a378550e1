import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { countriesQuery } from '../../data/queries';
import { useLocale } from '../../i18n/LocaleContext';
import type { ChartId } from '../../domain/values';
import type { Dashboard } from '../../state/useDashboard';
import { ActivitiesByYearChart } from './ActivitiesByYearChart';
import { ChartTabs } from './ChartTabs';
import { ContributionChart } from './ContributionChart';
import { ExpertsChart } from './ExpertsChart';
import { PeopleChart } from './PeopleChart';
import { SmeChart } from './SmeChart';
import { TiscChart } from './TiscChart';
import './timeline.css';
import { countryName as localName } from '../../i18n/format';

/** The figure drawn for each chart id. */
const FIGURES: Record<ChartId, (d: Dashboard, countryName: (iso3: string) => string) => ReactNode> = {
  activities: (d) => <ActivitiesByYearChart d={d} />,
  contribution: (d) => <ContributionChart d={d} />,
  experts: (d) => <ExpertsChart d={d} />,
  tisc: (d, countryName) => <TiscChart d={d} countryName={countryName} />,
  sme: (d) => <SmeChart d={d} />,
  people: (d) => <PeopleChart d={d} />,
};

/** The charts region, loaded lazily by App so Recharts never delays the map. One chart at a time, chosen
 * by tabs bound to the URL's `chart`: each figure holds several panels and its table twin, and side by side
 * they would be too narrow to read; the URL then names exactly what is on screen (briefing slides too). */
function TimelineRegion({ d }: { d: Dashboard }) {
  const { t, lang } = useLocale();
  // The map already asked for the geometry; this reads the same cached query for country names.
  const geo = useQuery(countriesQuery);
  const names = useMemo(
    () => new Map(geo.data?.features.map((f) => [f.properties.iso3, localName(f.properties, lang)]) ?? []),
    [geo.data, lang],
  );
  const countryName = useCallback((iso3: string) => names.get(iso3) ?? iso3, [names]);
  const chart = d.state.chart;
  const panelId = 'chart-panel';
  return (
    <section className="timeline-region" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('charts.title')}</h2>
      <ChartTabs chart={chart} onChange={(c) => d.navigate({ chart: c })} panelId={panelId} />
      <div role="tabpanel" id={panelId} aria-labelledby={`chart-tab-${chart}`} className="chart-panel">
        {FIGURES[chart](d, countryName)}
      </div>
    </section>
  );
}

// For the Recharts tabs the dashboard passes a deferred copy of its view model: while the map renders
// the new filters, those charts still hold the old object and must not redo their work for it.
export default memo(TimelineRegion);

import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { countriesQuery } from './data/queries';
import { BodyPanel } from './features/country-panel/BodyPanel';
import { CountryPanel } from './features/country-panel/CountryPanel';
import { FilterBar } from './features/filters/FilterBar';
import { HeadlineNumbers } from './features/headline/HeadlineNumbers';
import { LeadSentence } from './features/headline/LeadSentence';
import { MapRegion } from './features/map/MapRegion';
import { useLocale } from './i18n/LocaleContext';
import type { Dashboard } from './state/useDashboard';
import { ErrorState } from './ui/ErrorState';
import { RegionBoundary } from './ui/RegionBoundary';
import { WhenVisible } from './ui/WhenVisible';
import { countryName } from './i18n/format';
import { PanelHeader } from './features/country-panel/PanelHeader';

// Recharts is about half of the libraries' JavaScript: load the charts after the map.
export const TimelineRegion = lazy(() => import('./features/timeline/TimelineRegion'));
// Exports are used once in a while: keep them off the first paint too.
const ExportMenu = lazy(() => import('./features/briefing/ExportMenu').then((m) => ({ default: m.ExportMenu })));

interface Props {
  d: Dashboard;
  /** false until the core files (filters and headline) are loaded and valid: the map draws its shapes meanwhile */
  ready: boolean;
}

/** What the map shows of a dashboard (the dashboard's map, and a briefing slide's). */
export const mapView = (d: Dashboard) => ({
  data: d.data,
  selection: d.selection,
  stats: d.stats,
  group: d.filters.group,
  country: d.state.country,
  measure: d.state.measure,
  year: d.filters.to,
  navigate: d.navigate,
});

/** The dashboard's regions, each behind its own error boundary. */
export function DashboardView({ d, ready }: Props) {
  const { t, lang } = useLocale();
  const geo = useQuery(countriesQuery);
  // navigate is stable across filter changes, so these are too (memoised map markers rely on it).
  const { navigate, state } = d;
  const select = useCallback((iso3: string) => navigate({ country: iso3 }, 'push'), [navigate]);
  const close = useCallback(() => navigate({ country: null }, 'push'), [navigate]);
  const closeBody = useCallback(() => navigate({ group: null }, 'push'), [navigate]);
  const codes = useMemo(() => (geo.data ? new Set(geo.data.features.map((f) => f.properties.iso3)) : null), [geo.data]);
  // A code the map does not know (?country=XXX) opens no panel and leaves the address bar.
  const unknown = codes !== null && state.country !== null && !codes.has(state.country);
  // The panel opens once its files are in, or with the error of the files it could not use.
  const { core, panel, charts } = d.regions;
  const panelError = core.error ?? panel.error;
  const country = (panel.ready || panelError) && !unknown ? state.country : null;
  useEffect(() => {
    if (unknown) navigate({ country: null }, 'replace');
  }, [unknown, navigate]);
  // Settings a link had that could not be used (?from=abc) leave the address bar too, so that a link
  // copied from it is clean. Writing the view as it is does nothing when the link was already clean.
  useEffect(() => {
    navigate({}, 'replace');
  }, [navigate]);
  const props = country ? geo.data?.features.find((f) => f.properties.iso3 === country)?.properties : undefined;
  const name = props ? countryName(props, lang) : (country ?? '');
  const body = d.data.groups.find((g) => g.id === d.filters.group && g.kind === 'regional-body');
  return (
    <>
      <div className="sidebar">
        {ready ? (
          <RegionBoundary name={t('filters.title')}>
            <FilterBar
              data={d.data}
              index={d.index}
              filters={d.filters}
              bounds={d.bounds}
              state={state}
              navigate={navigate}
            />
          </RegionBoundary>
        ) : (
          <div className="sidebar-placeholder" />
        )}
      </div>
      <div className="content">
        {/* The point of the page in one sentence, then the numbers behind it. */}
        <div className="lead-row">
          <LeadSentence />
          <div className="export-slot">
            {/* The CSV names each activity's place and sources: the panel's files. */}
            {panel.ready ? (
              <Suspense fallback={<ExportPlaceholder label={t('briefing.export.open')} />}>
                <ExportMenu data={d.data} activities={d.selection.activities} state={state} />
              </Suspense>
            ) : (
              <ExportPlaceholder label={t('briefing.export.open')} />
            )}
          </div>
        </div>
        {core.error ? (
          <ErrorState error={core.error} onRetry={core.retry} />
        ) : (
          <HeadlineNumbers
            h={ready ? d.headline : null}
            range={[d.filters.from, d.filters.to]}
            activities={d.selection.activities}
            files={d.data}
          />
        )}
        <RegionBoundary name={t('map.title')}>
          <MapRegion {...mapView(d)} onSelect={select} />
        </RegionBoundary>
        {ready && charts.error ? (
          <ErrorState error={charts.error} onRetry={charts.retry} region={t('charts.title')} />
        ) : ready && charts.ready ? (
          <RegionBoundary name={t('charts.title')}>
            <WhenVisible minHeight="32rem">
              <Suspense fallback={<p className="placeholder charts-placeholder">{t('charts.loading')}</p>}>
                <TimelineRegion figures={d} chart={state.chart} navigate={navigate} />
              </Suspense>
            </WhenVisible>
          </RegionBoundary>
        ) : (
          ready && <p className="placeholder charts-placeholder">{t('charts.loading')}</p>
        )}
      </div>
      {panelError && (country || body) ? (
        <PanelError
          error={panelError}
          retry={core.error ? core.retry : panel.retry}
          name={country ? name : (body?.id ?? '')}
          label={country ? t('panel.label', { name }) : t('body.label', { name: body?.id ?? '' })}
          onClose={country ? close : closeBody}
        />
      ) : null}
      {panel.ready && !country && body && (
        <RegionBoundary name={body.id}>
          <BodyPanel data={d.data} activities={d.listed.activities} group={body} onClose={closeBody} />
        </RegionBoundary>
      )}
      {country && !panelError && (
        <RegionBoundary name={name}>
          <CountryPanel
            key={country}
            data={d.data}
            activities={d.listed.activities}
            iso3={country}
            name={name}
            onClose={close}
          />
        </RegionBoundary>
      )}
    </>
  );
}

/** The country or body panel when its files failed: where the panel would be, the error, a retry and a way out. */
function PanelError({
  error,
  retry,
  name,
  label,
  onClose,
}: {
  error: unknown;
  retry: () => void;
  name: string;
  /** the accessible name of the panel it stands in for */
  label: string;
  onClose: () => void;
}) {
  return (
    <aside className="country-panel" role="region" aria-label={label}>
      <PanelHeader name={name} onClose={onClose} />
      <ErrorState error={error} onRetry={retry} region={name} />
    </aside>
  );
}

/** The export button's room, kept while its files load: the lead sentence beside it does not reflow when
 * the button comes. Unseen and unread. */
function ExportPlaceholder({ label }: { label: string }) {
  return (
    <span className="export-placeholder" aria-hidden="true">
      {label}
    </span>
  );
}

import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { countriesQuery } from './data/queries';
import { BriefingControls } from './features/briefing/BriefingControls';
import { ExportMenu } from './features/briefing/ExportMenu';
import './features/briefing/print.css';
import { BodyPanel } from './features/country-panel/BodyPanel';
import { CountryPanel } from './features/country-panel/CountryPanel';
import { FilterBar } from './features/filters/FilterBar';
import { HeadlineNumbers } from './features/headline/HeadlineNumbers';
import { MapRegion } from './features/map/MapRegion';
import { LocaleProvider, useLocale } from './i18n/LocaleContext';
import { browserLang } from './i18n/messages';
import { useDashboard, type Dashboard } from './state/useDashboard';
import { useUrlState } from './state/useUrlState';
import { ErrorState } from './ui/ErrorState';
import { RegionBoundary } from './ui/RegionBoundary';

// Recharts is about half of the libraries' JavaScript: load the charts after the map.
const TimelineRegion = lazy(() => import('./features/timeline/TimelineRegion'));
// Briefing mode costs nothing until a presenter opens it (or a link with ?slide= does).
const BriefingMode = lazy(() => import('./features/briefing/BriefingMode'));

export function App() {
  const [state, navigate] = useUrlState();
  const lang = state.lang ?? browserLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LocaleProvider lang={lang}>
      <Shell state={state} navigate={navigate} />
    </LocaleProvider>
  );
}

function Shell({ state, navigate }: { state: Dashboard['state']; navigate: Dashboard['navigate'] }) {
  const { lang, t } = useLocale();
  const { query, dashboard: d } = useDashboard(state, navigate);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <>
      <a className="skip-link" href="#map">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        {d && <BriefingControls d={d} />}
        <div className="header-actions" role="group" aria-label={t('app.language')}>
          {(['en', 'ja'] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => navigate({ lang: l })}>
              {l === 'en' ? 'English' : '日本語'}
            </button>
          ))}
        </div>
      </header>
      <main className="layout">
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !d ? (
          <p className="placeholder loading-shell" role="status">
            {t('app.loading')}
          </p>
        ) : d.state.slide !== null ? (
          <Briefing d={d} />
        ) : (
          <Dashboard d={d} />
        )}
      </main>
    </>
  );
}

function Dashboard({ d }: { d: Dashboard }) {
  const { t, lang } = useLocale();
  const geo = useQuery(countriesQuery);
  const select = useCallback((iso3: string) => d.navigate({ country: iso3 }, 'push'), [d]);
  const close = useCallback(() => d.navigate({ country: null }, 'push'), [d]);
  const country = d.state.country;
  const props = country ? geo.data?.features.find((f) => f.properties.iso3 === country)?.properties : undefined;
  const name = props ? (lang === 'ja' ? props.name_ja : props.name_en) : (country ?? '');
  const body = d.data.groups.find((g) => g.id === d.filters.group && g.kind === 'regional-body');
  return (
    <>
      <div className="sidebar">
        <RegionBoundary name={t('filters.title')}>
          <FilterBar d={d} />
        </RegionBoundary>
      </div>
      <div className="content">
        <HeadlineNumbers h={d.headline} />
        <ExportMenu d={d} mapSelector=".content .map-region" chartsSelector=".content .timeline-region" />
        <RegionBoundary name={t('map.title')}>
          <MapRegion d={d} onSelect={select} />
        </RegionBoundary>
        <RegionBoundary name={t('charts.title')}>
          <Suspense fallback={<p className="placeholder charts-placeholder">{t('charts.loading')}</p>}>
            <TimelineRegion d={d} />
          </Suspense>
        </RegionBoundary>
      </div>
      {!country && body && (
        <RegionBoundary name={body.id}>
          <BodyPanel d={d} group={body} onClose={() => d.navigate({ group: null }, 'push')} />
        </RegionBoundary>
      )}
      {country && (
        <RegionBoundary name={name}>
          <CountryPanel key={country} d={d} iso3={country} name={name} onClose={close} />
        </RegionBoundary>
      )}
    </>
  );
}

/** Briefing mode gets the map and the chart from here: features never import each other. */
function Briefing({ d }: { d: Dashboard }) {
  const { t } = useLocale();
  // A slide is a fixed view: clicking a country does not change it.
  const ignore = useCallback(() => {}, []);
  return (
    <Suspense fallback={<p className="placeholder loading-shell">{t('app.loading')}</p>}>
      <BriefingMode
        d={d}
        map={
          <RegionBoundary name={t('map.title')}>
            <MapRegion d={d} onSelect={ignore} />
          </RegionBoundary>
        }
        chart={
          <RegionBoundary name={t('charts.title')}>
            <Suspense fallback={null}>
              <TimelineRegion d={d} />
            </Suspense>
          </RegionBoundary>
        }
      />
    </Suspense>
  );
}

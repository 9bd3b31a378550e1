import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { countriesQuery } from './data/queries';
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
  return (
    <>
      <div className="sidebar">
        <RegionBoundary name={t('filters.title')}>
          <FilterBar d={d} />
        </RegionBoundary>
      </div>
      <div className="content">
        <HeadlineNumbers h={d.headline} />
        <RegionBoundary name={t('map.title')}>
          <MapRegion d={d} onSelect={select} />
        </RegionBoundary>
        <RegionBoundary name={t('charts.title')}>
          <Suspense fallback={<p className="placeholder charts-placeholder">{t('charts.loading')}</p>}>
            <TimelineRegion d={d} />
          </Suspense>
        </RegionBoundary>
      </div>
      {country && (
        <RegionBoundary name={name}>
          <CountryPanel key={country} d={d} iso3={country} name={name} onClose={close} />
        </RegionBoundary>
      )}
    </>
  );
}

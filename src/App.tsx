import { lazy, Suspense, useCallback, useEffect } from 'react';
import { BriefingControls } from './features/briefing/BriefingControls';
import './features/briefing/print.css';
import { MapRegion } from './features/map/MapRegion';
import { DashboardView, mapView } from './DashboardView';
import { LocaleProvider, useLocale } from './i18n/LocaleContext';
import { warmFormatters } from './i18n/format';
import { browserLang } from './i18n/messages';
import { useDashboard, type Dashboard } from './state/useDashboard';
import { LANGS } from './state/urlState';
import { useUrlState } from './state/useUrlState';
import { ExportRegistryProvider } from './ui/exportRegistry';
import { RegionBoundary } from './ui/RegionBoundary';

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
      <ExportRegistryProvider>
        <Shell state={state} navigate={navigate} />
      </ExportRegistryProvider>
    </LocaleProvider>
  );
}

function Shell({ state, navigate }: { state: Dashboard['state']; navigate: Dashboard['navigate'] }) {
  const { lang, t } = useLocale();
  const { query, dashboard: d, ready } = useDashboard(state, navigate);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  useEffect(() => {
    // Idle time while the geometry and data download (setTimeout where requestIdleCallback is missing).
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 1));
    idle(() => warmFormatters(lang));
  }, [lang]);
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
        <BriefingControls ready={ready} data={d.data} state={d.state} navigate={navigate} />
        <div className="header-actions" role="group" aria-label={t('app.language')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => navigate({ lang: l })}>
              {l === 'en' ? 'English' : '日本語'}
            </button>
          ))}
        </div>
      </header>
      <main className="layout">
        {ready && d.state.slide !== null ? (
          <Briefing d={d} />
        ) : (
          <DashboardView d={d} ready={ready} error={query.error} retry={() => void query.refetch()} />
        )}
      </main>
    </>
  );
}

/** Briefing mode gets the map from here: features never import each other. */
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
            <MapRegion {...mapView(d)} onSelect={ignore} follow />
          </RegionBoundary>
        }
      />
    </Suspense>
  );
}

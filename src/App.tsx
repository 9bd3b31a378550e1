import { lazy, memo, Suspense, useCallback, useEffect } from 'react';
import { BriefingControls } from './features/briefing/BriefingControls';
import './features/briefing/print.css';
import { MapRegion } from './features/map/MapRegion';
import { DashboardView, mapView } from './DashboardView';
import { LocaleProvider, useLocale } from './i18n/LocaleContext';
import { warmFormatters } from './i18n/format';
import { browserLang } from './i18n/messages';
import { useDashboard, useLoadedData, type Dashboard, type LoadedData } from './state/useDashboard';
import { LANGS } from './state/urlState';
import { useUrlState } from './state/useUrlState';
import { ExportRegistryProvider } from './ui/exportRegistry';
import { ErrorState } from './ui/ErrorState';
import { RegionBoundary } from './ui/RegionBoundary';

// Briefing mode costs nothing until a presenter opens it (or a link with ?slide= does).
const BriefingMode = lazy(() => import('./features/briefing/BriefingMode'));

export function App() {
  // The files are asked for here, above the one component that reads the address bar (View): a change
  // of the view renders the page again without going through the queries.
  return <View loaded={useLoadedData()} />;
}

const View = memo(function View({ loaded }: { loaded: LoadedData }) {
  const [state, navigate] = useUrlState();
  const lang = state.lang ?? browserLang();
  return (
    <LocaleProvider lang={lang}>
      <ExportRegistryProvider>
        <Shell loaded={loaded} state={state} navigate={navigate} />
      </ExportRegistryProvider>
    </LocaleProvider>
  );
});

function Shell({ loaded, state, navigate }: { loaded: LoadedData } & Pick<Dashboard, 'state' | 'navigate'>) {
  const { lang, t } = useLocale();
  const d = useDashboard(loaded, state, navigate);
  const { ready } = loaded;
  const briefing = d.regions.briefing;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
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
        <BriefingControls ready={briefing.ready} data={d.data} state={d.state} navigate={navigate} />
        <div className="header-actions" role="group" aria-label={t('app.language')}>
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => navigate({ lang: l })}>
              {l === 'en' ? 'English' : '日本語'}
            </button>
          ))}
        </div>
      </header>
      <main className="layout">
        {d.state.slide !== null && briefing.error ? (
          <BriefingError d={d} />
        ) : briefing.ready && d.state.slide !== null ? (
          <Briefing d={d} />
        ) : (
          <DashboardView d={d} ready={ready} />
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

/** Briefing mode when a file its slides need failed: the error, a retry, and the way back. */
function BriefingError({ d }: { d: Dashboard }) {
  const { t } = useLocale();
  const { error, retry } = d.regions.briefing;
  const { navigate } = d;
  const leave = useCallback(() => navigate({ slide: null }, 'replace'), [navigate]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') leave();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [leave]);
  return (
    <section className="briefing-error" aria-label={t('briefing.enter')}>
      <ErrorState error={error} onRetry={retry} region={t('briefing.enter')} />
      <button type="button" onClick={leave}>
        {t('briefing.exit')}
      </button>
    </section>
  );
}

import './controls.css';
import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react';
import { activitiesCsv } from '../../domain/activitiesCsv';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { Activity, Dataset } from '../../domain/types';
import type { ViewState } from '../../state/urlState';
import { currentHref } from '../../state/useUrlState';
import { useExportRegistry, type ExportItem, type ExportRegistry } from '../../ui/exportRegistry';
import { downloadBlob, today } from './download';
import { pickView } from './slidePatch';
import { describeView } from './slideText';
import { usePrintMap } from './usePrintMap';
import { useTextContext } from './useTextContext';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'chart';

const NONE: readonly ExportItem[] = [];
const nothing = () => () => {};
const none = () => NONE;
/** What has joined the registry, as it comes and goes (a tab changed, the map drawn). */
const useItems = (registry: ExportRegistry | null) =>
  useSyncExternalStore(registry?.subscribe ?? nothing, registry?.items ?? none);

/** Export the map or a chart as a slide-sized picture (PNG or SVG), or the filtered activities as CSV.
 * The map and the charts are the ones that joined the export registry. */
export function ExportMenu({
  data,
  activities,
  state,
}: {
  data: Dataset;
  /** the activities the filters pick (the CSV) */
  activities: Activity[];
  /** the view on screen, described on prints and exports */
  state: ViewState;
}) {
  const { t, lang } = useLocale();
  const c = useTextContext(data);
  const registry = useExportRegistry();
  const items = useItems(registry);
  const [status, setStatus] = useState('');
  usePrintMap(registry);
  // What the view shows, in words: worked out when a picture is saved or the page printed, not on
  // every filter change.
  const viewText = () => describeView(pickView(state), c);
  const printView = useRef<HTMLParagraphElement>(null);
  const describePrint = useEffectEvent(() => {
    if (printView.current) printView.current.textContent = `${viewText()} — ${currentHref()}`;
  });
  useEffect(() => {
    const before = () => describePrint();
    // Written once on mounting too: the menu appears when the panel's files are in, and a print asked for
    // before then (or a beforeprint that came first) still gets its line.
    before();
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  const charts = items
    .filter((e) => e.kind === 'chart')
    .map((e) => ({ key: e.key, title: [e.context, e.title].filter(Boolean).join(' — ') || t('charts.title') }));

  const save = (name: string, blob: Blob) => {
    downloadBlob(name, blob);
    setStatus(t('briefing.export.done', { file: name }));
  };
  const picture = async (find: (all: readonly ExportItem[]) => ExportItem | undefined, format: 'png' | 'svg') => {
    try {
      // Loaded on the first export: nothing of it is needed to show the dashboard.
      const [{ svgToPng }, { entrySvg, SLIDE_SIZE }] = await Promise.all([
        import('./exportDom'),
        import('./exportPicture'),
      ]);
      const target = find(registry?.items() ?? NONE)?.read();
      if (!target) throw new Error(t('briefing.export.missing'));
      const svg = await entrySvg(target, {
        lang,
        subtitle: [...new Set([target.context, viewText()])].filter(Boolean).join(' · '),
        source: t('briefing.export.source', { date: formatDate(today(), lang) }),
      });
      if (!svg) throw new Error(t('briefing.export.missing'));
      const file = `atlas-${target.kind === 'map' ? 'map' : slug(target.title)}-${today()}.${format}`;
      if (format === 'svg') save(file, new Blob([svg], { type: 'image/svg+xml' }));
      else save(file, await svgToPng(svg, SLIDE_SIZE.width, SLIDE_SIZE.height));
    } catch (e) {
      setStatus(t('briefing.export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const map = (all: readonly ExportItem[]) => all.find((e) => e.kind === 'map');
  const chart = (key: string) => (all: readonly ExportItem[]) => all.find((e) => e.key === key);
  const csv = () => {
    const body = activitiesCsv(activities, data, lang, {
      countryName: c.countryName,
      header: (column) => t(`briefing.csv.${column}`),
    });
    save(`atlas-activities-${today()}.csv`, new Blob([body], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <div className="export-menu-wrap">
      <details className="export-menu">
        <summary>{t('briefing.export.open')}</summary>
        <div className="export-items" role="group" aria-label={t('briefing.export.label')}>
          <button type="button" onClick={() => void picture(map, 'png')}>
            {t('briefing.export.mapPng')}
          </button>
          <button type="button" onClick={() => void picture(map, 'svg')}>
            {t('briefing.export.mapSvg')}
          </button>
          {charts.map(({ key, title }) => [
            <button key={`png${key}`} type="button" onClick={() => void picture(chart(key), 'png')}>
              {t('briefing.export.chartPng', { title })}
            </button>,
            <button key={`svg${key}`} type="button" onClick={() => void picture(chart(key), 'svg')}>
              {t('briefing.export.chartSvg', { title })}
            </button>,
          ])}
          <button type="button" onClick={csv}>
            {t('briefing.export.csv', { n: activities.length })}
          </button>
        </div>
      </details>
      <p role="status" className="export-status">
        {status}
      </p>
      {/* On paper there are no filters to look at: say what the handout shows and where it came from. */}
      <p className="print-only print-view" ref={printView} />
    </div>
  );
}

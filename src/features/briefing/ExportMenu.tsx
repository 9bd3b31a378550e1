import './controls.css';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { activitiesCsv } from '../../domain/activitiesCsv';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleContext';
import type { Activity, Dataset } from '../../domain/types';
import type { ViewState } from '../../state/urlState';
import { downloadBlob, today } from './download';
import { pickView } from './slidePatch';
import { describeView } from './slideText';
import { usePrintMap } from './usePrintMap';
import { useTextContext } from './useTextContext';
import { currentHref } from '../../state/useUrlState';

const SIZE = { width: 1920, height: 1080 };

interface Props {
  data: Dataset;
  /** the activities the filters pick (the CSV) */
  activities: Activity[];
  /** the view on screen, described on prints and exports */
  state: ViewState;
  /** where the map region and the charts region are in the page (features do not import each other) */
  mapSelector: string;
  chartsSelector: string;
}

interface Target {
  svg: SVGSVGElement;
  title: string;
  /** the picture's own heading (a chart panel's, else its figure's), and the figure it belongs to */
  short: string;
  context?: string;
  legendTitle?: string;
  legend: Element[];
  credit?: string;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'chart';

function findMap(selector: string): Target | null {
  const root = document.querySelector(selector);
  const svg = root?.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg');
  if (!root || !svg) return null;
  return {
    svg,
    title: text(root.querySelector('h2')) ?? '',
    short: text(root.querySelector('h2')) ?? 'map',
    legendTitle: text(root.querySelector('.legend-title')),
    legend: [...root.querySelectorAll('.legend li')],
    credit: text(root.querySelector('.attribution')),
  };
}

/** Each chart on screen: a Recharts drawing or a stacked bar chart, titled by its figure's heading (and its panel's, when a figure
 * has several), with the legend items around it. */
function findCharts(selector: string, fallback: string): Target[] {
  const root = document.querySelector(selector);
  if (!root) return [];
  return [...root.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg, .bar-chart > svg')].map((svg) => {
    const figure = svg.closest('figure') ?? root;
    const panel = svg.closest('.series-panel');
    const [head, sub] = [text(figure.querySelector('h3, h2')), text(panel?.querySelector('h4'))];
    const title = [head, sub].filter(Boolean).join(' — ');
    const legend = [
      ...(panel ?? figure).querySelectorAll('.series-key li, .recharts-legend-item'),
      ...figure.querySelectorAll('.stack-legend li, .mark-legend li'),
    ];
    return {
      svg,
      title: title || fallback,
      short: sub ?? head ?? fallback,
      context: sub ? head : undefined,
      legend: [...new Set(legend)],
    };
  });
}

/** Export the map or a chart as a slide-sized picture (PNG or SVG), or the filtered activities as CSV. */
export function ExportMenu({ data, activities, state, mapSelector, chartsSelector }: Props) {
  const { t, lang } = useLocale();
  const c = useTextContext(data);
  const [charts, setCharts] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  usePrintMap(`${mapSelector} .map-frame`);
  // What the view shows, in words: worked out when a picture is saved or the page printed, not on
  // every filter change.
  const viewText = () => describeView(pickView(state), c);
  const printView = useRef<HTMLParagraphElement>(null);
  const describePrint = useEffectEvent(() => {
    if (printView.current) printView.current.textContent = `${viewText()} — ${currentHref()}`;
  });
  useEffect(() => {
    const before = () => describePrint();
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);

  const save = (name: string, blob: Blob) => {
    downloadBlob(name, blob);
    setStatus(t('briefing.export.done', { file: name }));
  };
  const picture = async (find: () => Target | null | undefined, format: 'png' | 'svg') => {
    try {
      // Loaded on the first export: nothing of it is needed to show the dashboard.
      const [{ captureLegend, capturePicture, referencedDefs, svgToPng }, { composeSvg }] = await Promise.all([
        import('./exportDom'),
        import('./exportSvg'),
      ]);
      const target = find();
      if (!target) throw new Error(t('briefing.export.missing'));
      const drawing = capturePicture(target.svg);
      const legend = captureLegend(target.legend);
      const svg = composeSvg({
        ...SIZE,
        lang,
        title: target.short,
        subtitle: [...new Set([target.context, viewText()])].filter(Boolean).join(' · '),
        legendTitle: target.legendTitle,
        legend,
        source: t('briefing.export.source', { date: formatDate(today(), lang) }),
        credit: target.credit,
        picture: drawing,
        defs: referencedDefs(drawing.markup + legend.map((l) => l.icon?.markup ?? '').join('')),
      });
      const file = `atlas-${target.svg.closest('.leaflet-container') ? 'map' : slug(target.short)}-${today()}.${format}`;
      if (format === 'svg') save(file, new Blob([svg], { type: 'image/svg+xml' }));
      else save(file, await svgToPng(svg, SIZE.width, SIZE.height));
    } catch (e) {
      setStatus(t('briefing.export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const csv = () => {
    const body = activitiesCsv(activities, data, lang, c.countryName);
    save(`atlas-activities-${today()}.csv`, new Blob([body], { type: 'text/csv;charset=utf-8' }));
  };
  const chartTarget = (i: number) => findCharts(chartsSelector, t('charts.title'))[i];

  return (
    <div className="export-menu-wrap">
      <details
        className="export-menu"
        onToggle={(e) => {
          if (!e.currentTarget.open) return;
          setCharts(findCharts(chartsSelector, t('charts.title')).map((x) => x.title));
        }}
      >
        <summary>{t('briefing.export.open')}</summary>
        <div className="export-items" role="group" aria-label={t('briefing.export.label')}>
          <button type="button" onClick={() => void picture(() => findMap(mapSelector), 'png')}>
            {t('briefing.export.mapPng')}
          </button>
          <button type="button" onClick={() => void picture(() => findMap(mapSelector), 'svg')}>
            {t('briefing.export.mapSvg')}
          </button>
          {charts.map((title, i) => [
            <button key={`png${i}`} type="button" onClick={() => void picture(() => chartTarget(i), 'png')}>
              {t('briefing.export.chartPng', { title })}
            </button>,
            <button key={`svg${i}`} type="button" onClick={() => void picture(() => chartTarget(i), 'svg')}>
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

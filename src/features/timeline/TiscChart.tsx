import { useMemo } from 'react';
import { programmeColour } from '../../domain/palette';
import { typesOfChart } from '../../domain/programmes';
import { regionOf, spreadEvents, yearPosition } from '../../domain/series';
import type { Activity, Group } from '../../domain/types';
import { formatDate, formatList } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import type { Navigate } from '../../state/useUrlState';
import type { Figures } from './figures';
import { ChartFigure } from './ChartFigure';
import type { TableModel } from './ChartTable';
import { tableRows } from './ChartTable';
import type { ChartSize } from './chartSize';
import { EventTimeline } from './EventTimeline';
import { MarkLegend } from './MarkLegend';
import { SeriesGrid } from './SeriesGrid';
import { withActivities } from './seriesTable';
import { useSeriesFigure } from './useSeriesFigure';

const PANELS = [
  { key: 'centres', ids: ['tisc-centres'] },
  { key: 'countries', ids: ['tisc-countries'] },
] as const;
type Key = (typeof PANELS)[number]['key'];

/** "African Regional Intellectual Property Organization (ARIPO)" → "ARIPO": lane labels must be short. */
const shortName = (name: string) => /[(（]([^)）]+)[)）]\s*$/.exec(name)?.[1] ?? name;

/** TISC: the network's size over time, and the TISC meetings and seminars as events by region. */
export function TiscChart({
  figures,
  navigate,
  size,
  countryName = (c) => c,
}: {
  figures: Figures;
  navigate: Navigate;
  size?: ChartSize;
  countryName?: (iso3: string) => string;
}) {
  const { data, selection } = figures;
  const { t, lang } = useLocale();
  const text = useText();
  const f = useSeriesFigure(data, figures.filters.basis, PANELS);
  const basis = figures.filters.basis;
  const m = useMemo(() => {
    const tisc = typesOfChart(data.programmes, 'tisc');
    const acts = selection.activities.filter(tisc.has);
    const groups = new Map<string, Group>(data.groups.map((g) => [g.id, g]));
    const lane = (a: Activity) => {
      const id = regionOf(a, data.groups);
      const g = id ? groups.get(id) : undefined;
      return g ? shortName(text(g.name).text) : (id ?? t('timeline.tisc.noRegion'));
    };
    const events = spreadEvents(
      acts.map((a) => ({ id: a.id, x: yearPosition(a.start, a.yearBasis, basis), lane: lane(a), activity: a })),
    );
    return { ...withActivities(data, f.series, acts), events, lanes: [...new Set(events.map((e) => e.lane))] };
  }, [selection.activities, data, basis, f.series, t, text]);
  const select = (a: Activity) => {
    if (a.countries[0]) navigate({ country: a.countries[0] }, 'push');
  };
  const title = t('timeline.tisc.title');
  const label = (k: Key) => t(`timeline.tisc.${k}`);
  const events: TableModel = {
    id: 'tisc-events',
    caption: t('timeline.tisc.eventsCaption'),
    columns: [t('timeline.tisc.date'), t('timeline.tisc.event'), t('timeline.tisc.region'), t('timeline.tisc.country')],
    rows: m.events.map((e) => {
      const a = e.activity;
      const name = text(a.title).text;
      const first = a.countries[0];
      return {
        key: a.id,
        head: { text: formatDate(a.start, lang, a.yearBasis === 'jp-fiscal'), raw: a.start },
        cells: [
          { text: name, raw: name },
          { text: e.lane, raw: e.lane },
          { text: formatList(a.countries.map(countryName), lang), raw: a.countries.join(' ') },
        ],
        onSelect: first ? () => select(a) : undefined,
        selectLabel: first ? t('timeline.tisc.select', { country: countryName(first), event: name }) : undefined,
      };
    }),
  };
  return (
    <ChartFigure
      title={title}
      summary={t('timeline.tisc.summary')}
      unit={t('timeline.tisc.unit')}
      basis={basis}
      sources={m.sources}
      conflicts={m.conflicts}
      tables={[...f.tables(label), events]}
      csv={[
        { label: t('timeline.tisc.centres'), filename: 'tisc-network.csv', rows: f.csv },
        { label: t('timeline.tisc.eventsCaption'), filename: 'tisc-events.csv', rows: tableRows(events) },
      ]}
      legend={<MarkLegend basis={basis} placed={f.placed} gaps={false} />}
    >
      <SeriesGrid
        panels={f.panels}
        label={label}
        years={[figures.filters.from, figures.filters.to]}
        basis={basis}
        sources={f.srcMap}
        size={size}
      />
      <h4>{t('timeline.tisc.events')}</h4>
      {m.events.length === 0 ? (
        <p className="chart-empty">{t('timeline.tisc.noEvents')}</p>
      ) : (
        <>
          <p className="chart-hint">{t('timeline.tisc.eventsHint')}</p>
          <EventTimeline
            title={t('timeline.tisc.events')}
            events={m.events}
            lanes={m.lanes}
            basis={basis}
            colour={programmeColour('ip-utilisation')}
            onSelect={select}
            countryName={countryName}
            size={size}
          />
        </>
      )}
    </ChartFigure>
  );
}

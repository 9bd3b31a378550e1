import { useMemo } from 'react';
import { typesOfChart } from '../../domain/programmes';
import { countSteps, targetPaces, type TargetPace } from '../../domain/series';
import type { Dataset, SeriesPoint, YearBasis } from '../../domain/types';
import { formatDate, formatNumber, publisherName, itemSeparator } from '../../i18n/format';
import { formatRate } from '../../i18n/formatChart';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { ChartFigure } from './ChartFigure';
import { tableRows, type TableModel } from './ChartTable';
import type { ChartSize } from './chartSize';
import { MarkLegend } from './MarkLegend';
import { OfficialBars, SmeProgressPlot } from './SmeProgressPlot';
import { useSeriesFigure } from './useSeriesFigure';

// 'sme-official' is reserved for a count published by WIPO or the JPO; the data holds none so far, and
// the chart says so instead of drawing a bar from the lower bound.
const PANELS = [{ key: 'sme', ids: ['sme-targets', 'sme-documented', 'sme-official'] }] as const;

const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** SME and start-up support against its two targets, with a today marker and the pace needed. */
export function SmeChart({
  data,
  basis,
  size,
  today = localToday(),
}: {
  data: Dataset;
  basis: YearBasis;
  size?: ChartSize;
  today?: string;
}) {
  const { t, lang } = useLocale();
  const text = useText();
  const f = useSeriesFigure(data, basis, PANELS);
  const layer = (id: string) => f.panels[0]?.layers.find((l) => l.series.id === id);
  const documented = layer('sme-documented');
  const official = layer('sme-official');
  const steps = countSteps(documented?.series);
  const latest = steps.at(-1);
  const officialLatest = countSteps(official?.series).at(-1);
  // A target dated on the day of its own statement (the 1,000) is an overall target without a deadline.
  const statedOn = (p: SeriesPoint) =>
    p.sources
      .map((s) => f.srcMap.get(s.id)?.date)
      .filter((x): x is string => !!x && x !== 'undated')
      .sort()[0] ?? null;
  // The pace needed and what remains are worked out from an official count only: a lower bound from the
  // few clinics that publish a count would turn missing data into a shortfall.
  const paces = targetPaces(layer('sme-targets')?.series.points ?? [], officialLatest?.value ?? 0, today, statedOn);
  const events = useMemo(() => {
    const sme = typesOfChart(data.programmes, 'sme');
    return data.activities.filter((a) => sme.has(a) && a.figures?.some((x) => x.kind === 'enterprises'));
  }, [data]);
  const title = t('timeline.sme.title');
  const pace = (p: TargetPace) =>
    t(`timeline.sme.pace.${p.status}`, {
      target: formatNumber(p.target, lang),
      date: p.deadline ? formatDate(p.deadline, lang) : '',
      remaining: formatNumber(p.remaining, lang),
      months: formatRate(p.monthsLeft ?? 0, lang),
      pace: formatRate(p.perMonth ?? 0, lang),
    });
  const target = (p: TargetPace) => {
    const vars = { target: formatNumber(p.target, lang), date: p.deadline ? formatDate(p.deadline, lang) : '' };
    if (!p.deadline) return t('timeline.sme.overall', vars);
    return t(p.deadline < today ? 'timeline.sme.noOfficialPassed' : 'timeline.sme.noOfficialYet', vars);
  };
  const lastEvent = [...events].sort((a, b) => a.start.localeCompare(b.start)).at(-1);
  const lastFigure = lastEvent?.figures?.find((x) => x.kind === 'enterprises');
  const eventTable: TableModel = {
    id: 'sme-events',
    caption: t('timeline.sme.eventsCaption'),
    columns: [t('timeline.tisc.date'), t('timeline.tisc.event'), t('timeline.sme.enterprises')],
    rows: events.map((a) => {
      const fig = a.figures?.find((x) => x.kind === 'enterprises');
      const n = fig
        ? fig.qualifier
          ? t(`timeline.q.${fig.qualifier}`, { v: formatNumber(fig.value, lang) })
          : formatNumber(fig.value, lang)
        : '';
      return {
        key: a.id,
        head: { text: formatDate(a.start, lang), raw: a.start },
        cells: [
          { text: text(a.title).text, raw: text(a.title).text },
          { text: n, raw: fig?.value ?? null },
        ],
      };
    }),
  };
  return (
    <ChartFigure
      title={title}
      summary={t('timeline.sme.summary')}
      unit={t('timeline.sme.unit')}
      basis={f.basis}
      sources={f.sources}
      conflicts={f.conflicts}
      tables={[...f.tables(() => t('timeline.sme.countsCaption')), eventTable]}
      csv={[
        { label: t('timeline.sme.countsCaption'), filename: 'sme-counts-and-targets.csv', rows: f.csv },
        { label: t('timeline.sme.events'), filename: 'sme-events.csv', rows: tableRows(eventTable) },
      ]}
      legend={<MarkLegend basis={f.basis} placed={documented?.placed ?? []} gaps={false} />}
      notes={
        <div className="sme-notes">
          {officialLatest ? (
            <OfficialBars count={officialLatest.value} paces={paces} size={size} />
          ) : (
            <p className="chart-statement">{t('timeline.sme.noOfficial')}</p>
          )}
          {officialLatest ? (
            <>
              <p>
                {latest
                  ? t('timeline.sme.latest', {
                      n: formatNumber(latest.value, lang),
                      date: formatDate(latest.date, lang),
                    })
                  : t('timeline.sme.noLatest')}
              </p>
              <p className="legend-title">{t('timeline.sme.paceTitle')}</p>
              <ul className="pace-list">
                {paces.map((p) => (
                  <li key={p.target}>{pace(p)}</li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p className="legend-title">{t('timeline.sme.targetsTitle')}</p>
              <ul className="pace-list">
                {paces.map((p) => (
                  <li key={p.target}>{target(p)}</li>
                ))}
              </ul>
              <p className="sme-latest">
                {lastEvent && lastFigure
                  ? t('timeline.sme.latestEvent', {
                      n: t(`timeline.q.${lastFigure.qualifier ?? 'at-least'}`, {
                        v: `${formatNumber(lastFigure.value, lang)}${lang === 'ja' ? '' : ' '}${t('timeline.sme.enterprisesUnit')}`,
                      }),
                      event: text(lastEvent.title).text,
                      date: formatDate(lastEvent.start, lang),
                      source: lastEvent.sources
                        .map((r) => {
                          const s = f.srcMap.get(r.id);
                          return s ? publisherName(s, lang) : r.id;
                        })
                        .filter((x, i, all) => all.indexOf(x) === i)
                        .join(itemSeparator(lang)),
                    })
                  : t('timeline.sme.noLatest')}
              </p>
            </>
          )}
        </div>
      }
    >
      <SmeProgressPlot
        documented={documented?.placed ?? []}
        values={steps.map((s) => s.value)}
        paces={paces}
        today={today}
        basis={f.basis}
        series={documented ? [documented.series] : []}
        sources={f.srcMap}
        size={size}
      />
      <h4>{t('timeline.sme.events')}</h4>
      {events.length === 0 ? (
        <p>{t('timeline.sme.noEvents')}</p>
      ) : (
        <ul className="event-list">
          {eventTable.rows.map((r) => (
            <li key={r.key}>
              {t('timeline.sme.eventItem', {
                date: r.head.text,
                event: r.cells[0]?.text ?? '',
                n: r.cells[1]?.text ?? '',
              })}
            </li>
          ))}
        </ul>
      )}
    </ChartFigure>
  );
}

// The chart of a slide as data for a native PowerPoint chart: the same series, years and values as the
// chart on screen, worked out with the same domain functions.
// SEAM: the timeline feature draws these charts, and features do not import each other. Until each chart
// hands its data over through the export registry, the series each chart shows first are named here
// (the first panel of each figure in features/timeline); replace CHART_SERIES with the registry then.
import { dataExtent } from '../../domain/extent';
import { programmeColour, seriesColour } from '../../domain/palette';
import { lineKey, placePoints, stackByYear, yearlyRows } from '../../domain/series';
import type { Series } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import type { DeckChart, DeckSeries } from './deck';
import type { SlideModel } from './slideModel';
import { local, type TextContext } from './slideText';

const CHART_SERIES = {
  contribution: ['contribution-jpy-annual', 'contribution-jpy-africa-increment', 'sme-support-jpy'],
  experts: ['experts-dispatched'],
  tisc: ['tisc-centres'],
  sme: ['sme-targets', 'sme-documented', 'sme-official'],
  people: ['mip-graduates', 'mip-alumni-africa-university'],
} as const;

// Only flows (a year's amount) are joined by a line, as on the dashboard; stocks stand alone.
const FLOWS = new Set(['annual', 'budget', 'request']);

// The app's palette, as PowerPoint writes colours: hex without '#'.
const ppt = (hex: string) => hex.replace('#', '').toUpperCase();

/** The chart the slide's view shows, as categories (years) and series; null when it has nothing to draw. */
export function deckChart(model: SlideModel, c: TextContext): DeckChart | null {
  const { view, dashboard } = model;
  const { filters, selection } = dashboard;
  const fiscal = filters.basis === 'jp-fiscal';
  const yearLabel = (y: number) => formatDate(String(y), c.lang, fiscal);
  const years = c.t(fiscal ? 'briefing.deck.years.fiscal' : 'briefing.deck.years.calendar');
  if (view.chart === 'activities') {
    if (selection.activities.length === 0) return null;
    const all = stackByYear(selection, filters.basis, 'programme', [filters.from, filters.to]);
    // From the first year with an activity, as the chart on screen (domain/extent.ts).
    const first = dataExtent(
      all.rows.filter((r) => r.total > 0).map((r) => r.year),
      [filters.from, filters.to],
      true,
    )?.span[0];
    const stack = { ...all, rows: all.rows.filter((r) => first === undefined || r.year >= first) };
    const order = c.data.programmes.map((p) => p.id);
    const keys = [...order.filter((id) => stack.keys.includes(id)), ...stack.keys.filter((k) => !order.includes(k))];
    return {
      type: 'bar',
      stacked: true,
      title: c.t('timeline.activities.title'),
      categories: stack.rows.map((r) => yearLabel(r.year)),
      // A year with no activity recorded is a real count of 0 here, not a missing figure.
      series: keys.map((k) => {
        const p = c.data.programmes.find((x) => x.id === k);
        return {
          name: p ? local(p.name, c.lang) : k,
          values: stack.rows.map((r) => r.counts[k] ?? 0),
          colour: ppt(programmeColour(k)),
          basis: c.t('briefing.deck.unit.activities'),
        };
      }),
      unit: `${c.t('briefing.deck.unit.activities')} · ${years}`,
    };
  }
  const found = CHART_SERIES[view.chart]
    .map((id) => c.data.series.find((s) => s.id === id))
    .filter((s): s is Series => s !== undefined);
  // One axis, one unit: yen and francs (or people and cohorts) never share a chart.
  const series = found.filter((s) => s.unit === found[0]?.unit);
  if (series.length === 0) return null;
  // The figures within the selected years, from the first of them, as the chart on screen.
  const placed = series
    .flatMap((s) => placePoints(s, filters.basis))
    .filter((p) => p.year >= filters.from && p.year <= filters.to);
  if (placed.length === 0) return null;
  // One line per series and basis: a press estimate or a conversion is never joined to budget figures.
  const keys = [...new Set(placed.map(lineKey))];
  const rows = yearlyRows(
    placed.map((p) => ({ ...p, seriesId: lineKey(p) })),
    keys,
  );
  const out: DeckSeries[] = keys.map((k) => {
    const i = series.findIndex((s) => k.startsWith(`${s.id}|`));
    const s = series[i] as Series;
    const own = placed.filter((p) => lineKey(p) === k);
    const basis = own[0]?.point.basis ?? 'actual';
    const name = local(s.title, c.lang);
    const kinds = [...new Set(own.map((p) => c.t(`briefing.deck.kind.${p.point.kind}`)))].join(', ');
    return {
      name:
        keys.filter((x) => x.startsWith(`${s.id}|`)).length > 1
          ? `${name} (${c.t(`briefing.deck.basis.${basis}`)})`
          : name,
      values: rows.map((r) => r.values[k] ?? null),
      colour: ppt(seriesColour(i)),
      basis: `${kinds}; ${c.t(`briefing.deck.basis.${basis}`)}`,
      joined: own.some((p) => FLOWS.has(p.point.kind)),
    };
  });
  const unit = series[0]?.unit ?? 'people';
  return {
    type: 'line',
    title: c.t(`timeline.${view.chart}.title`),
    categories: rows.map((r) => yearLabel(r.year)),
    series: out,
    unit: `${c.t(`briefing.deck.unit.${unit}`)} · ${years}`,
  };
}

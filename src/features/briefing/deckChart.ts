// The chart of a slide as data for a native PowerPoint chart: the same series, years and values as the
// chart on screen, worked out with the same domain functions.
// SEAM: the timeline feature draws these charts, and features do not import each other. Until each chart
// hands its data over through the export registry, the series each chart shows first are named here
// (the first panel of each figure in features/timeline); replace CHART_SERIES with the registry then.
import { activitiesFor } from '../../domain/aggregate';
import { dataExtent } from '../../domain/extent';
import { programmeColour, seriesColour } from '../../domain/palette';
import { selectWhere, type Selection } from '../../domain/selection';
import { stackByYear } from '../../domain/series';
import type { Series } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import type { DeckChart, DeckSeries } from './deck';
import { ppt, seriesChart } from './deckSeriesChart';
import type { SlideModel } from './slideModel';
import { local, type TextContext } from './slideText';

const CHART_SERIES = {
  contribution: ['contribution-jpy-annual', 'contribution-jpy-africa-increment', 'sme-support-jpy'],
  experts: ['experts-dispatched'],
  tisc: ['tisc-centres'],
  sme: ['sme-targets', 'sme-documented', 'sme-official'],
  people: ['mip-graduates', 'mip-alumni-africa-university'],
} as const;

/** Activities counted in the year they start, one bar segment per programme (in the data's order), from
 * the first year with an activity, as the chart on screen (domain/extent.ts). */
function activityBars(sel: Selection, model: SlideModel, c: TextContext, title: string, via?: Selection): DeckChart {
  const { filters } = model.dashboard;
  const selected: [number, number] = [filters.from, filters.to];
  const own = stackByYear(sel, filters.basis, 'programme', selected);
  const viaAll = via && via.activities.length > 0 ? stackByYear(via, filters.basis, 'programme', selected) : null;
  const counted = [...own.rows, ...(viaAll?.rows ?? [])].filter((r) => r.total > 0).map((r) => r.year);
  const first = dataExtent(counted, selected, true)?.span[0] ?? filters.from;
  const from = <T extends { rows: { year: number }[] }>(x: T): T => ({
    ...x,
    rows: x.rows.filter((r) => r.year >= first),
  });
  const stack = from(own);
  const order = c.data.programmes.map((p) => p.id);
  const keys = [...order.filter((id) => stack.keys.includes(id)), ...stack.keys.filter((k) => !order.includes(k))];
  const unit = c.t('briefing.deck.unit.activities');
  // A year with no activity recorded is a real count of 0 here, not a missing figure.
  const series: DeckSeries[] = keys.map((k) => {
    const p = c.data.programmes.find((x) => x.id === k);
    return {
      name: p ? local(p.name, c.lang) : k,
      values: stack.rows.map((r) => r.counts[k] ?? 0),
      colour: ppt(programmeColour(k)),
      basis: unit,
    };
  });
  const through = viaAll ? from(viaAll) : null;
  if (through)
    series.push({
      name: c.t('briefing.chart.through'),
      values: through.rows.map((r) => r.total),
      colour: ppt(seriesColour(2)),
      basis: unit,
    });
  return {
    type: 'bar',
    stacked: true,
    title,
    categories: stack.rows.map((r) => yearLabel(r.year, model, c)),
    series,
    unit: `${unit} · ${years(model, c)}`,
  };
}

const fiscal = (model: SlideModel) => model.dashboard.filters.basis === 'jp-fiscal';
const yearLabel = (y: number, model: SlideModel, c: TextContext) => formatDate(String(y), c.lang, fiscal(model));
const years = (model: SlideModel, c: TextContext) =>
  c.t(fiscal(model) ? 'briefing.deck.years.fiscal' : 'briefing.deck.years.calendar');

/** The chart the slide's view shows, as categories (years) and series; null when it has nothing to draw. */
export function deckChart(model: SlideModel, c: TextContext): DeckChart | null {
  const { view, dashboard } = model;
  const { selection } = dashboard;
  if (view.country) {
    // A country's slide shows the country's own figures. No series of series.json is broken down by
    // country, so whatever chart the view names, the slide draws the country's activities from the records.
    const { direct, via } = activitiesFor(view.country, selection.activities, c.data.groups);
    if (direct.length + via.length === 0) return null;
    const own = new Set(direct);
    const through = new Set(via.map((v) => v.activity));
    const title = c.t('briefing.chart.countryActivities', { country: c.countryName(view.country) });
    return activityBars(
      selectWhere(selection, (a) => own.has(a)),
      model,
      c,
      title,
      selectWhere(selection, (a) => through.has(a)),
    );
  }
  // The series are the WIPO fund's figures: on a slide about another partner's work (JICA) they would be
  // read as that partner's, so such a slide draws its own activities.
  if (view.chart === 'activities' || (view.partner !== null && view.partner !== 'WIPO')) {
    if (selection.activities.length === 0) return null;
    return activityBars(selection, model, c, c.t('timeline.activities.title'));
  }
  // The treaty chart has no native twin: a story shows treaty membership with its own slide topic.
  if (view.chart === 'treaties') return null;
  const found = CHART_SERIES[view.chart]
    .map((id) => c.data.series.find((s) => s.id === id))
    .filter((s): s is Series => s !== undefined);
  // One axis, one unit: yen and francs (or people and cohorts) never share a chart.
  const series = found.filter((s) => s.unit === found[0]?.unit);
  if (series.length === 0) return null;
  const unit = series[0]?.unit ?? 'people';
  const { basis, from, to } = dashboard.filters;
  const drawn = seriesChart(series, basis, [from, to], c, (y) => yearLabel(y, model, c));
  if (drawn.categories.length === 0) return null;
  return {
    type: 'line',
    title: c.t(`timeline.${view.chart}.title`),
    ...drawn,
    unit: `${c.t(`briefing.deck.unit.${unit}`)} · ${years(model, c)}`,
  };
}

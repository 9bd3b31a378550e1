// A series chart of a slide as a native chart's data: one line per series and basis (a press estimate or a
// conversion is never joined to budget figures), each figure with the dashboard's mark, each target a
// series of its own at its deadline (never joined to counts), or a line across the chart when it has none.
import { markKeys, markOf, type Mark, type MarkKey } from '../../domain/marks';
import { seriesColour } from '../../domain/palette';
import { lineKey, placePoints, yearlyRows, type Placed } from '../../domain/series';
import type { Series, SeriesPoint, YearBasis } from '../../domain/types';
import { bracketed, formatDate, formatNumber, joinWords } from '../../i18n/format';
import type { DeckChart, DeckSeries } from './deck';
import { local, type TextContext } from './slideText';

// Only flows (a year's amount) are joined by a line, as on the dashboard; stocks stand alone.
const FLOWS = new Set(['annual', 'budget', 'request']);

// SEAM (see deckChart.ts): series whose every figure is a documented lower bound, never a total.
const LOWER_BOUNDS = new Set(['sme-documented']);

// The app's palette, as PowerPoint writes colours: hex without '#'.
export const ppt = (hex: string) => hex.replace('#', '').toUpperCase();

/** The legend's sample of each kind of mark (the conflict's "≠" is drawn as text: no mark). */
const SAMPLES: Record<MarkKey, Mark | null> = {
  exact: { shape: 'dot', open: false },
  approx: { shape: 'dot', open: true },
  derived: { shape: 'dot', open: true, dash: '2 2' },
  estimate: { shape: 'up', open: true, dash: '3 2' },
  shifted: { shape: 'down', open: false },
  target: { shape: 'diamond', open: true },
  conflict: null,
};

export function markLegend(placed: Placed[], basis: YearBasis, c: TextContext): DeckChart['legend'] {
  return markKeys(placed).map((key) => ({
    key,
    mark: SAMPLES[key],
    label: c.t(
      key !== 'shifted'
        ? `briefing.chart.mark.${key}`
        : basis === 'jp-fiscal'
          ? 'briefing.chart.mark.shiftedCal'
          : 'briefing.chart.mark.shiftedFy',
    ),
  }));
}

/** "more than 50": a figure with its qualifier, in the active language. */
const stated = (p: SeriesPoint, c: TextContext) => {
  const n = formatNumber(p.value, c.lang);
  return p.qualifier ? c.t(`timeline.q.${p.qualifier}`, { v: n }) : n;
};

/** The series of one chart of the same unit, placed on the year axis of `basis`: the figures within the
 * selected years, from the first of them, as the chart on screen. */
export function seriesChart(
  series: Series[],
  basis: YearBasis,
  [from, to]: readonly [number, number],
  c: TextContext,
  yearLabel: (y: number) => string,
): Pick<DeckChart, 'categories' | 'series' | 'legend'> {
  const placed = series.flatMap((s) => placePoints(s, basis)).filter((p) => p.year >= from && p.year <= to);
  // A target is not a figure of the series' line: it stands alone at its deadline.
  const said = (p: SeriesPoint) =>
    p.sources
      .map((s) => c.data.sources.find((x) => x.id === s.id)?.date)
      .filter((d): d is string => !!d && d !== 'undated')
      .sort()[0] ?? null;
  // Dated on or before the day of its own statement, a target is an overall one, without a deadline.
  const deadline = (p: Placed) => {
    const on = said(p.point);
    return !on || p.point.date > on ? p.point.date : null;
  };
  const targets = placed.filter((p) => p.point.kind === 'target');
  const dated = targets.filter((p) => deadline(p) !== null);
  const overall = targets.filter((p) => !dated.includes(p));
  const figures = placed.filter((p) => p.point.kind !== 'target');
  const keys = [...new Set(figures.map(lineKey))];
  const rows = yearlyRows(
    [...figures, ...dated].map((p) => ({ ...p, seriesId: dated.includes(p) ? `target|${p.point.date}` : lineKey(p) })),
    keys,
  );
  const colourOf = (id: string) => seriesColour(Math.max(0, series.map((s) => s.id).indexOf(id)));
  const titleOf = (id: string) => local(series.find((s) => s.id === id)?.title ?? { en: id }, c.lang);
  const drawn: Placed[] = [];
  const lines: DeckSeries[] = keys.map((k) => {
    const own = figures.filter((p) => lineKey(p) === k);
    const first = own[0] as Placed;
    const { basis: pb } = first.point;
    const name = titleOf(first.seriesId);
    const kindWords = [...new Set(own.map((p) => c.t(`briefing.deck.kind.${p.point.kind}`)))];
    const kinds = joinWords(kindWords, c.lang);
    // The figure each year's value is drawn from (the latest of the year, as yearlyRows chooses).
    const at = rows.map((r) => {
      const v = r.values[k];
      return v === null || v === undefined
        ? null
        : (own.filter((p) => p.year === r.year && p.point.value === v).at(-1) ?? null);
    });
    drawn.push(...at.filter((p): p is Placed => p !== null));
    const lastAt = at.findLastIndex((p) => p !== null);
    const lower = LOWER_BOUNDS.has(first.seriesId);
    const basisWord = c.t(`briefing.deck.basis.${pb}`);
    const split = keys.filter((x) => x.startsWith(`${first.seriesId}|`)).length > 1;
    return {
      // The basis is said once: in the name of a series drawn as one line per basis, else after the kinds
      // unless a kind already says it (never "… (actual) (yearly figure; actual)" or "(budget; budget)" in
      // a key read from across a room).
      name: split ? name + bracketed(basisWord, c.lang) : name,
      values: at.map((p) => p?.point.value ?? null),
      colour: ppt(colourOf(first.seriesId)),
      basis: split || kindWords.includes(basisWord) ? kinds : `${kinds}${c.lang === 'ja' ? '、' : '; '}${basisWord}`,
      joined: own.some((p) => FLOWS.has(p.point.kind)),
      marks: at.map((p) => (p ? markOf(p) : null)),
      // The lower bound says so at its latest figure; a figure another source contradicts carries "≠".
      labels: at.map((p, i) =>
        p && lower && i === lastAt
          ? c.t('briefing.chart.lowerBound', { n: stated(p.point, c) })
          : p?.conflict
            ? '≠'
            : null,
      ),
    };
  });
  const targetSeries = (p: Placed, by: string | null): DeckSeries => {
    const label = by
      ? c.t('briefing.chart.targetBy', { n: formatNumber(p.point.value, c.lang), date: formatDate(by, c.lang) })
      : c.t('briefing.chart.targetOverall', { n: formatNumber(p.point.value, c.lang) });
    const i = rows.findIndex((r) => r.year === p.year);
    // Only a target at its deadline is a mark (a diamond); one without is the line, with its words.
    if (by !== null) drawn.push(p);
    return {
      name: label,
      values: rows.map((_, k) => (by === null || k === i ? p.point.value : null)),
      colour: ppt(colourOf(p.seriesId)),
      basis: c.t('briefing.deck.basis.target'),
      joined: false,
      marks: rows.map((_, k) => (by !== null && k === i ? markOf(p) : null)),
      labels: rows.map((_, k) => (by !== null && k === i ? label : null)),
      ...(by === null ? { reference: true } : {}),
    };
  };
  const out = [
    ...lines,
    ...dated.map((p) => targetSeries(p, deadline(p))),
    ...overall.map((p) => targetSeries(p, null)),
  ];
  return { categories: rows.map((r) => yearLabel(r.year)), series: out, legend: markLegend(drawn, basis, c) };
}

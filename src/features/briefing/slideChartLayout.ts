// The slide's chart laid out for a projector: the same categories and series as the deck's native chart
// (deckChart.ts), placed in the box the slide gives it with the room's type size. Plain geometry, no DOM:
// `measure` says how wide a label is set in that type.
import type { Mark } from '../../domain/marks';
import { niceTicks, thinLabels } from '../../domain/ticks';
import type { DeckChart } from './deck';

export interface ChartBox {
  width: number;
  height: number;
  /** the type size of every label, in px */
  font: number;
}

export interface SlideChartLayout {
  plot: { x: number; y: number; width: number; height: number };
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
  bars: { x: number; y: number; width: number; height: number; colour: string }[];
  /** one path per series, broken where a year has no figure (a series that is not joined: all moves) */
  lines: { d: string; colour: string }[];
  /** each figure with its mark (as on the dashboard) */
  points: { x: number; y: number; colour: string; mark: Mark }[];
  /** targets without a deadline: a dashed line across the plot at their value, with its words */
  refs: { y: number; colour: string; label: string; labelX: number; labelY: number }[];
  /** words beside a figure ("target: 627 by 27 June 2026", "lower bound: more than 50", "≠"), kept in the box */
  labels: { x: number; y: number; text: string; anchor: 'start' | 'end' }[];
}

const DOT: Mark = { shape: 'dot', open: false };

const r = (n: number) => Math.round(n * 10) / 10;

/** Null when the box is too small to draw in (not measured yet). */
export function slideChartLayout(
  chart: DeckChart,
  box: ChartBox,
  measure: (text: string) => number,
  tick: (value: number) => string,
): SlideChartLayout | null {
  const { width, height, font } = box;
  const n = chart.categories.length;
  if (width < font * 8 || height < font * 5 || n === 0) return null;
  const stacked = chart.type === 'bar' && chart.stacked === true;
  const tops = chart.categories.map((_, i) =>
    stacked
      ? chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)
      : Math.max(0, ...chart.series.map((s) => s.values[i] ?? 0)),
  );
  // Room above the highest figure for the words written over it.
  const worded = chart.series.some((s) => s.reference || s.labels?.some((l) => l));
  const ticks = niceTicks(Math.max(0, ...tops) * (worded ? 1.15 : 1), chart.type === 'bar');
  const top = ticks.at(-1) ?? 1;
  const yText = ticks.map(tick);
  const xWidths = chart.categories.map(measure);
  const left = Math.ceil(Math.max(...yText.map(measure)) + font * 0.6);
  const right = Math.ceil((xWidths.at(-1) ?? 0) / 2 + font * 0.3);
  const plot = { x: left, y: Math.ceil(font * 0.7), width: width - left - right, height: 0 };
  plot.height = height - plot.y - Math.ceil(font * 1.7);
  if (plot.width <= 0 || plot.height <= 0) return null;
  const band = plot.width / n;
  const cx = (i: number) => plot.x + band * (i + 0.5);
  const cy = (v: number) => plot.y + plot.height * (1 - v / top);

  const bars: SlideChartLayout['bars'] = [];
  if (chart.type === 'bar') {
    const each = stacked ? 1 : chart.series.length;
    const w = (band * 0.72) / each;
    chart.categories.forEach((_, i) => {
      let base = 0;
      chart.series.forEach((s, k) => {
        const v = s.values[i] ?? 0;
        if (v <= 0) return;
        const x = cx(i) - (band * 0.72) / 2 + (stacked ? 0 : k * w);
        const from = stacked ? base : 0;
        bars.push({
          x: r(x),
          y: r(cy(from + v)),
          width: r(w),
          height: r(cy(from) - cy(from + v)),
          colour: `#${s.colour}`,
        });
        base += v;
      });
    });
  }
  const lines: SlideChartLayout['lines'] = [];
  const points: SlideChartLayout['points'] = [];
  const refs: SlideChartLayout['refs'] = [];
  const labels: SlideChartLayout['labels'] = [];
  const gap = font * 0.6;
  /** Beside the figure at (x, y), above it: to its right, or to its left where the box ends first. */
  const word = (x: number, y: number, text: string) => {
    // One "≠" per year says it for every figure of that year, as on the dashboard.
    if (text === '≠' && labels.some((l) => l.text === text && Math.abs(l.x - x - gap) < 1)) return;
    const w = measure(text);
    const after = x + gap + w <= width;
    const at = after ? x + gap : Math.max(w, x - gap);
    labels.push({ x: r(at), y: r(Math.max(font, y - gap)), text, anchor: after ? 'start' : 'end' });
  };
  if (chart.type === 'line') {
    for (const s of chart.series) {
      const colour = `#${s.colour}`;
      const first = s.values.find((v) => v !== null);
      if (s.reference && first !== null && first !== undefined) {
        const y = r(cy(first));
        refs.push({ y, colour, label: s.name, labelX: r(plot.x + gap / 2), labelY: r(Math.max(font, y - gap / 2)) });
        continue;
      }
      let d = '';
      let joined = false;
      s.values.forEach((v, i) => {
        if (v === null) {
          joined = false;
          return;
        }
        d += `${joined ? 'L' : 'M'}${r(cx(i))} ${r(cy(v))}`;
        joined = s.joined !== false;
        points.push({ x: r(cx(i)), y: r(cy(v)), colour, mark: s.marks?.[i] ?? DOT });
        const text = s.labels?.[i];
        if (text) word(cx(i), cy(v), text);
      });
      lines.push({ d, colour });
    }
  }
  return {
    plot,
    yTicks: ticks.map((v, i) => ({ y: r(cy(v)), label: yText[i] ?? '' })),
    xLabels: thinLabels(xWidths, band, font).map((i) => ({ x: r(cx(i)), label: chart.categories[i] ?? '' })),
    bars,
    lines,
    points,
    refs,
    labels,
  };
}

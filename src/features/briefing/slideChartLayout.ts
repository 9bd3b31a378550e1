// The slide's chart laid out for a projector: the same categories and series as the deck's native chart
// (deckChart.ts), placed in the box the slide gives it with the room's type size. Plain geometry, no DOM:
// `measure` says how wide a label is set in that type.
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
  points: { x: number; y: number; colour: string }[];
}

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
  const ticks = niceTicks(Math.max(0, ...tops), chart.type === 'bar');
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
  if (chart.type === 'line') {
    for (const s of chart.series) {
      let d = '';
      let joined = false;
      s.values.forEach((v, i) => {
        if (v === null) {
          joined = false;
          return;
        }
        d += `${joined ? 'L' : 'M'}${r(cx(i))} ${r(cy(v))}`;
        joined = s.joined !== false;
        points.push({ x: r(cx(i)), y: r(cy(v)), colour: `#${s.colour}` });
      });
      lines.push({ d, colour: `#${s.colour}` });
    }
  }
  return {
    plot,
    yTicks: ticks.map((v, i) => ({ y: r(cy(v)), label: yText[i] ?? '' })),
    xLabels: thinLabels(xWidths, band, font).map((i) => ({ x: r(cx(i)), label: chart.categories[i] ?? '' })),
    bars,
    lines,
    points,
  };
}

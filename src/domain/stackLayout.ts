import type { StackRow } from './series';
import { niceTicks, thinLabels } from './ticks';

export interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface StackLayout {
  /** the plotting area, in the drawing's pixels */
  plot: { x: number; y: number; width: number; height: number };
  /** the width each year owns */
  slotWidth: number;
  /** a band per year: the slot it owns (for pointing) and its bar, the first key at the bottom */
  bars: {
    year: number;
    slot: number;
    x: number;
    width: number;
    segments: { key: string; y: number; height: number }[];
  }[];
  yTicks: { value: number; y: number }[];
  /** indices into `bars` whose year is labelled on the x axis */
  xLabels: number[];
}

/** Where each year's stacked bar, each axis tick and each year label of a stacked bar chart go.
 * Pure geometry, so the chart component only draws; `labelWidth` says how wide a year's label is. */
export function stackLayout(
  rows: StackRow[],
  keys: string[],
  size: { width: number; height: number },
  margin: Box,
  labelWidth: (year: number) => number,
): StackLayout {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, size.width - margin.left - margin.right),
    height: Math.max(0, size.height - margin.top - margin.bottom),
  };
  const ticks = niceTicks(Math.max(0, ...rows.map((r) => r.total)), true);
  const top = ticks.at(-1) ?? 1;
  const yOf = (v: number) => plot.y + plot.height - (plot.height * v) / top;
  const slot = rows.length > 0 ? plot.width / rows.length : 0;
  // Bars fill 80 % of their slot (the gap keeps neighbouring years apart), and never grow absurdly wide.
  const barWidth = Math.min(slot * 0.8, 64);
  const bars = rows.map((r, i) => {
    const segments: { key: string; y: number; height: number }[] = [];
    let cum = 0;
    for (const key of keys) {
      const n = r.counts[key] ?? 0;
      if (n <= 0) continue;
      const y = yOf(cum + n);
      segments.push({ key, y, height: yOf(cum) - y });
      cum += n;
    }
    return {
      year: r.year,
      slot: plot.x + i * slot,
      x: plot.x + i * slot + (slot - barWidth) / 2,
      width: barWidth,
      segments,
    };
  });
  return {
    plot,
    slotWidth: slot,
    bars,
    yTicks: ticks.map((value) => ({ value, y: yOf(value) })),
    xLabels: thinLabels(
      rows.map((r) => labelWidth(r.year)),
      slot,
      12,
    ),
  };
}

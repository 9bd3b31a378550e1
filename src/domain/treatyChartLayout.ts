// Geometry of the timeline's treaty chart (treatyTimeline.ts): a step line per treaty over the years,
// a mark on the step for each change, and under the plot a band of small bars for the countries with
// activities each year, on a scale of its own. Pure, so the chart component only draws.
import type { Box } from './stackLayout';
import { niceTicks, thinLabels } from './ticks';
import type { ChangeKind, TreatyChange, TreatyTimeline } from './treatyTimeline';

export interface TreatyLine {
  /** the treaty, and whether this line counts its members or those covered through a regional body */
  treaty: string;
  via: boolean;
  values: (number | null)[];
}

export interface PlacedChange {
  change: TreatyChange;
  x: number;
  y: number;
}

export interface TreatyChartLayout {
  plot: { x: number; y: number; width: number; height: number };
  /** the activities' band under the plot */
  band: { y: number; height: number; max: number };
  slotWidth: number;
  /** each year's slot: its left edge, and its activities' bar (height 0 for none) */
  years: { year: number; slot: number; bar: { x: number; y: number; width: number; height: number } }[];
  /** one path per line: a step that rises or falls at the start of the year it changed in */
  paths: { line: TreatyLine; d: string }[];
  marks: PlacedChange[];
  yTicks: { value: number; y: number }[];
  /** indices into `years` whose year is labelled */
  xLabels: number[];
  /** the y of a count on the plot's scale */
  yOf: (v: number) => number;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** A step through `values`: flat across each year's slot, vertical where two neighbours differ,
 * broken where a year has no count (null). */
export function stepPath(values: readonly (number | null)[], left: (i: number) => number, yOf: (v: number) => number) {
  let d = '';
  let open = false;
  values.forEach((v, i) => {
    if (v === null) {
      open = false;
      return;
    }
    d += `${open ? 'L' : 'M'}${r2(left(i))} ${r2(yOf(v))}H${r2(left(i + 1))}`;
    open = true;
  });
  return d;
}

/** Where the marks of one year's changes sit: joinings one per count up the riser of the members'
 * line, withdrawals down it, coverage through a body on the body's line. */
function placeChanges(
  t: TreatyTimeline,
  lines: TreatyLine[],
  left: (i: number) => number,
  yOf: (v: number) => number,
): PlacedChange[] {
  const valueAt = (treaty: string, via: boolean, i: number) =>
    lines.find((l) => l.treaty === treaty && l.via === via)?.values[i] ?? 0;
  const seen = new Map<string, number>();
  const out: PlacedChange[] = [];
  for (const change of t.changes) {
    const i = change.year - t.span[0];
    const via = change.kind === 'via';
    if (!lines.some((l) => l.treaty === change.treaty && l.via === via)) continue;
    const key = `${change.treaty}|${change.year}|${change.kind}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const level = valueAt(change.treaty, via, i);
    const kinds: Record<ChangeKind, number> = {
      joined: level - k,
      listed: level - k,
      via: level - k,
      withdrew: level + 1 + k,
    };
    out.push({ change, x: r2(left(i)), y: r2(yOf(Math.max(0, kinds[change.kind]))) });
  }
  return out;
}

/** Lays the chart out in `size`: the plot's scale runs to the highest count, the band's to the most
 * countries with activities in one year. */
export function treatyChartLayout(
  t: TreatyTimeline,
  lines: TreatyLine[],
  size: { width: number; height: number },
  margin: Box,
  bandHeight: number,
  labelWidth: (year: number) => number,
): TreatyChartLayout {
  const gap = 30;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, size.width - margin.left - margin.right),
    height: Math.max(0, size.height - margin.top - margin.bottom - bandHeight - gap),
  };
  // The scale runs to the highest line (the axis' label says out of how many countries reached).
  const ticks = niceTicks(Math.max(1, ...lines.flatMap((l) => l.values.map((v) => v ?? 0))), true);
  const top = ticks.at(-1) ?? 1;
  const yOf = (v: number) => plot.y + plot.height - (plot.height * v) / top;
  const slot = t.rows.length > 0 ? plot.width / t.rows.length : 0;
  const left = (i: number) => plot.x + i * slot;
  const band = { y: plot.y + plot.height + gap, height: bandHeight, max: Math.max(1, ...t.rows.map((r) => r.active)) };
  const barWidth = Math.min(slot * 0.6, 28);
  const years = t.rows.map((r, i) => {
    const h = (band.height * r.active) / band.max;
    return {
      year: r.year,
      slot: left(i),
      bar: {
        x: r2(left(i) + (slot - barWidth) / 2),
        y: r2(band.y + band.height - h),
        width: r2(barWidth),
        height: r2(h),
      },
    };
  });
  return {
    plot,
    band,
    slotWidth: slot,
    years,
    paths: lines.map((line) => ({ line, d: stepPath(line.values, left, yOf) })),
    marks: placeChanges(t, lines, left, yOf),
    yTicks: ticks.map((value) => ({ value, y: yOf(value) })),
    xLabels: thinLabels(
      t.rows.map((r) => labelWidth(r.year)),
      slot,
      12,
    ),
    yOf,
  };
}

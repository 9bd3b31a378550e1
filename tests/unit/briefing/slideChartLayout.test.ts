// The slide's chart laid out for the room: inside its box, gaps kept, labels apart.
import { describe, expect, it } from 'vitest';
import type { DeckChart } from '../../../src/features/briefing/deck';
import { slideChartLayout } from '../../../src/features/briefing/slideChartLayout';

const measure = (t: string) => t.length * 12;
const tick = (v: number) => String(v);
const line: DeckChart = {
  type: 'line',
  title: 'Experts',
  categories: ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'],
  series: [{ name: 'sent', colour: '0072B2', basis: 'yearly', values: [1, 2, null, 4, 5, null, null, 8, 9, 30] }],
  unit: 'experts · calendar years',
};

describe('slideChartLayout', () => {
  it('keeps every label, bar and point inside the box', () => {
    const box = { width: 600, height: 300, font: 20 };
    const l = slideChartLayout(line, box, measure, tick);
    expect(l).not.toBeNull();
    if (!l) return;
    expect(l.plot.x).toBeGreaterThanOrEqual(measure('30') + 1);
    expect(l.plot.x + l.plot.width).toBeLessThanOrEqual(box.width);
    expect(l.plot.y + l.plot.height + box.font * 1.25).toBeLessThanOrEqual(box.height);
    for (const x of l.xLabels) {
      expect(x.x - measure(x.label) / 2).toBeGreaterThanOrEqual(0);
      expect(x.x + measure(x.label) / 2).toBeLessThanOrEqual(box.width);
    }
    for (const p of l.points) expect(p.y).toBeGreaterThanOrEqual(l.plot.y);
  });

  it('breaks the line where a year has no figure, and draws no point there', () => {
    const l = slideChartLayout(line, { width: 600, height: 300, font: 20 }, measure, tick);
    expect(l?.points).toHaveLength(7);
    // Three runs of figures: 2015–16, 2018–19, 2022–24.
    expect(l?.lines[0]?.d.match(/M/g)).toHaveLength(3);
  });

  it('joins no figures that stand alone (totals as stated)', () => {
    const stock = { ...line, series: line.series.map((x) => ({ ...x, joined: false })) };
    const l = slideChartLayout(stock, { width: 600, height: 300, font: 20 }, measure, tick);
    expect(l?.lines[0]?.d).not.toContain('L');
    expect(l?.points).toHaveLength(7);
  });

  it('thins the year labels so that none overlap', () => {
    const l = slideChartLayout(line, { width: 300, height: 300, font: 20 }, measure, tick);
    const xs = l?.xLabels ?? [];
    for (let i = 1; i < xs.length; i += 1)
      expect((xs[i]?.x ?? 0) - (xs[i - 1]?.x ?? 0)).toBeGreaterThan(measure('2015'));
    expect(xs.at(-1)?.label).toBe('2024');
  });

  it('stacks bars on one another, each as tall as its count', () => {
    const bars: DeckChart = {
      type: 'bar',
      stacked: true,
      title: 'Activities',
      categories: ['2020', '2021'],
      series: [
        { name: 'a', colour: '000000', basis: '', values: [2, 0] },
        { name: 'b', colour: 'FFFFFF', basis: '', values: [2, 4] },
      ],
      unit: 'activities',
    };
    const l = slideChartLayout(bars, { width: 400, height: 300, font: 16 }, measure, tick);
    const [a, b, c] = l?.bars ?? [];
    expect(l?.bars).toHaveLength(3); // a zero draws nothing
    expect(a && b && Math.abs(a.y - (b.y + b.height))).toBeLessThan(0.2);
    expect(c && a && Math.abs(c.height - 2 * a.height)).toBeLessThan(0.2);
  });

  it("carries each figure's mark, draws a target without deadline as a line, keeps words inside the box", () => {
    const target: DeckChart = {
      type: 'line',
      title: 'SME',
      categories: ['2024', '2025', '2026'],
      series: [
        {
          name: 'documented',
          colour: 'D55E00',
          basis: 'lower bound',
          joined: false,
          values: [50, null, null],
          marks: [{ shape: 'dot', open: true }, null, null],
          labels: ['lower bound: more than 50', null, null],
        },
        {
          name: 'target: 627 by 27 June 2026',
          colour: '0B5CAD',
          basis: 'target',
          joined: false,
          values: [null, null, 627],
          marks: [null, null, { shape: 'diamond', open: true }],
          labels: [null, null, 'target: 627 by 27 June 2026'],
        },
        {
          name: 'target: 1,000 overall',
          colour: '0B5CAD',
          basis: 'target',
          reference: true,
          values: [1000, 1000, 1000],
        },
      ],
      unit: 'enterprises',
    };
    const box = { width: 600, height: 300, font: 20 };
    const l = slideChartLayout(target, box, measure, tick);
    expect(l?.points.map((p) => p.mark.shape)).toEqual(['dot', 'diamond']);
    expect(l?.refs).toHaveLength(1);
    expect(l?.refs[0]?.y).toBeGreaterThan(l?.plot.y ?? 0); // room above the line for its words
    expect(l?.labels.map((x) => x.text)).toEqual(['lower bound: more than 50', 'target: 627 by 27 June 2026']);
    for (const x of l?.labels ?? []) {
      const w = measure(x.text);
      const [from, to] = x.anchor === 'start' ? [x.x, x.x + w] : [x.x - w, x.x];
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(box.width);
      expect(x.y - box.font).toBeGreaterThanOrEqual(-0.01);
    }
    // The rightmost figure's words go to its left.
    expect(l?.labels[1]?.anchor).toBe('end');
  });

  it('draws nothing in a box not measured yet', () => {
    expect(slideChartLayout(line, { width: 0, height: 0, font: 16 }, measure, tick)).toBeNull();
  });
});

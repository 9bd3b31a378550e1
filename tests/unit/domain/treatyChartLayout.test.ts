import { describe, expect, it } from 'vitest';
import { stepPath, treatyChartLayout, type TreatyLine } from '../../../src/domain/treatyChartLayout';
import type { TreatyTimeline } from '../../../src/domain/treatyTimeline';

const left = (i: number) => i * 10;
const yOf = (v: number) => 100 - v * 10;

describe('stepPath', () => {
  it('holds each count across its year and rises at the start of the year it changed', () => {
    expect(stepPath([1, 1, 3], left, yOf)).toBe('M0 90H10L10 90H20L20 70H30');
  });

  it('breaks where a year has no count: a gap, never a zero', () => {
    expect(stepPath([2, null, 2], left, yOf)).toBe('M0 80H10M20 80H30');
    expect(stepPath([null, null], left, yOf)).toBe('');
  });
});

describe('treatyChartLayout', () => {
  const tl: TreatyTimeline = {
    span: [2014, 2016],
    lastYear: 2016,
    reached: ['ZWE', 'LAO', 'SEN'],
    rows: [
      { year: 2014, active: 1, classes: {} },
      { year: 2015, active: 0, classes: {} },
      { year: 2016, active: 2, classes: {} },
    ],
    changes: [
      { treaty: 'madrid', year: 2015, party: 'ZWE', kind: 'joined', date: '2015-03-11' },
      { treaty: 'madrid', year: 2015, party: 'GMB', kind: 'joined', date: '2015-12-18' },
      { treaty: 'madrid', year: 2016, party: 'SEN', kind: 'via', body: 'OAPI', date: '2015-03-05' },
    ],
    bodies: { madrid: ['OAPI'] },
  };
  const lines: TreatyLine[] = [
    { treaty: 'madrid', via: false, values: [0, 2, 2] },
    { treaty: 'madrid', via: true, values: [0, 0, 1] },
  ];
  const margin = { top: 0, right: 0, bottom: 20, left: 0 };
  const l = treatyChartLayout(tl, lines, { width: 300, height: 200 }, margin, 40, () => 30);

  it('puts one mark per joining up the riser of its year, and coverage through a body on its own line', () => {
    const [a, b, via] = l.marks;
    expect(a?.x).toBe(100);
    expect(b?.x).toBe(100);
    expect([a?.y, b?.y]).toEqual([l.yOf(2), l.yOf(1)]);
    expect(via).toMatchObject({ x: 200, y: l.yOf(1) });
  });

  it('scales the band to the most countries with activities in a year, under the plot', () => {
    expect(l.band.max).toBe(2);
    expect(l.years[2]?.bar.height).toBe(40);
    expect(l.years[1]?.bar.height).toBe(0);
    expect(l.band.y).toBeGreaterThan(l.plot.y + l.plot.height);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countSteps,
  cumulate,
  monthsBetween,
  placePoints,
  placeYear,
  regionOf,
  spreadEvents,
  stackByYear,
  targetPaces,
  yearPosition,
  yearlyRows,
} from '../../../src/domain/series';
import type { Group } from '../../../src/domain/types';
import { activity, aripo, selectionOf } from '../../fixtures/factories';
import { chfAnnual, jpyAnnual, point, series, smeTargets } from '../../fixtures/series';

describe('placeYear', () => {
  it('puts a fiscal-year figure shown in calendar years at its starting year, and marks it', () => {
    expect(placeYear(point({ date: '2021', yearBasis: 'jp-fiscal', value: 1 }), 'calendar')).toEqual({
      year: 2021,
      shifted: true,
    });
  });

  it('puts a figure dated by month in the fiscal year the month falls in, exactly', () => {
    expect(placeYear(point({ date: '2024-03', value: 1 }), 'jp-fiscal')).toEqual({ year: 2023, shifted: false });
    expect(placeYear(point({ date: '2024-04-01', value: 1 }), 'jp-fiscal')).toEqual({ year: 2024, shifted: false });
    expect(placeYear(point({ date: '2024-03', value: 1 }), 'calendar')).toEqual({ year: 2024, shifted: false });
  });

  it('keeps a bare calendar year under its number in fiscal years, marked as approximate', () => {
    expect(placeYear(point({ date: '2013', value: 1 }), 'jp-fiscal')).toEqual({ year: 2013, shifted: true });
  });

  it('leaves a bare year alone in its own basis', () => {
    expect(placeYear(point({ date: '2019', yearBasis: 'jp-fiscal', value: 1 }), 'jp-fiscal')).toEqual({
      year: 2019,
      shifted: false,
    });
  });
});

describe('placePoints', () => {
  it('keeps both of two conflicting figures for one year, both marked', () => {
    const placed = placePoints(chfAnnual, 'calendar');
    const fy2021 = placed.filter((p) => p.year === 2021);
    expect(fy2021.map((p) => p.point.value)).toEqual([4.66e6, 5.8e6]);
    expect(fy2021.every((p) => p.conflict)).toBe(true);
    expect(placed.find((p) => p.year === 2023)?.conflict).toBe(false);
  });

  it('treats a budget request and a yearly figure for the same year as a conflict, and a request as approximate', () => {
    const s = series('x', 'JPY', [
      point({ date: '2021', yearBasis: 'jp-fiscal', kind: 'request', value: 653e6 }),
      point({ date: '2021', kind: 'annual', qualifier: 'about', value: 720e6 }),
    ]);
    const placed = placePoints(s, 'calendar');
    expect(placed.map((p) => [p.point.value, p.conflict, p.approximate])).toEqual([
      [720e6, true, true],
      [653e6, true, true],
    ]);
  });

  it('does not call growing snapshots of a cumulative total a conflict, but a falling one is', () => {
    const growing = series('g', 'people', [
      point({ date: '2022-04', kind: 'cumulative', value: 90 }),
      point({ date: '2022-06', kind: 'cumulative', value: 95 }),
    ]);
    expect(placePoints(growing, 'calendar').some((p) => p.conflict)).toBe(false);
    const falling = series('f', 'countries', [
      point({ date: '2022-04', kind: 'cumulative', value: 100 }),
      point({ date: '2022-06-28', kind: 'cumulative', value: 80 }),
    ]);
    expect(placePoints(falling, 'calendar').every((p) => p.conflict)).toBe(true);
  });
});

describe('yearlyRows', () => {
  const rows = yearlyRows(placePoints(jpyAnnual, 'jp-fiscal'), [jpyAnnual.id]);

  it('has a row for every year and leaves a year without a figure as null, never 0', () => {
    expect(rows.map((r) => [r.year, r.values[jpyAnnual.id]])).toEqual([
      [2017, 608e6],
      [2018, 614e6],
      [2019, 653e6],
      [2020, null],
      [2021, 653e6],
    ]);
  });

  it('fills a wider span with nulls too', () => {
    const wide = yearlyRows(placePoints(jpyAnnual, 'jp-fiscal'), [jpyAnnual.id], [2015, 2022]);
    expect(wide.filter((r) => r.values[jpyAnnual.id] === null).map((r) => r.year)).toEqual([2015, 2016, 2020, 2022]);
    expect(wide.some((r) => r.values[jpyAnnual.id] === 0)).toBe(false);
  });

  it('keeps every point of a year, and draws the line through the first source of a shared date', () => {
    const [row] = yearlyRows(placePoints(chfAnnual, 'jp-fiscal'), [chfAnnual.id], [2021, 2021]);
    expect(row?.points).toHaveLength(2);
    expect(row?.values[chfAnnual.id]).toBe(4.66e6);
  });
});

describe('cumulate', () => {
  it('keeps gaps as gaps and carries the total over them', () => {
    expect(cumulate([1, null, 2, 3])).toEqual([1, null, 3, 6]);
  });
});

describe('stackByYear', () => {
  const acts = [
    activity({ id: 'a', start: '2023-05' }),
    activity({ id: 'b', start: '2024-02', programme: 'jica', type: 'long-term-expert' }),
    activity({ id: 'c', start: '2024-06' }),
    activity({ id: 'd', start: '2019' }),
  ];

  it('counts activities in the year they start, per key, with real zeros and the ones outside the span', () => {
    const s = stackByYear(selectionOf(acts), 'calendar', 'programme', [2022, 2024]);
    expect(s.rows).toEqual([
      { year: 2022, total: 0, counts: {} },
      { year: 2023, total: 1, counts: { 'ip-utilisation': 1 } },
      { year: 2024, total: 2, counts: { 'ip-utilisation': 1, jica: 1 } },
    ]);
    expect(s.keys).toEqual(['ip-utilisation', 'jica']);
    expect(s.outside).toBe(1);
  });

  it('moves January–March into the previous fiscal year', () => {
    const s = stackByYear(selectionOf(acts), 'jp-fiscal', 'programme', [2023, 2024]);
    expect(s.rows.map((r) => r.total)).toEqual([2, 1]);
  });
});

describe('yearPosition', () => {
  it('puts a bare year in its middle and a month in its own middle, shifted three months in fiscal years', () => {
    expect(yearPosition('2023', 'calendar', 'calendar')).toBe(2023.5);
    expect(yearPosition('2023-07', 'calendar', 'calendar')).toBeCloseTo(2023 + 6.5 / 12);
    expect(yearPosition('2023-07', 'calendar', 'jp-fiscal')).toBeCloseTo(2023 + 3.5 / 12);
  });
});

describe('SME progress', () => {
  const statedOn = () => '2024-02-21';

  it('measures months between two dates', () => {
    expect(monthsBetween('2025-06-27', '2026-06-27')).toBeCloseTo(12, 1);
    expect(monthsBetween('2026-07-01', '2026-06-27')).toBeLessThan(0);
  });

  it('counts documented enterprises: a cumulative point sets the total, a per-event one adds to it', () => {
    const s = series('sme-documented', 'enterprises', [
      point({ date: '2024-09-11', kind: 'cumulative', value: 50 }),
      point({ date: '2025-03', kind: 'annual', value: 20 }),
    ]);
    expect(countSteps(s).map((x) => [x.date, x.value])).toEqual([
      ['2024-09-11', 50],
      ['2025-03', 70],
    ]);
  });

  it('gives the pace per month to the dated target and no deadline to the overall one', () => {
    const [t627, t1000] = targetPaces(smeTargets.points, 327, '2025-06-27', statedOn);
    expect(t627).toMatchObject({ target: 627, deadline: '2026-06-27', remaining: 300, status: 'open' });
    expect(t627?.monthsLeft).toBeCloseTo(12, 1);
    expect(t627?.perMonth).toBeCloseTo(25, 0);
    expect(t1000).toMatchObject({
      target: 1000,
      deadline: null,
      remaining: 673,
      monthsLeft: null,
      perMonth: null,
      status: 'no-deadline',
    });
  });

  it('says a deadline has passed rather than asking for an impossible pace', () => {
    const [t627] = targetPaces(smeTargets.points, 50, '2026-11-26', statedOn);
    expect(t627).toMatchObject({ status: 'passed', remaining: 577, monthsLeft: 0, perMonth: null });
  });

  it('says a target is reached when the count is at or above it', () => {
    const [t627] = targetPaces(smeTargets.points, 700, '2025-01-01', statedOn);
    expect(t627).toMatchObject({ status: 'reached', remaining: 0 });
  });
});

describe('TISC events', () => {
  const lac: Group = {
    id: 'lac',
    kind: 'region',
    name: { en: 'Latin America' },
    members: [{ iso3: 'BRA' }],
    sources: [],
  };

  it('finds the region an event belongs to: named, through a body, or by its country', () => {
    expect(regionOf(activity({ id: 'a', region: 'arab' }), [aripo, lac])).toBe('arab');
    expect(regionOf(activity({ id: 'b', organisations: ['ARIPO'] }), [aripo, lac])).toBe('ARIPO');
    expect(regionOf(activity({ id: 'c', countries: ['BRA'] }), [aripo, lac])).toBe('lac');
    expect(regionOf(activity({ id: 'd', countries: ['KHM'] }), [aripo, lac])).toBeNull();
  });

  it('spreads events that would sit on top of each other', () => {
    const out = spreadEvents([
      { id: 'b', x: 2024.2, lane: 'Asia' },
      { id: 'a', x: 2024.2, lane: 'Asia' },
      { id: 'c', x: 2024.2, lane: 'Africa' },
    ]);
    expect(out.map((e) => [e.id, e.x])).toEqual([
      ['a', 2024.2],
      ['b', 2024.2 + 0.12],
      ['c', 2024.2],
    ]);
  });
});

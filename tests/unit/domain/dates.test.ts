import { describe, expect, it } from 'vitest';
import { activitySpan, monthIndex, monthsOf, startYear, yearIn } from '../../../src/domain/dates';
import { activity } from '../../fixtures/factories';

describe('dates', () => {
  it('reads year-only, month and day precision', () => {
    expect(monthsOf('2023', 'calendar')).toEqual([monthIndex(2023, 1), monthIndex(2023, 12)]);
    expect(monthsOf('2024-06', 'calendar')).toEqual([monthIndex(2024, 6), monthIndex(2024, 6)]);
    expect(monthsOf('2024-06-07', 'calendar')).toEqual([monthIndex(2024, 6), monthIndex(2024, 6)]);
  });

  it('places a Japanese fiscal year from April to the next March', () => {
    expect(monthsOf('2023', 'jp-fiscal')).toEqual([monthIndex(2023, 4), monthIndex(2024, 3)]);
    expect(yearIn(monthIndex(2024, 3), 'jp-fiscal')).toBe(2023);
    expect(yearIn(monthIndex(2024, 4), 'jp-fiscal')).toBe(2024);
  });

  it('gives the start year in either basis', () => {
    expect(startYear(activity({ id: 'a', start: '2024-03' }), 'jp-fiscal')).toBe(2023);
    expect(startYear(activity({ id: 'b', start: '2023', yearBasis: 'jp-fiscal' }), 'jp-fiscal')).toBe(2023);
    expect(startYear(activity({ id: 'c', start: '2023', yearBasis: 'jp-fiscal' }), 'calendar')).toBe(2023);
  });

  it('runs an ongoing activity to the open end and a ranged one to its end', () => {
    const open = monthIndex(2025, 12);
    expect(
      activitySpan(
        activity({ id: 'a', start: '1993', yearBasis: 'jp-fiscal', status: { state: 'ongoing', year: 2025 } }),
        open,
      ),
    ).toEqual([monthIndex(1993, 4), open]);
    expect(activitySpan(activity({ id: 'b', start: '2021-05', end: '2022' }), open)).toEqual([
      monthIndex(2021, 5),
      monthIndex(2022, 12),
    ]);
  });
});

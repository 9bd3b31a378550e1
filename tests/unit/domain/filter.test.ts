import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/domain/activityIndex';
import { applyFilters, facetCounts, type Filters } from '../../../src/domain/filter';
import { activity, aripo, programmes } from '../../fixtures/factories';

const all: Filters = {
  from: 1987,
  to: 2025,
  programmes: [],
  types: [],
  partner: null,
  group: null,
  basis: 'calendar',
  context: false,
};
const rows = [
  activity({ id: 'tisc-2023', start: '2023-09' }),
  activity({ id: 'range', start: '2021', end: '2023', type: 'sme-support' }),
  activity({ id: 'fy2023', start: '2023', yearBasis: 'jp-fiscal', countries: ['IDN'] }),
  activity({
    id: 'jica',
    programme: 'jica',
    type: 'long-term-expert',
    partner: 'JICA',
    start: '1993',
    yearBasis: 'jp-fiscal',
    funding: 'jica',
    status: { state: 'ongoing', year: 2025 },
    countries: ['IDN'],
  }),
  activity({ id: 'aripo-wide', start: '2023-11', countries: ['BWA'], organisations: ['ARIPO'] }),
  activity({ id: 'multi', start: '2022-02-10', countries: ['KHM', 'LAO'] }),
];
// The latest year named is 2024 (FY2023 ends in March 2024): the ongoing JICA posting runs to its end.
const index = buildIndex({ activities: rows, groups: [aripo], programmes });
const ids = (f: Partial<Filters>) => applyFilters(index, { ...all, ...f }).activities.map((a) => a.id);

describe('applyFilters', () => {
  it('keeps everything with default filters', () => {
    expect(ids({})).toHaveLength(rows.length);
  });

  it('keeps activities whose span overlaps the year range', () => {
    expect(ids({ from: 2022, to: 2022 })).toEqual(['range', 'jica', 'multi']);
  });

  it('counts FY2023 in calendar 2024 too, because it ends in March 2024', () => {
    expect(ids({ from: 2024, to: 2024 })).toEqual(['fy2023', 'jica']);
  });

  it('uses fiscal years when asked: February 2022 belongs to FY2021, not FY2022', () => {
    expect(ids({ from: 2022, to: 2022, basis: 'jp-fiscal' })).toEqual(['range', 'jica']);
    expect(ids({ from: 2021, to: 2021, basis: 'jp-fiscal' })).toEqual(['range', 'jica', 'multi']);
  });

  it('filters by programme, type and partner', () => {
    expect(ids({ programmes: ['jica'] })).toEqual(['jica']);
    expect(ids({ types: ['sme-support'] })).toEqual(['range']);
    expect(ids({ partner: 'JICA' })).toEqual(['jica']);
  });

  it('filters by regional body: held for it or in a member', () => {
    expect(ids({ group: 'ARIPO' })).toEqual(['tisc-2023', 'range', 'aripo-wide']);
  });

  it('counts each option under the other filters', () => {
    const counts = facetCounts(index, { ...all, partner: 'JICA', programmes: ['ip-utilisation'] }).programmes;
    expect(Object.fromEntries(counts)).toEqual({ jica: 1 });
  });

  it('counts each group under the other filters', () => {
    expect(Object.fromEntries(facetCounts(index, { ...all, group: 'ARIPO', partner: 'WIPO' }).groups)).toEqual({
      ARIPO: 3,
    });
  });
});

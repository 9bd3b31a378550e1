import { describe, expect, it } from 'vitest';
import { countByCountry } from '../../../src/domain/aggregate';
import { headline } from '../../../src/domain/headline';
import { activity, selectionOf } from '../../fixtures/factories';

describe('headline', () => {
  const rows = [
    activity({ id: 'meeting', start: '2023-09', countries: ['ZWE'], figures: [{ kind: 'participants', value: 21 }] }),
    activity({
      id: 'strand',
      start: '2008',
      type: 'mip',
      programme: 'human-resources',
      countries: ['ZWE'],
      figures: [
        { kind: 'students', value: 22 },
        { kind: 'countries', value: 14 },
      ],
    }),
    activity({ id: 'renamed', start: '2019-04', type: 'milestone', programme: 'fund', countries: [] }),
    activity({ id: 'aripo', start: '2024-06', countries: [], organisations: ['ARIPO'] }),
  ];
  const sel = selectionOf(rows);
  const h = headline(sel, countByCountry(sel, 'calendar'), 'calendar');

  it('counts dated gatherings as events, not programme strands or fund milestones', () => {
    expect(h.events).toBe(2);
  });

  it('adds up people and enterprises only, and separates direct from via-body countries', () => {
    expect(h).toMatchObject({
      activities: 4,
      people: 43,
      countries: 1,
      viaOnlyCountries: 2,
      firstYear: 2008,
      lastYear: 2024,
    });
  });
});

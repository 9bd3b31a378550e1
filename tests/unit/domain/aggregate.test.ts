import { describe, expect, it } from 'vitest';
import { activitiesFor, countByCountry, measureValue } from '../../../src/domain/aggregate';
import { activity, aripo } from '../../fixtures/factories';

const rows = [
  activity({ id: 'a', start: '2019', countries: ['ZWE'] }),
  activity({ id: 'b', start: '2023-11', countries: ['BWA', 'ZWE'], organisations: ['ARIPO'], programme: 'jica', type: 'long-term-expert' }),
];

describe('countByCountry', () => {
  const stats = countByCountry(rows, [aripo], 'calendar');

  it('counts direct and via-body involvement apart, never both for one activity', () => {
    expect(stats.get('ZWE')).toMatchObject({ direct: 2, via: 0, firstYear: 2019 });
    expect(stats.get('KEN')).toMatchObject({ direct: 0, via: 1, firstYear: 2023 });
    expect(stats.get('BWA')).toMatchObject({ direct: 1, via: 0 });
  });

  it('gives no measure value to via-only countries (they are hatched, not coloured)', () => {
    expect(measureValue(stats.get('KEN'), 'activities')).toBeNull();
    expect(measureValue(stats.get('ZWE'), 'programmes')).toBe(2);
    expect(measureValue(stats.get('ZWE'), 'first-year')).toBe(2019);
  });

  it('lists a country’s activities in two groups', () => {
    const ken = activitiesFor('KEN', rows, [aripo]);
    expect(ken.direct).toEqual([]);
    expect(ken.via.map((v) => [v.activity.id, v.through])).toEqual([['b', ['ARIPO']]]);
  });
});

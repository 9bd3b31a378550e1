import { describe, expect, it } from 'vitest';
import { activitiesFor, countByCountry, hostedIn, measureValue } from '../../../src/domain/aggregate';
import type { Place } from '../../../src/domain/types';
import { activity, aripo, selectionOf } from '../../fixtures/factories';

const rows = [
  activity({ id: 'a', start: '2019', countries: ['ZWE'] }),
  activity({
    id: 'b',
    start: '2023-11',
    countries: ['BWA', 'ZWE'],
    organisations: ['ARIPO'],
    programme: 'jica',
    type: 'long-term-expert',
  }),
];

describe('countByCountry', () => {
  const stats = countByCountry(selectionOf(rows), 'calendar');

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

  it('counts a member through a body only for activities after it joined', () => {
    const body = { ...aripo, members: [...aripo.members, { iso3: 'TLS', since: '2025-10-26' }] };
    const before = activity({ id: 'old', start: '2024-03', countries: [], organisations: ['ARIPO'] });
    const after = activity({ id: 'new', start: '2025-11', countries: [], organisations: ['ARIPO'] });
    expect(countByCountry(selectionOf([before, after], [body]), 'calendar').get('TLS')?.via).toBe(1);
    expect(activitiesFor('TLS', [before, after], [body]).via.map((v) => v.activity.id)).toEqual(['new']);
  });

  it('lists a country’s activities in two groups', () => {
    const ken = activitiesFor('KEN', rows, [aripo]);
    expect(ken.direct).toEqual([]);
    expect(ken.via.map((v) => [v.activity.id, v.through])).toEqual([['b', ['ARIPO']]]);
  });
});

describe('hostedIn', () => {
  const place = (id: string, iso3: string): Place => ({
    id,
    iso3,
    name: { en: id },
    lat: 0,
    lon: 0,
    kind: 'event-city',
    sources: [],
  });
  const places = [place('tokyo', 'JPN'), place('harare', 'ZWE')];
  const course = activity({ id: 'course', start: '2015-10', countries: ['KEN', 'ZWE'], place: 'tokyo' });
  const meeting = activity({ id: 'meeting', start: '2023-02', countries: ['ZWE'], place: 'harare' });

  it('lists what was held in a country for others, and nothing it already counts', () => {
    expect(hostedIn('JPN', [course, meeting], places, new Set()).map((a) => a.id)).toEqual(['course']);
    // Harare's meeting is Zimbabwe's own: counted among its activities, not again as hosted.
    expect(hostedIn('ZWE', [course, meeting], places, new Set([course, meeting]))).toEqual([]);
    expect(hostedIn('FRA', [course, meeting], places, new Set())).toEqual([]);
  });
});

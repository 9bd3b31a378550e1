import { describe, expect, it } from 'vitest';
import {
  accessionsByYear,
  activitiesBeforeJoining,
  isBefore,
  ownStatus,
  statusByYear,
  statusMap,
  treatyStatus,
} from '../../../src/domain/treaties';
import type { TreatyEntry } from '../../../src/domain/treatyTypes';
import type { Group } from '../../../src/domain/types';
import { activity } from '../../fixtures/factories';
import { treatyEntry as entry, treatySources as src } from '../../fixtures/treaties';

const oapi: Group = {
  id: 'OAPI',
  kind: 'regional-body',
  name: { en: 'OAPI' },
  members: [{ iso3: 'CMR' }, { iso3: 'SEN' }, { iso3: 'COM', since: '2013' }],
  sources: src,
};

const entries: TreatyEntry[] = [
  // joined in 2015: a member from 2015, not in 2014
  entry({ id: 'khm', party: 'KHM', deposited: '2015-03-05', inForce: '2015-06-05' }),
  // deposited in December, in force the next March
  entry({ id: 'lao', party: 'LAO', deposited: '2015-12-07', inForce: '2016-03-07' }),
  // a regional body that is itself a party
  entry({ id: 'oapi', party: 'OAPI', deposited: '2014-12-05', inForce: '2015-03-05' }),
  // joined, withdrew (effective 2010), joined again
  entry({ id: 'x1', party: 'XXA', deposited: '2001-01-10', inForce: '2001-04-10' }),
  entry({ id: 'x2', party: 'XXA', action: 'withdrawal', deposited: '2009-05-01', inForce: '2010-05-01' }),
  entry({ id: 'x3', party: 'XXA', deposited: '2018-02-01', inForce: '2018-05-01' }),
  // only WIPO's notification is known
  entry({ id: 'brn', party: 'BRN', notification: { number: 212, date: '2016-10-06' } }),
  // only a list showing the party bound by 2010
  entry({ id: 'bwa', party: 'BWA', action: 'bound', partyBy: '2010' }),
  // PCT for Cameroon, to show treaties are kept apart
  entry({ id: 'cmr-pct', party: 'CMR', treaty: 'pct', action: 'bound', inForce: '1978-01-24' }),
];

const status = (party: string, year: number, treaty = 'madrid') => treatyStatus(entries, [oapi], party, treaty, year);

describe('treatyStatus', () => {
  it('makes a country that joined in 2015 a member from 2015 and not in 2014', () => {
    expect(status('KHM', 2014)).toMatchObject({ kind: 'not-member', reason: 'joined-later' });
    expect(status('KHM', 2015)).toMatchObject({ kind: 'member', since: '2015-06-05', basis: 'in-force' });
    expect(status('KHM', 2030).kind).toBe('member');
  });

  it('counts the year the treaty entered into force, not the year of deposit', () => {
    expect(status('LAO', 2015)).toMatchObject({ kind: 'pending' });
    expect(status('LAO', 2016)).toMatchObject({ kind: 'member', since: '2016-03-07' });
  });

  it('is not a member once a withdrawal has taken effect, and a member again after rejoining', () => {
    expect(statusByYear(entries, [oapi], 'XXA', 'madrid', 2000, 2019).map((s) => s.status.kind)).toEqual([
      'not-member', // 2000: joined later
      ...Array(9).fill('member'), // 2001–2009: the withdrawal was lodged in 2009 but took effect in 2010
      ...Array(8).fill('not-member'), // 2010–2017
      'member', // 2018
      'member',
    ]);
    expect(status('XXA', 2012)).toMatchObject({ kind: 'not-member', reason: 'withdrawn' });
  });

  it('covers the members of a regional body that is a party, apart from their own membership', () => {
    expect(status('OAPI', 2015)).toMatchObject({ kind: 'member' });
    expect(status('SEN', 2015)).toMatchObject({ kind: 'via-regional-body', body: 'OAPI', own: { kind: 'unknown' } });
    expect(status('SEN', 2014)).toEqual({ kind: 'unknown' });
    // a party's own membership wins over coverage through the body
    expect(status('CMR', 2000, 'pct')).toMatchObject({ kind: 'member' });
  });

  it('covers a body member only from the year it joined the body', () => {
    const late = { ...oapi, members: [{ iso3: 'COM', since: '2016-05' }] };
    expect(treatyStatus(entries, [late], 'COM', 'madrid', 2015)).toEqual({ kind: 'unknown' });
    expect(treatyStatus(entries, [late], 'COM', 'madrid', 2016)).toMatchObject({ kind: 'via-regional-body' });
  });

  it('says unknown for a country with no entry, never "not a member"', () => {
    expect(status('ARG', 2020)).toEqual({ kind: 'unknown' });
    expect(status('KHM', 2020, 'hague')).toEqual({ kind: 'unknown' });
  });

  it('does not guess from a notification or a "bound by" list', () => {
    expect(status('BRN', 2015)).toEqual({ kind: 'unknown' });
    expect(status('BRN', 2016)).toMatchObject({ kind: 'pending' });
    expect(status('BWA', 2009)).toEqual({ kind: 'unknown' });
    expect(status('BWA', 2010)).toMatchObject({ kind: 'member', basis: 'party-by', since: '2010' });
  });

  it('keeps treaties apart', () => {
    expect(ownStatus(entries, 'CMR', 'madrid', 2020)).toEqual({ kind: 'unknown' });
    expect(ownStatus(entries, 'CMR', 'pct', 1977).kind).toBe('not-member');
    expect(ownStatus(entries, 'CMR', 'pct', 1978).kind).toBe('member');
  });

  it('gives the status of many parties at once for the map', () => {
    const m = statusMap(entries, [oapi], ['KHM', 'SEN', 'ARG'], 'madrid', 2015);
    expect([...m].map(([p, s]) => [p, s.kind])).toEqual([
      ['KHM', 'member'],
      ['SEN', 'via-regional-body'],
      ['ARG', 'unknown'],
    ]);
  });
});

describe('accessionsByYear', () => {
  it('groups own joinings by the year they took effect and lists undated ones apart', () => {
    const a = accessionsByYear(entries, 'madrid', new Set(['KHM', 'LAO', 'OAPI', 'XXA', 'BRN', 'BWA', 'SEN']));
    expect(a.byYear).toEqual([
      { year: 2001, parties: ['XXA'] },
      { year: 2015, parties: ['KHM', 'OAPI'] },
      { year: 2016, parties: ['LAO'] },
      { year: 2018, parties: ['XXA'] },
    ]);
    // SEN is covered through OAPI but did not join: it is not counted
    expect(a.undated).toEqual(['BRN', 'BWA']);
  });

  it('counts only the parties asked about', () => {
    expect(accessionsByYear(entries, 'madrid', new Set(['KHM'])).byYear).toEqual([{ year: 2015, parties: ['KHM'] }]);
  });
});

describe('activitiesBeforeJoining', () => {
  const acts = [
    activity({ id: 'late', start: '2016-01', countries: ['KHM'] }),
    activity({ id: 'same-year', start: '2015', countries: ['KHM'] }),
    activity({ id: 'early', start: '2013-11', countries: ['KHM'] }),
    activity({ id: 'fy2014', start: '2014', yearBasis: 'jp-fiscal', countries: ['KHM'] }),
    activity({ id: 'fy2015', start: '2015', yearBasis: 'jp-fiscal', countries: ['KHM'] }),
    activity({ id: 'elsewhere', start: '2010', countries: ['LAO'] }),
    activity({ id: 'body', start: '2013', countries: [], organisations: ['OAPI'] }),
  ];

  it('lists the activities that started before entry into force, oldest first, and the unclear ones apart', () => {
    const r = activitiesBeforeJoining(acts, entries, 'KHM', 'madrid');
    expect(r).toMatchObject({ joined: '2015-06-05', basis: 'in-force' });
    // FY2014 runs April 2014 – March 2015: before June 2015
    expect(r?.before.map((a) => a.id)).toEqual(['early', 'fy2014']);
    // "2015" and FY2015 (April 2015 – March 2016) may have started before or after 5 June 2015
    expect(r?.around.map((a) => a.id)).toEqual(['same-year', 'fy2015']);
  });

  it('counts a regional body’s own activities for the body', () => {
    expect(activitiesBeforeJoining(acts, entries, 'OAPI', 'madrid')?.before.map((a) => a.id)).toEqual(['body']);
  });

  it('falls back to the deposit date, and gives null when no joining date is known', () => {
    const only = [entry({ id: 'd', party: 'KHM', deposited: '2015-03-05' })];
    expect(activitiesBeforeJoining(acts, only, 'KHM', 'madrid')).toMatchObject({ basis: 'deposited' });
    expect(activitiesBeforeJoining(acts, entries, 'BRN', 'madrid')).toBeNull();
    expect(activitiesBeforeJoining(acts, entries, 'ARG', 'madrid')).toBeNull();
  });
});

describe('isBefore', () => {
  it('is true only when the dates cannot overlap', () => {
    expect(isBefore('2015-03-04', '2015-03-05')).toBe(true);
    expect(isBefore('2015', '2015-03-05')).toBe(false);
    expect(isBefore('2014-12', '2015')).toBe(true);
    expect(isBefore('2015-03-05', '2015-03')).toBe(false);
  });
});

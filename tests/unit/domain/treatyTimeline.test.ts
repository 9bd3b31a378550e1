import { describe, expect, it } from 'vitest';
import { membersLine, reachedByYear, treatyTimeline, viaLine } from '../../../src/domain/treatyTimeline';
import type { TreatyEntry } from '../../../src/domain/treatyTypes';
import type { Group } from '../../../src/domain/types';
import { activity } from '../../fixtures/factories';
import { treatyEntry as entry, treatySources as src } from '../../fixtures/treaties';

const oapi: Group = {
  id: 'OAPI',
  kind: 'regional-body',
  name: { en: 'OAPI' },
  members: [{ iso3: 'SEN' }, { iso3: 'CMR' }],
  sources: src,
};

const entries: TreatyEntry[] = [
  // Zimbabwe: deposited December 2014, in force March 2015
  entry({ id: 'zwe', party: 'ZWE', deposited: '2014-12-11', inForce: '2015-03-11' }),
  // joined in 2001, withdrew with effect from 2012
  entry({ id: 'x1', party: 'XXA', deposited: '2001-01-10', inForce: '2001-04-10' }),
  entry({ id: 'x2', party: 'XXA', action: 'withdrawal', deposited: '2011-05-01', inForce: '2012-05-01' }),
  // OAPI is a party itself from 2015: Senegal is covered through it, Cameroon joined on its own in 2013
  entry({ id: 'oapi', party: 'OAPI', deposited: '2014-12-05', inForce: '2015-03-05' }),
  entry({ id: 'cmr', party: 'CMR', deposited: '2013-01-02', inForce: '2013-04-02' }),
  // only a list showing Botswana bound by 2010
  entry({ id: 'bwa', party: 'BWA', action: 'bound', partyBy: '2010' }),
  // a PCT entry, to show treaties are kept apart
  entry({ id: 'zwe-pct', party: 'ZWE', treaty: 'pct', action: 'bound', inForce: '1998-01-01' }),
];

const acts = [
  activity({ id: 'a', countries: ['ZWE'], start: '2012' }),
  activity({ id: 'b', countries: ['ZWE', 'SEN'], start: '2014-06' }),
  // the same country twice in one year counts once
  activity({ id: 'c', countries: ['SEN'], start: '2014-09' }),
  activity({ id: 'd', countries: ['XXA', 'CMR', 'BWA'], start: '2011' }),
  // Thailand has no record for any treaty
  activity({ id: 'e', countries: ['THA'], start: '2016' }),
];

const timeline = (years: [number, number] = [2010, 2016], asOf = '2022-07-06') =>
  treatyTimeline(entries, [oapi], acts, ['madrid', 'pct'], years, asOf);

describe('reachedByYear', () => {
  it('lists each country once, and each year the countries that had an activity starting in it', () => {
    const { reached, byYear } = reachedByYear(acts);
    expect(reached).toEqual(['BWA', 'CMR', 'SEN', 'THA', 'XXA', 'ZWE']);
    expect([...(byYear.get(2014) ?? [])].sort()).toEqual(['SEN', 'ZWE']);
  });
});

describe('treatyTimeline', () => {
  it('counts the members at the end of each year: Zimbabwe from 2015, not in 2014', () => {
    const t = timeline();
    expect(t.rows.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016]);
    // XXA (until 2011), BWA (listed by 2010), CMR (from 2013), ZWE (from 2015)
    expect(membersLine(t, 'madrid')).toEqual([2, 2, 1, 2, 2, 3, 3]);
    expect(t.changes.filter((c) => c.treaty === 'madrid' && c.party === 'ZWE')).toEqual([
      { treaty: 'madrid', year: 2015, party: 'ZWE', kind: 'joined', date: '2015-03-11' },
    ]);
    expect(t.rows.find((r) => r.year === 2014)?.classes.madrid?.pending).toBe(1);
  });

  it('drops a country whose withdrawal took effect, and marks the withdrawal', () => {
    const t = timeline();
    expect(t.changes.filter((c) => c.party === 'XXA')).toEqual([
      { treaty: 'madrid', year: 2012, party: 'XXA', kind: 'withdrew', date: '2012-05-01' },
    ]);
    // 2012: XXA withdrew; ZWE and CMR joined later
    expect(t.rows.find((r) => r.year === 2012)?.classes.madrid?.['not-member']).toBe(3);
  });

  it('counts a country covered through a regional body apart from the members, never as joining', () => {
    const t = timeline();
    expect(viaLine(t, 'madrid')).toEqual([0, 0, 0, 0, 0, 1, 1]);
    // Senegal is covered through OAPI from 2015; Cameroon, a member of its own, is not counted again.
    expect(t.changes.filter((c) => c.party === 'SEN')).toEqual([
      { treaty: 'madrid', year: 2015, party: 'SEN', kind: 'via', body: 'OAPI', date: '2015-03-05' },
    ]);
    expect(t.changes.some((c) => c.party === 'OAPI')).toBe(false);
    expect(t.reached).not.toContain('OAPI');
  });

  it('puts every reached country in exactly one class each year', () => {
    const t = timeline();
    for (const r of t.rows)
      for (const tr of ['madrid', 'pct']) {
        const counts = r.classes[tr];
        expect(Object.values(counts ?? {}).reduce((a, b) => a + b, 0)).toBe(t.reached.length);
      }
    // Thailand has no record: not found, never "not a member".
    expect(t.rows[0]?.classes.pct).toMatchObject({ member: 1, unknown: 5, 'not-member': 0 });
  });

  it('marks a country listed as bound by a date apart from one whose entry into force is known', () => {
    const t = timeline([2009, 2011]);
    expect(t.changes.filter((c) => c.party === 'BWA')).toEqual([
      { treaty: 'madrid', year: 2010, party: 'BWA', kind: 'listed', date: '2010' },
    ]);
  });

  it('follows the year range: a joining before it is in the first counts, not a change', () => {
    const t = timeline([2014, 2016]);
    expect(t.span).toEqual([2014, 2016]);
    // countries reached by activities that started before the range (and ran into it) are counted
    expect(t.reached).toContain('XXA');
    expect(t.rows.map((r) => r.active)).toEqual([2, 0, 1]);
    const narrow = treatyTimeline(entries, [oapi], acts.slice(1, 3), ['madrid'], [2014, 2016], '2022');
    expect(narrow.span).toEqual([2014, 2016]);
    expect(narrow.reached).toEqual(['SEN', 'ZWE']);
    expect(membersLine(narrow, 'madrid')).toEqual([0, 1, 1]);
    expect(narrow.rows.map((r) => r.active)).toEqual([2, 0, 0]);
    // PCT: Zimbabwe joined in 1998, before the range: counted, but not marked as a change in it
    const pct = treatyTimeline(entries, [oapi], acts.slice(1, 3), ['pct'], [2014, 2016], '2022');
    expect(membersLine(pct, 'pct')).toEqual([1, 1, 1]);
    expect(pct.changes).toEqual([]);
  });

  it('stops counting after the year of the records read: later years are gaps', () => {
    const t = timeline([2010, 2016], '2014-06-30');
    expect(t.lastYear).toBe(2014);
    expect(membersLine(t, 'madrid').slice(-3)).toEqual([2, null, null]);
    expect(t.changes.some((c) => c.year > 2014)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { percentOf, treatyClasses, treatyShare } from '../../../src/domain/treatyMap';
import type { TreatyEntry } from '../../../src/domain/treatyTypes';
import type { Group } from '../../../src/domain/types';
import { treatyEntry as entry, treatySources as src } from '../../fixtures/treaties';

const oapi: Group = {
  id: 'OAPI',
  kind: 'regional-body',
  name: { en: 'OAPI' },
  members: [{ iso3: 'SEN' }],
  sources: src,
};
const entries: TreatyEntry[] = [
  // Zimbabwe: deposited December 2014, in force March 2015
  entry({ id: 'zwe', party: 'ZWE', deposited: '2014-12-11', inForce: '2015-03-11' }),
  entry({ id: 'oapi', party: 'OAPI', deposited: '2014-12-05', inForce: '2015-03-05' }),
  // joined 2001, withdrawal effective 2010
  entry({ id: 'x1', party: 'XXA', deposited: '2001-01-10', inForce: '2001-04-10' }),
  entry({ id: 'x2', party: 'XXA', action: 'withdrawal', deposited: '2009-05-01', inForce: '2010-05-01' }),
];
const countries = ['ZWE', 'SEN', 'XXA', 'BRA'];
const at = (year: number) => Object.fromEntries(treatyClasses(entries, [oapi], countries, 'madrid', year));

describe('treatyClasses: the map at the end of the slider’s last year', () => {
  it('turns a country member from the year the treaty entered into force for it', () => {
    expect(at(2013).ZWE).toBe('not-member');
    expect(at(2014).ZWE).toBe('pending');
    expect(at(2015).ZWE).toBe('member');
    expect(at(2024).ZWE).toBe('member');
  });

  it('covers a member of a regional body that is a party, kept apart from its own membership', () => {
    expect(at(2014).SEN).toBe('unknown');
    expect(at(2015).SEN).toBe('via-regional-body');
  });

  it('shows a withdrawal as not a member from the year it took effect', () => {
    expect(at(2005).XXA).toBe('member');
    expect(at(2010).XXA).toBe('not-member');
  });

  it('says "not found" for a country with no record, whatever the year, never "not a member"', () => {
    expect(at(1990).BRA).toBe('unknown');
    expect(at(2024).BRA).toBe('unknown');
    expect(treatyClasses(entries, [oapi], ['ZWE'], 'pct', 2024).get('ZWE')).toBe('unknown');
  });
});

describe('treatyShare', () => {
  it('counts each country once, in one class, and keeps "not found" apart', () => {
    const s = treatyShare(entries, [oapi], new Set(countries), 'madrid', 2015);
    expect(s.total).toBe(4);
    expect(s.counts).toEqual({ member: 1, 'via-regional-body': 1, pending: 0, 'not-member': 1, unknown: 1 });
    const before = treatyShare(entries, [oapi], countries, 'madrid', 2010);
    expect(before.counts).toEqual({ member: 0, 'via-regional-body': 0, pending: 0, 'not-member': 2, unknown: 2 });
  });

  it('rounds a share to a whole percentage and never divides by zero', () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});

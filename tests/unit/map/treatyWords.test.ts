import { describe, expect, it } from 'vitest';
import type { TreatyStatus } from '../../../src/domain/treaties';
import { TREATY_CLASSES } from '../../../src/domain/treatyMap';
import type { TreatyEntry } from '../../../src/domain/treatyTypes';
import { classLabel, statusLine, statusWords } from '../../../src/features/map/treatyWords';
import { translator } from '../../../src/i18n/messages';

const entry: TreatyEntry = {
  id: 'zwe',
  party: 'ZWE',
  treaty: 'madrid',
  action: 'accession',
  deposited: '2014-12-11',
  inForce: '2015-03-11',
  sources: [{ id: 'src', supports: 'test' }],
};
const en = translator('en');

describe('treaty status words', () => {
  it('start from the key’s label of the class, and add what the records say', () => {
    const member: TreatyStatus = { kind: 'member', since: '2015-03-11', basis: 'in-force', entry };
    expect(statusLine('Madrid Protocol', member, en, 'en')).toBe('Madrid Protocol: Member (since 11 March 2015)');
    const listed: TreatyStatus = { kind: 'member', since: '2010', basis: 'party-by', entry };
    expect(statusWords(listed, en, 'en')).toBe('Member (listed as bound by 2010)');
    const via: TreatyStatus = { kind: 'via-regional-body', body: 'OAPI', own: { kind: 'unknown' }, bodyEntry: entry };
    expect(statusWords(via, en, 'en')).toBe(`${classLabel('via-regional-body', en)} (OAPI)`);
    expect(statusLine('PCT', { kind: 'unknown' }, en, 'en')).toBe("PCT: Not found in WIPO's records here");
    expect(statusWords({ kind: 'pending', entry }, en, 'en')).toBe(classLabel('pending', en));
  });

  it('say every class in Japanese too', () => {
    const ja = translator('ja');
    for (const c of TREATY_CLASSES) expect(classLabel(c, ja)).not.toBe(classLabel(c, en));
    const member: TreatyStatus = { kind: 'member', since: '2015-03-11', basis: 'in-force', entry };
    expect(statusLine('マドリッド協定議定書', member, ja, 'ja')).toBe(
      'マドリッド協定議定書：締約国（2015年3月11日から）',
    );
  });
});

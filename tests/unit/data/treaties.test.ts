// data/treaties.json: the committed file passes, and every check fails on a broken copy with a line
// that names file › record › field.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheckTreaties, type TreatyCheckContext } from '../../../src/data/crossCheckTreaties';
import { DataError } from '../../../src/data/DataError';
import { parseDataFile } from '../../../src/data/validate';
import type { TreatiesData } from '../../../src/domain/treatyTypes';
import type { Countries, Group, Source } from '../../../src/domain/types';

const read = (name: string) => readFileSync(join(process.cwd(), 'data', name), 'utf8');
const text = read('treaties.json');
const committed = parseDataFile('treaties.json', text) as TreatiesData;
const mapCodes = new Set((JSON.parse(read('countries.geojson')) as Countries).features.map((f) => f.properties.iso3));
const ctx: TreatyCheckContext = {
  sourceIds: new Set((JSON.parse(read('sources.json')) as { sources: Source[] }).sources.map((s) => s.id)),
  regionalBodies: new Set(
    (JSON.parse(read('groups.json')) as { groups: Group[] }).groups
      .filter((g) => g.kind === 'regional-body')
      .map((g) => g.id),
  ),
  countryProblem: (c) => (mapCodes.has(c) ? null : 'is not a country of countries.geojson'),
};

/** A deep copy of the committed file, changed by `edit`. */
function broken(edit: (d: TreatiesData) => void): TreatiesData {
  const d = structuredClone(committed);
  edit(d);
  return d;
}
const indexOf = (id: string) => committed.entries.findIndex((e) => e.id === id);
const at = (id: string) => `treaties.json › entries[${indexOf(id)}] (id "${id}")`;
const entry = (d: TreatiesData, id: string) => d.entries[indexOf(id)]!;

describe('data/treaties.json', () => {
  it('passes its schema and every cross-check', () => {
    expect(crossCheckTreaties(committed, ctx)).toEqual([]);
  });

  it('names the four treaties in English and Japanese', () => {
    expect(committed.treaties.map((t) => [t.id, t.name.ja])).toEqual([
      ['pct', '特許協力条約'],
      ['madrid', '標章の国際登録に関するマドリッド協定の議定書'],
      ['hague', '意匠の国際登録に関するハーグ協定のジュネーブ改正協定'],
      ['paris', '工業所有権の保護に関するパリ条約'],
    ]);
  });

  it('dates the file by its newest date: nothing in it is later, and something is that late', () => {
    const dates = [
      ...committed.sources.map((s) => s.date).filter((d) => d !== 'undated'),
      ...committed.entries.flatMap((e) => [e.deposited, e.inForce, e.notification?.date, e.partyBy]),
    ].filter((d): d is string => d !== undefined);
    expect(dates.sort().at(-1)).toBe(committed.asOf.date);
    expect(committed.entries.find((e) => e.inForce === committed.asOf.date)).toMatchObject({
      party: 'CPV',
      treaty: 'pct',
    });
  });

  it('records OAPI as a party in its own right, to the Madrid Protocol and to the Hague Geneva Act', () => {
    expect(committed.entries.find((e) => e.party === 'OAPI' && e.treaty === 'hague')).toMatchObject({
      action: 'bound',
      inForce: '2008-09-16',
    });
  });

  it('records OAPI as a Madrid party in its own right', () => {
    expect(committed.entries.find((e) => e.party === 'OAPI' && e.treaty === 'madrid')).toMatchObject({
      inForce: '2015-03-05',
      notification: { number: 203 },
    });
  });
});

describe('crossCheckTreaties on a broken copy', () => {
  const check = (d: TreatiesData) => crossCheckTreaties(d, ctx);

  it('rejects a party the map does not know and one that is no regional body', () => {
    const d = broken((x) => {
      entry(x, 'madrid-lao-accession').party = 'XYZ';
      entry(x, 'madrid-oapi-accession').party = 'OAPIX';
    });
    expect(check(d)).toEqual([
      `${at('madrid-lao-accession')} › party: "XYZ" is not a country of countries.geojson`,
      `${at('madrid-oapi-accession')} › party: "OAPIX" is neither a country code nor a regional body of groups.json`,
    ]);
  });

  it('rejects an entry into force before the deposit', () => {
    const d = broken((x) => void (entry(x, 'pct-idn-accession').inForce = '1997-06-04'));
    expect(check(d)).toEqual([`${at('pct-idn-accession')} › inForce: "1997-06-04" is before deposited "1997-06-05"`]);
  });

  it('rejects a source id found in neither file', () => {
    const d = broken((x) => void (entry(x, 'madrid-vnm-accession').sources[0]!.id = 'wipo-nowhere'));
    expect(check(d)).toEqual([
      `${at('madrid-vnm-accession')} › sources[0].id: no source "wipo-nowhere" in treaties.json or sources.json`,
    ]);
  });

  it('accepts a source of sources.json but not the same id in both files', () => {
    const shared = [...ctx.sourceIds][0]!;
    const ok = broken((x) => void (entry(x, 'madrid-vnm-accession').sources[0]!.id = shared));
    expect(check(ok)).toEqual([]);
    const clash = broken((x) => void (x.sources[0]!.id = shared));
    expect(check(clash)).toContain(
      `treaties.json › sources[0] (id "${shared}") › id: "${shared}" is also an id in sources.json`,
    );
  });

  it('rejects an unknown treaty', () => {
    const d = broken((x) => void (entry(x, 'madrid-chn-accession').treaty = 'trips'));
    expect(check(d)).toEqual([`${at('madrid-chn-accession')} › treaty: no treaty "trips" in treaties.json treaties`]);
  });

  it('rejects the same party, treaty, action and date twice', () => {
    const d = broken((x) => void x.entries.push({ ...entry(x, 'madrid-zwe-accession'), id: 'madrid-zwe-again' }));
    expect(check(d)).toEqual([
      `treaties.json › entries[${committed.entries.length}] (id "madrid-zwe-again"): same party, treaty, action and date as entries[${indexOf('madrid-zwe-accession')}] (id "madrid-zwe-accession")`,
    ]);
  });

  it('rejects duplicate ids', () => {
    const d = broken((x) => void (entry(x, 'madrid-gmb-accession').id = 'madrid-lao-accession'));
    expect(check(d)).toContain('treaties.json › entries: id "madrid-lao-accession" is used more than once');
  });

  it('rejects any date after the as-of date, in an entry or a source', () => {
    const d = broken((x) => {
      x.asOf.date = '2016-01';
      const i = x.sources.findIndex((s) => s.id === 'wipo-madrid-news-2015-lao');
      x.sources[i]!.date = '2016-02-01';
    });
    const problems = check(d);
    expect(problems).toContain(
      `${at('madrid-lao-accession')} › inForce: "2016-03-07" is after the as-of date "2016-01"`,
    );
    expect(problems).toContain(
      `${at('madrid-brn-accession')} › notification.date: "2016-10-06" is after the as-of date "2016-01"`,
    );
    expect(
      problems.some((p) => /sources\[\d+\] \(id "wipo-madrid-news-2015-lao"\) › date: "2016-02-01" is after/.test(p)),
    ).toBe(true);
  });

  it('rejects a copy not hosted by WIPO that does not say whose document it is', () => {
    const i = committed.sources.findIndex((s) => s.id === 'wipo-hague-status-2020-scribd');
    const d = broken((x) => void delete x.sources[i]!.note);
    expect(check(d)).toEqual([
      `treaties.json › sources[${i}] (id "wipo-hague-status-2020-scribd") › note: the copy is not on wipo.int, so a note must say it is WIPO's document and where it was read`,
    ]);
    const j = committed.sources.findIndex((s) => s.id === 'wipo-pct-contracting-states-de');
    expect(check(broken((x) => void delete x.sources[j]!.note))).toEqual([]);
    const k = committed.sources.findIndex((s) => s.id === 'wipo-hague-news-2019-vnm');
    expect(check(broken((x) => void (x.sources[k]!.url = 'https://wipo.int.example.org/hague/news')))).toEqual([
      `treaties.json › sources[${k}] (id "wipo-hague-news-2019-vnm") › note: the copy is not on wipo.int, so a note must say it is WIPO's document and where it was read`,
    ]);
  });

  it('rejects an entry without any date', () => {
    const d = broken((x) => {
      const e = entry(x, 'madrid-bwa-bound');
      delete e.partyBy;
    });
    expect(check(d)).toEqual([
      `${at('madrid-bwa-bound')}: no date at all (deposited, inForce, notification.date or partyBy); leave it out instead`,
    ]);
  });
});

describe('the treaties.json schema on a broken copy', () => {
  const problemsOf = (d: unknown) => {
    try {
      parseDataFile('treaties.json', JSON.stringify(d));
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      return (e as DataError).problems;
    }
    throw new Error('expected the file to be rejected');
  };

  it('names the record and field of a bad action, date and party', () => {
    const raw = JSON.parse(text) as { entries: Record<string, unknown>[] };
    const i = indexOf('madrid-lao-accession');
    raw.entries[i] = { ...raw.entries[i], action: 'signature', deposited: '2015-13-07', party: 'lao' };
    expect(problemsOf(raw)).toEqual([
      `${at('madrid-lao-accession')} › party: expected an ISO 3166-1 alpha-3 code or a regional body id like "OAPI"; got "lao"`,
      `${at('madrid-lao-accession')} › action: expected one of "ratification", "accession", "succession", "withdrawal", "bound"; got "signature"`,
      `${at('madrid-lao-accession')} › deposited: expected a real calendar date (month 01–12, day within the month); got "2015-13-07"`,
    ]);
  });

  it('requires the as-of date and rejects unknown fields', () => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    delete raw.asOf;
    raw.version = 2;
    expect(problemsOf(raw)).toEqual([
      'treaties.json › asOf: expected object, got nothing (the field is missing)',
      'treaties.json: unknown field "version"',
    ]);
  });
});

describe('npm run data:check', () => {
  it('validates treaties.json and exits 1 naming the broken record', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaties-check-'));
    try {
      cpSync(join(process.cwd(), 'data'), dir, { recursive: true });
      const d = broken((x) => void (entry(x, 'pct-dza-ratification').treaty = 'pct2'));
      writeFileSync(join(dir, 'treaties.json'), JSON.stringify(d));
      let out = '';
      let status = 0;
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', dir], {
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (e) {
        const err = e as { status: number; stdout: string };
        status = err.status;
        out = err.stdout;
      }
      expect(status).toBe(1);
      expect(out).toContain(`${at('pct-dza-ratification')} › treaty: no treaty "pct2" in treaties.json treaties`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

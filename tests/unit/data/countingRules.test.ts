// The counting rules on the real dataset: it passes as committed, and a broken copy of it fails with a
// line that names file › record › field. Each rule gets its own broken copy.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../src/data/crossCheck';
import { DataError } from '../../../src/data/DataError';
import type { DataFileName } from '../../../src/data/schemas';
import { parseDataFile } from '../../../src/data/validate';
import type { Dataset } from '../../../src/domain/types';

type Raw = Record<string, Record<string, unknown>[]>;
const readRaw = (name: DataFileName): Raw => JSON.parse(readFileSync(join('data', name), 'utf8')) as Raw;
const rawFiles = () => ({
  activities: readRaw('activities.json'),
  sources: readRaw('sources.json'),
  programmes: readRaw('programmes.json'),
  groups: readRaw('groups.json'),
  places: readRaw('places.json'),
  series: readRaw('series.json'),
  conflicts: readRaw('conflicts.json'),
});
type RawFiles = ReturnType<typeof rawFiles>;

/** Parses the (possibly broken) files with the app's schemas, then runs the cross-file checks. */
function problemsOf(files: RawFiles): string[] {
  try {
    const parse = <N extends DataFileName>(name: N, raw: Raw) => parseDataFile(name, JSON.stringify(raw));
    const data: Dataset = {
      activities: parse('activities.json', files.activities).activities,
      sources: parse('sources.json', files.sources).sources,
      programmes: parse('programmes.json', files.programmes).programmes,
      groups: parse('groups.json', files.groups).groups,
      places: parse('places.json', files.places).places,
      series: parse('series.json', files.series).series,
      conflicts: parse('conflicts.json', files.conflicts).conflicts,
    };
    return crossCheck(data, () => null);
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
}

type Rec = Record<string, unknown>;
const record = (list: Rec[], id: string): Rec => {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`no record "${id}"`);
  return r;
};
const indexOf = (list: Rec[], id: string) => list.findIndex((x) => x.id === id);

describe('the counting rules on the real dataset', () => {
  it('pass on the committed data', () => {
    expect(problemsOf(rawFiles())).toEqual([]);
  });

  it('require a funding link on every activity', () => {
    const f = rawFiles();
    const a = record(f.activities.activities!, 'tisc-aripo-harare-2024-06');
    delete a.funding;
    const i = indexOf(f.activities.activities!, 'tisc-aripo-harare-2024-06');
    expect(problemsOf(f)).toEqual([
      `activities.json › activities[${i}] (id "tisc-aripo-harare-2024-06") › funding: expected one of "fund", "jica", "context"; got nothing (the field is missing)`,
    ]);
  });

  it('reject a JICA project said to be financed by the fund', () => {
    const f = rawFiles();
    record(f.activities.activities!, 'jica-vietnam-examination-project-2021').funding = 'fund';
    const i = indexOf(f.activities.activities!, 'jica-vietnam-examination-project-2021');
    expect(problemsOf(f)).toEqual([
      `activities.json › activities[${i}] (id "jica-vietnam-examination-project-2021") › funding: "fund" does not fit partner JICA; records with partner JICA have funding "jica", WIPO records have "fund" or "context"`,
    ]);
  });
});

describe('the basis rule on the real dataset', () => {
  const seriesAt = (f: RawFiles, id: string) => {
    const list = f.series.series!;
    const i = indexOf(list, id);
    return { i, points: list[i]!.points as Rec[] };
  };

  it('requires a basis on every series point', () => {
    const f = rawFiles();
    const { i, points } = seriesAt(f, 'contribution-jpy-annual');
    const j = points.findIndex((p) => p.date === '2024');
    delete points[j]!.basis;
    expect(problemsOf(f)).toEqual([
      `series.json › series[${i}] (id "contribution-jpy-annual") › points[${j}].basis: expected one of "budget", "actual", "converted", "press-estimate", "target"; got nothing (the field is missing)`,
    ]);
  });

  it('rejects a basis that contradicts the kind of value', () => {
    const f = rawFiles();
    const { i, points } = seriesAt(f, 'sme-targets');
    points[0]!.basis = 'actual';
    expect(problemsOf(f)).toEqual([
      `series.json › series[${i}] (id "sme-targets") › points[0] (2026-06-27) › basis: "actual" does not fit kind "target"; expected "target"`,
    ]);
  });

  it("labels the FY2024 yen figure a press estimate and WIPO's yen figure a conversion", () => {
    const { points } = seriesAt(rawFiles(), 'contribution-jpy-annual');
    expect(points.find((p) => p.date === '2024')).toMatchObject({ value: 700e6, basis: 'press-estimate' });
    expect(points.find((p) => p.value === 720e6)).toMatchObject({ basis: 'converted' });
  });
});

describe('the status rule on the real dataset', () => {
  const activities = (f: RawFiles) => f.activities.activities!;

  it('rejects a project-year said to be ongoing when a later record says the project was completed', () => {
    const f = rawFiles();
    record(activities(f), 'data-verification-swz-2021').status = { state: 'ongoing', year: 2021 };
    const i = indexOf(activities(f), 'data-verification-swz-2021');
    expect(problemsOf(f)).toEqual([
      `activities.json › activities[${i}] (id "data-verification-swz-2021") › status: says ongoing (as of 2021), but "data-verification-swz-2022" says the same project was completed in 2022; give the state the source gives for this record's year (implemented in 2021?)`,
    ]);
  });

  it('rejects a status without its year, and a year before the record starts', () => {
    const f = rawFiles();
    record(activities(f), 'digitalisation-mwi-2021').status = { state: 'implemented' };
    record(activities(f), 'digitalisation-tha-2021').status = { state: 'implemented', year: 2020 };
    const i = indexOf(activities(f), 'digitalisation-mwi-2021');
    expect(problemsOf(f)).toEqual([
      `activities.json › activities[${i}] (id "digitalisation-mwi-2021") › status.year: expected a year with every state but "unknown", and none with "unknown"; got nothing (the field is missing)`,
    ]);
    record(activities(f), 'digitalisation-mwi-2021').status = { state: 'implemented', year: 2021 };
    const j = indexOf(activities(f), 'digitalisation-tha-2021');
    expect(problemsOf(f)).toEqual([
      `activities.json › activities[${j}] (id "digitalisation-tha-2021") › status: implemented in 2020, before the record starts (2021)`,
    ]);
  });

  it('gives every digitalisation project-year the state the JPO page gives it', () => {
    const years = activities(rawFiles()).filter(
      (a) => a.programme === 'digital-innovation' && /^20\d\d$/.test(String(a.start)) && a.type !== 'it-systems',
    );
    const states = years.map((a) => (a.status as { state: string }).state);
    expect(years).toHaveLength(27);
    expect(states.filter((s) => s === 'implemented')).toHaveLength(22);
    expect(states.filter((s) => s === 'completed')).toHaveLength(5);
    for (const a of years) expect((a.status as { year: number }).year, String(a.id)).toBe(Number(a.start));
  });
});

describe('the event rule on the real dataset', () => {
  it('requires every activity type to say whether its dated records are events', () => {
    const f = rawFiles();
    const programmes = f.programmes.programmes!;
    const i = indexOf(programmes, 'other-initiatives');
    const types = programmes[i]!.types as Rec[];
    const j = indexOf(types, 'awareness');
    delete types[j]!.event;
    expect(problemsOf(f)).toEqual([
      `programmes.json › programmes[${i}] (id "other-initiatives") › types[${j}] (id "awareness") › event: missing; say whether dated records of this type are gatherings (true) or not (false)`,
    ]);
  });
});

describe('the double-count rule on the real dataset', () => {
  const figuresOf = (f: RawFiles, id: string) => record(f.activities.activities!, id).figures as Rec[];
  const at = (f: RawFiles, id: string) =>
    `activities.json › activities[${indexOf(f.activities.activities!, id)}] (id "${id}")`;

  // Each broken copy drops what keeps two figures of one record apart; the message names both figures.
  it.each([
    [
      'one class counted as enrolled and as graduated',
      'mip-yaounde-promotion-8-2018',
      0,
      'partOf',
      '[1] (graduates 26)',
      '[0] (students 25)',
    ],
    [
      'scholarship holders added to the graduates they are among',
      'mip-au-edition-17-2025',
      2,
      'partOf',
      '[2] (graduates 12)',
      '[0] (graduates 29)',
    ],
    [
      'two intakes that do not say which year each counts',
      'mip-africa-university',
      1,
      'date',
      '[1] (students 26)',
      '[0] (students 22)',
    ],
  ])('rejects %s', (_what, id, figure, field, later, earlier) => {
    const f = rawFiles();
    delete figuresOf(f, id)[figure]![field];
    expect(problemsOf(f)).toEqual([
      `${at(f, id)} › figures${later}: would be added to figures${earlier} in "learners"; if they count the same people, mark one partOf the other; if different groups, date each`,
    ]);
  });

  it('rejects a link to a figure that is not there, to another kind, or to fewer people than the part', () => {
    const f = rawFiles();
    const mentees = figuresOf(f, 'kigali-follow-up-mentoring-2023')[0]!;
    mentees.partOf = [{ activity: 'kigali-women-agribusiness-2023', figure: 'women' }];
    const graduates = figuresOf(f, 'mip-au-first-graduates-2010')[0]!;
    graduates.partOf = [{ activity: 'kigali-women-agribusiness-2023', figure: 'participants' }];
    const yaounde = figuresOf(f, 'mip-yaounde-promotion-8-2018')[0]!;
    yaounde.value = 27;
    expect(problemsOf(f)).toEqual([
      `${at(f, 'mip-au-first-graduates-2010')} › figures[0] (graduates 40) › partOf[0]: graduates 40 cannot be part of participants 100, which counts another kind of thing`,
      `${at(f, 'mip-yaounde-promotion-8-2018')} › figures[0] (students 27) › partOf: 27 is more than the 26 it is said to be part of`,
      `${at(f, 'kigali-follow-up-mentoring-2023')} › figures[0] (participants 30) › partOf[0]: activity "kigali-women-agribusiness-2023" has no figure with id "women"`,
    ]);
  });
});

describe('the sub-national places of an activity', () => {
  it('must be sub-national places within one of its countries', () => {
    const f = rawFiles();
    const list = f.activities.activities!;
    record(list, 'african-regional-it-workshop-botswana-2023-11').subnational = ['zanzibar', 'gaborone'];
    record(list, 'best-practices-workshop-laos-2023-11').subnational = ['zanzibar'];
    const at = (id: string) => `activities.json › activities[${indexOf(list, id)}] (id "${id}")`;
    expect(problemsOf(f)).toEqual([
      `${at('african-regional-it-workshop-botswana-2023-11')} › subnational[1]: place "gaborone" is of kind event-city, not subnational`,
      `${at('best-practices-workshop-laos-2023-11')} › subnational[0]: place "zanzibar" lies in TZA, which is not in countries`,
    ]);
  });
});

describe('npm run data:check on a broken copy of data/', () => {
  it('exits 1 and names file › record › field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    try {
      cpSync('data', dir, { recursive: true });
      const f = rawFiles();
      delete record(f.activities.activities!, 'ipmc-thailand-2024-09').funding;
      writeFileSync(join(dir, 'activities.json'), JSON.stringify(f.activities, null, 2));
      let out = '';
      let err = '';
      let status = 0;
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', dir], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (e) {
        const failed = e as { status: number; stdout: string; stderr: string };
        ({ status, stdout: out, stderr: err } = failed);
      }
      expect(status).toBe(1);
      expect(out).toMatch(/^activities\.json › activities\[\d+\] \(id "ipmc-thailand-2024-09"\) › funding: /m);
      expect(err).toMatch(/^data:check: 1 problem in /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A child process on a loaded machine: allow it time, assert nothing about how long it took.
  }, 120_000);
});

// A value of any size in a data file gives a short error: every quoted value is cut with "…", every
// problem is one readable line, and the fields that are ids and names have a maximum length.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/DataError';
import { clip, describeValue, PROBLEM_MAX, quote } from '../../../src/data/describeValue';
import { files, type DataFileName } from '../../../src/data/schemas';
import { parseDataFile } from '../../../src/data/validate';
import { parseCountries } from '../../../src/data/validateCountries';

const HUGE = 'a'.repeat(10 * 1024 * 1024);
const real = (file: DataFileName) => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as Record<string, unknown>;

function rejection(run: () => unknown): DataError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected the file to be rejected');
}

function expectShort(e: DataError) {
  for (const p of e.problems) expect(p.length).toBeLessThanOrEqual(PROBLEM_MAX);
  expect(e.message.length).toBeLessThan(6 * PROBLEM_MAX);
}

describe('clip and quote', () => {
  it('leave short text alone and cut long text to the limit, ending in "…"', () => {
    expect(clip('tisc-harare', 60)).toBe('tisc-harare');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(quote(HUGE)).toBe(`"${'a'.repeat(59)}…"`);
  });

  it('never cut a character in half', () => {
    expect(clip('😀'.repeat(10), 4)).toBe('😀…');
    expect(clip('😀'.repeat(10), 5)).toBe('😀😀…');
  });

  it('describe every kind of value briefly', () => {
    expect(describeValue(HUGE).length).toBeLessThanOrEqual(62);
    expect(describeValue(Array(1e6).fill(0))).toBe('a list of 1000000');
    expect(describeValue({ [HUGE]: 1 })).toBe('an object');
    expect(describeValue(1e300)).toBe('number 1e+300');
  });
});

describe('a 10 MB id', () => {
  const jsonFiles = (Object.keys(files) as DataFileName[]).filter((f) => f !== 'countries.geojson');

  it.each(jsonFiles)('in %s gives a short error that names the record and the field', (file) => {
    const { key } = files[file];
    const data = real(file);
    const records = data[key] as Record<string, unknown>[];
    records[0] = { ...records[0], id: HUGE };
    const e = rejection(() => parseDataFile(file, JSON.stringify(data)));
    expectShort(e);
    expect(e.problems[0]).toMatch(new RegExp(`^${file} › ${key}\\[0\\] \\(id "a{59}…"\\) › id: expected `));
  });

  it('in a feature of countries.geojson gives a short error naming the feature', () => {
    const data = real('countries.geojson') as { features: { properties: { iso3: string } }[] };
    data.features[1]!.properties.iso3 = HUGE;
    const text = JSON.stringify(data);
    for (const e of [
      rejection(() => parseCountries(text)),
      rejection(() => parseDataFile('countries.geojson', text)),
    ]) {
      expectShort(e);
      expect(e.problems[0]).toMatch(
        /^countries\.geojson › features\[1\] \(iso3 "a{59}…"\) › properties\.iso3: expected /,
      );
    }
  });
});

describe('maximum lengths', () => {
  it('reject an id over 100 characters, naming the field, the limit and the real length', () => {
    const data = real('series.json');
    (data.series as Record<string, unknown>[])[2]!.id = 'x'.repeat(101);
    const e = rejection(() => parseDataFile('series.json', JSON.stringify(data)));
    expect(e.problems).toEqual([
      `series.json › series[2] (id "${'x'.repeat(59)}…") › id: expected at most 100 characters; got "${'x'.repeat(59)}…" (101 characters)`,
    ]);
  });

  it('reject a name over 300 characters', () => {
    const data = real('programmes.json');
    const first = (data.programmes as { id: string; name: { en: string } }[])[0]!;
    first.name.en = 'n'.repeat(301);
    const e = rejection(() => parseDataFile('programmes.json', JSON.stringify(data)));
    expect(e.problems).toEqual([
      `programmes.json › programmes[0] (id "${first.id}") › name.en: expected at most 300 characters; got "${'n'.repeat(59)}…" (301 characters)`,
    ]);
  });

  it('reject a list over its limit', () => {
    const data = real('activities.json');
    const first = (data.activities as { id: string; countries: string[] }[])[0]!;
    first.countries = Array(301).fill('ZWE');
    const e = rejection(() => parseDataFile('activities.json', JSON.stringify(data)));
    expect(e.problems).toEqual([
      `activities.json › activities[0] (id "${first.id}") › countries: expected at most 300 entries; got a list of 301`,
    ]);
  });

  it('list a few of many unknown fields, each cut short', () => {
    const data = real('places.json');
    const extra = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${i}${HUGE.slice(0, 1000)}`, 1]));
    const places = data.places as Record<string, unknown>[];
    places[0] = { ...places[0], ...extra };
    const e = rejection(() => parseDataFile('places.json', JSON.stringify(data)));
    expectShort(e);
    expect(e.problems[0]).toMatch(/: unknown fields "0a+…", "1a+…", "2a+…", "3a+…", "4a+…" and 35 more$/);
  });
});

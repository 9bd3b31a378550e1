import { describe, expect, it } from 'vitest';
import { checksOver, crossCheck, runChecks } from '../../../src/data/crossCheck';
import { DataError } from '../../../src/data/DataError';
import { parseDataFile } from '../../../src/data/validate';
import { activity, dataset } from '../../fixtures/factories';

const file = (activities: unknown[]) => JSON.stringify({ activities });
const problemsOf = (text: string) => {
  try {
    parseDataFile('activities.json', text);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).problems;
  }
  throw new Error('expected the file to be rejected');
};

describe('parseDataFile', () => {
  it('accepts a valid file and keeps every record', () => {
    const rows = [activity({ id: 'a' }), activity({ id: 'b', start: '2024-06-07', end: '2024-06-08' })];
    expect(parseDataFile('activities.json', file(rows)).activities).toEqual(rows);
  });

  it('names file, record index and id, field and what was expected', () => {
    const rows = [activity({ id: 'ok' }), { ...activity({ id: 'tisc-harare' }), countries: ['ZWE', 'Kenya'] }];
    expect(problemsOf(file(rows))).toEqual([
      'activities.json › activities[1] (id "tisc-harare") › countries[1]: expected an ISO 3166-1 alpha-3 code in capitals, like "ZWE"; got "Kenya"',
    ]);
  });

  it('reports a missing field, a wrong type, an unknown field, a bad enum and a bad date', () => {
    const { title: _t, ...noTitle } = activity({ id: 'no-title' });
    const rows = [
      noTitle,
      { ...activity({ id: 'wrong-type' }), countries: 'ZWE' },
      { ...activity({ id: 'extra' }), colour: 'red' },
      { ...activity({ id: 'partner' }), partner: 'UN' },
      { ...activity({ id: 'date' }), start: '2023-13' },
    ];
    expect(problemsOf(file(rows))).toEqual([
      'activities.json › activities[0] (id "no-title") › title: expected object, got nothing (the field is missing)',
      'activities.json › activities[1] (id "wrong-type") › countries: expected array, got "ZWE"',
      'activities.json › activities[2] (id "extra"): unknown field "colour"',
      'activities.json › activities[3] (id "partner") › partner: expected one of "WIPO", "JICA"; got "UN"',
      'activities.json › activities[4] (id "date") › start: expected a real calendar date (month 01–12, day within the month); got "2023-13"',
    ]);
  });

  it('reports broken JSON with the file name', () => {
    expect(problemsOf('{"activities": [')[0]).toMatch(/^activities\.json: not valid JSON/);
  });
});

describe('checks inside one file', () => {
  it('names every record that repeats an id, and an end before its start', () => {
    const rows = [
      activity({ id: 'a' }),
      activity({ id: 'a' }),
      activity({ id: 'b', start: '2024-05', end: '2024-04' }),
    ];
    expect(problemsOf(file(rows))).toEqual([
      'activities.json › activities[1] (id "a") › id: already the id of activities[0]; ids must be unique',
      'activities.json › activities[2] (id "b") › end: "2024-04" is before start "2024-05"',
    ]);
  });
});

describe('crossCheck', () => {
  it('finds unknown sources, programmes, types, groups, places and countries', () => {
    const d = dataset([
      activity({ id: 'a', sources: [{ id: 'nowhere', supports: 'x' }] }),
      activity({ id: 'c', programme: 'nope' }),
      activity({ id: 'b', type: 'nope', organisations: ['XYZ'], place: 'atlantis', countries: ['KNE'] }),
    ]);
    expect(crossCheck(d, (c) => (c === 'KNE' ? 'is not a country of countries.geojson' : null))).toEqual([
      'activities.json › activities[1] (id "c") › programme: no programme "nope" in programmes.json',
      'activities.json › activities[2] (id "b") › type: programme "ip-utilisation" has no type "nope"',
      'activities.json › activities[2] (id "b") › countries[0]: "KNE" is not a country of countries.geojson',
      'activities.json › activities[2] (id "b") › organisations[0]: no group "XYZ" in groups.json',
      'activities.json › activities[2] (id "b") › place: no place "atlantis" in places.json',
      'activities.json › activities[0] (id "a") › sources[0].id: no source "nowhere" in sources.json',
    ]);
  });

  it('cuts a long reference short in its message', () => {
    const long = 'x'.repeat(5000);
    const [line] = crossCheck(dataset([activity({ id: 'a', place: long })]), () => null);
    expect(line).toBe(`activities.json › activities[0] (id "a") › place: no place "${'x'.repeat(59)}…" in places.json`);
  });

  it('runs only the checks over the files it is given, and names the files of those that fail', () => {
    const d = dataset([activity({ id: 'a', place: 'atlantis', sources: [{ id: 'nowhere', supports: 'x' }] })]);
    const core = checksOver(['activities.json', 'programmes.json', 'groups.json']);
    expect(runChecks(core, d)).toEqual({ problems: [], files: [] });
    const panel = runChecks(checksOver(['activities.json', 'programmes.json', 'groups.json', 'sources.json']), d);
    expect(panel.files).toEqual(['activities.json', 'sources.json']);
    expect(panel.problems).toEqual([
      'activities.json › activities[0] (id "a") › sources[0].id: no source "nowhere" in sources.json',
    ]);
  });
});

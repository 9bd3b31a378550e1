// Property-based: thousands of malformed datasets. Every one is rejected with lines that name the
// file and, where a record is at fault, its index and field; valid records are never dropped.
// Every generated case asserts: the junk is invalid by construction, and the broken JSON is judged by
// JSON.parse itself. The last tests run the same properties against validators that accept everything,
// and expect them to fail: properties that cannot fail would prove nothing.
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/DataError';
import { parseDataFile } from '../../../src/data/validate';
import type { Activity } from '../../../src/domain/types';

type Parse = (text: string) => unknown;
const validator: Parse = (text) => parseDataFile('activities.json', text);

const real = JSON.parse(readFileSync('data/activities.json', 'utf8')) as { activities: Activity[] };
const sample = real.activities.slice(0, 6);

// Values of the wrong JSON type for a text, a list or an object field.
const scalar = fc.oneof(fc.constant(null), fc.integer(), fc.double({ noNaN: true }), fc.boolean());
const notText = fc.oneof(scalar, fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
const notList = fc.oneof(scalar, fc.string({ maxLength: 20 }), fc.object({ maxDepth: 1 }));
const notObject = fc.oneof(scalar, fc.string({ maxLength: 20 }), fc.array(fc.integer(), { maxLength: 3 }));
const letters = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b'), minLength, maxLength });

// Texts that are never a slug: a character a slug cannot hold, a misplaced hyphen, or over 100 characters.
const badChar = fc.constantFrom('A', ' ', '_', 'é', '.', '/', '"', '<');
const notSlug = fc.oneof(
  fc.tuple(fc.string({ maxLength: 8 }), badChar, fc.string({ maxLength: 8 })).map((p) => p.join('')),
  fc.constantFrom('', '-a', 'a-', 'a--b'),
  letters(101, 400),
);
const notDate = fc.constantFrom('2023-13', '2023-02-30', '23', '2023-1', '2023/01', '', 'yesterday', '2023-00-10');
const badLocalized = (max: number) =>
  fc.oneof(
    notObject,
    fc.constantFrom({}, { ja: 'x' }, { en: '' }, { en: '   ' }, { en: 'x', fr: 'y' }, { en: 1 }),
    letters(max + 1, max + 50).map((en) => ({ en })),
  );
const badSources = fc.oneof(
  notList,
  fc.constant([]),
  fc.array(notObject, { minLength: 1, maxLength: 2 }),
  fc.constantFrom([{ id: 'src' }], [{ supports: 'x' }], [{ id: 'Not A Slug', supports: 'x' }]),
);

/** For each field of an activity, values the schema must reject. */
const INVALID = {
  id: fc.oneof(notText, notSlug),
  title: badLocalized(300),
  programme: fc.oneof(notText, notSlug),
  type: fc.oneof(notText, notSlug),
  partner: fc.oneof(notText, fc.constantFrom('UN', 'wipo', '', 'WIPO ', 'JICA,WIPO')),
  start: fc.oneof(notText, notDate),
  end: fc.oneof(notText, notDate),
  yearBasis: fc.oneof(notText, fc.constantFrom('fiscal', 'Calendar', '', 'jp_fiscal')),
  countries: fc.oneof(
    notList,
    fc
      .tuple(
        fc.array(fc.constantFrom('ZWE', 'KEN'), { maxLength: 3 }),
        fc.constantFrom('zwe', 'UN', 'KENYA', '', 'K3N', 7),
      )
      .map(([ok, bad]) => [...ok, bad]),
    fc.constant(Array<string>(301).fill('ZWE')),
  ),
  summary: badLocalized(2000),
  sources: badSources,
  figures: fc.oneof(
    notList,
    fc.array(notObject, { minLength: 1, maxLength: 2 }),
    fc.constantFrom([{ kind: 'bogus', value: 1 }], [{ kind: 'participants', value: -1 }], [{ kind: 'participants' }]),
  ),
  place: fc.oneof(notText, notSlug),
} as const;
type Field = keyof typeof INVALID;

const junkCase = fc
  .constantFrom(...(Object.keys(INVALID) as Field[]))
  .chain((field) => fc.tuple(fc.nat(sample.length - 1), fc.constant(field), INVALID[field]));

/** The problems `parse` reports for `text`, or null when it accepts it. */
function verdict(parse: Parse, text: string): string[] | null {
  try {
    parse(text);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).problems;
  }
}

function rejectsNamingField(parse: Parse, rows: unknown[], index: number, field: string) {
  const problems = verdict(parse, JSON.stringify({ activities: rows }));
  expect(problems, `record ${index} with a broken ${field} was accepted`).not.toBeNull();
  const at = new RegExp(`^activities\\.json › activities\\[${index}\\].* › ${field}[.:\\[]`);
  expect(
    problems!.some((p) => at.test(p)),
    problems!.join('\n'),
  ).toBe(true);
}

const junkProperty = (parse: Parse) =>
  fc.property(junkCase, ([i, field, value]) => {
    const rows: unknown[] = structuredClone(sample);
    rows[i] = { ...(rows[i] as object), [field]: value };
    rejectsNamingField(parse, rows, i, field);
  });

const text = JSON.stringify(real);
const cutProperty = (parse: Parse) =>
  fc.property(fc.nat(text.length - 2), fc.nat(200), (cut, len) => {
    const broken = text.slice(0, cut) + text.slice(cut + len + 1);
    let json = true;
    try {
      JSON.parse(broken);
    } catch {
      json = false;
    }
    const problems = verdict(parse, broken);
    if (json) {
      // Still JSON (a cut inside a text, or of whole records): accepted, or rejected naming the file.
      expect(problems === null || problems.every((p) => p.startsWith('activities.json'))).toBe(true);
    } else {
      expect(problems, 'broken JSON was accepted').not.toBeNull();
      expect(problems![0]).toMatch(/^activities\.json: not valid JSON/);
    }
  });

describe('loader fuzzing', { timeout: 60_000 }, () => {
  it('rejects a record with a field set to junk, naming the record and the field', () => {
    fc.assert(junkProperty(validator), { numRuns: 1200 });
  });

  it('rejects a record with a required field removed, naming the record and field', () => {
    const required = [
      'id',
      'title',
      'programme',
      'type',
      'partner',
      'start',
      'yearBasis',
      'countries',
      'summary',
      'sources',
    ];
    fc.assert(
      fc.property(fc.nat(sample.length - 1), fc.constantFrom(...required), (i, field) => {
        const rows = structuredClone(sample) as unknown as Record<string, unknown>[];
        delete rows[i]![field];
        rejectsNamingField(validator, rows, i, field);
      }),
      { numRuns: 300 },
    );
  });

  it('reports broken JSON as broken JSON, never as a crash', () => {
    fc.assert(cutProperty(validator), { numRuns: 500 });
  });

  it('keeps every valid record of the real file', () => {
    expect(parseDataFile('activities.json', JSON.stringify(real)).activities).toEqual(real.activities);
  });
});

describe('the properties can fail', () => {
  // A validator that parses and checks nothing, and one that never even fails on broken JSON.
  const parseOnly: Parse = (t) => JSON.parse(t);
  const acceptAll: Parse = (t) => {
    try {
      return JSON.parse(t);
    } catch {
      return {};
    }
  };

  it.each([
    ['parses only', parseOnly],
    ['accepts everything', acceptAll],
  ])('both fail against a validator that %s', (_, parse) => {
    expect(fc.check(junkProperty(parse), { numRuns: 50 }).failed).toBe(true);
    expect(fc.check(cutProperty(parse), { numRuns: 200 }).failed).toBe(true);
  });

  it('the junk property fails against a validator that rejects without naming the record', () => {
    const vague: Parse = () => {
      throw new DataError('activities.json', ['activities.json: invalid']);
    };
    expect(fc.check(junkProperty(vague), { numRuns: 50 }).failed).toBe(true);
  });
});

// Property-based: thousands of malformed datasets. Every one is rejected with lines that name the
// file and, where a record is at fault, its index and field; valid records are never dropped.
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/DataError';
import { parseDataFile } from '../../../src/data/validate';
import type { Activity } from '../../../src/domain/types';

const real = JSON.parse(readFileSync('data/activities.json', 'utf8')) as { activities: Activity[] };
const sample = real.activities.slice(0, 6);
const FIELDS = ['id', 'title', 'programme', 'type', 'partner', 'start', 'end', 'yearBasis', 'countries', 'summary', 'sources', 'figures', 'place'] as const;

const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.string({ minLength: 3000, maxLength: 5000 }),
  fc.constantFrom('2023-13', '2023-02-30', '23', 'KNE', 'zwe', '', ' ', 'UN', '<img src=x onerror=alert(1)>'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

function rejectWithNamedRecord(activities: unknown[], index: number) {
  try {
    parseDataFile('activities.json', JSON.stringify({ activities }));
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    const problems = (e as DataError).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(`activities.json › activities[${index}]`))).toBe(true);
    return;
  }
  throw new Error('a malformed record was accepted');
}

describe('loader fuzzing', { timeout: 30_000 }, () => {
  it('rejects a record with a field set to junk, naming the record', () => {
    fc.assert(
      fc.property(fc.nat(sample.length - 1), fc.constantFrom(...FIELDS), junk, (i, field, value) => {
        const rows: unknown[] = structuredClone(sample);
        const bad = { ...(rows[i] as object), [field]: value };
        // Some junk is valid for an optional field or happens to be a valid value: skip those.
        rows[i] = bad;
        let accepted = false;
        try {
          parseDataFile('activities.json', JSON.stringify({ activities: rows }));
          accepted = true;
        } catch {
          /* rejected: checked below */
        }
        if (accepted) return; // e.g. a string that is a valid slug for 'id'
        rejectWithNamedRecord(rows, i);
      }),
      { numRuns: 1200 },
    );
  });

  it('rejects a record with a required field removed, naming the record and field', () => {
    fc.assert(
      fc.property(fc.nat(sample.length - 1), fc.constantFrom('id', 'title', 'programme', 'type', 'partner', 'start', 'yearBasis', 'countries', 'summary', 'sources'), (i, field) => {
        const rows = structuredClone(sample) as unknown as Record<string, unknown>[];
        delete rows[i]![field];
        rejectWithNamedRecord(rows, i);
      }),
      { numRuns: 300 },
    );
  });

  it('reports broken JSON as broken JSON, never as a crash', () => {
    const text = JSON.stringify(real);
    fc.assert(
      fc.property(fc.nat(text.length - 2), fc.nat(200), (cut, len) => {
        const broken = text.slice(0, cut) + text.slice(cut + len + 1);
        try {
          parseDataFile('activities.json', broken);
        } catch (e) {
          expect(e).toBeInstanceOf(DataError);
          expect((e as DataError).problems[0]).toMatch(/^activities\.json/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every valid record of the real file', () => {
    expect(parseDataFile('activities.json', JSON.stringify(real)).activities).toEqual(real.activities);
  });
});

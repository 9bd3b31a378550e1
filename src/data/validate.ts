// Turns zod's issues into lines a data editor can act on:
//   activities.json › activities[12] (id "tisc-harare") › countries[0]: expected an ISO 3166-1 alpha-3 code …; got "KNE"
import type { z } from 'zod';
import { DataError } from './DataError';
import { clip, describeValue, quote, QUOTE_MAX } from './describeValue';
import { fileProblems } from './fileChecks';
import { files, type DataFileName } from './schemas';

type PathKey = PropertyKey;

function at(value: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function fieldPath(path: readonly PathKey[]): string {
  return path
    .map((k, i) => {
      const name = clip(String(k), QUOTE_MAX);
      return typeof k === 'number' ? `[${k}]` : i === 0 ? name : `.${name}`;
    })
    .join('');
}

/** How many unknown field names one line lists before "and N more". */
const KEYS_SHOWN = 5;

function unknownKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, KEYS_SHOWN).map(quote).join(', ');
  const more = keys.length > KEYS_SHOWN ? ` and ${keys.length - KEYS_SHOWN} more` : '';
  return `unknown field${keys.length > 1 ? 's' : ''} ${shown}${more}`;
}

/** A too-long text is quoted cut short, with its real length, so the editor can find it. */
function tooBig(value: unknown): string {
  return typeof value === 'string' ? `${quote(value)} (${value.length} characters)` : describeValue(value);
}

/** What names a record in a message: its id, or for a map feature its ISO code. */
function recordLabel(record: unknown): string {
  if (!record || typeof record !== 'object') return '';
  const { id, properties } = record as { id?: unknown; properties?: { iso3?: unknown } };
  if (typeof id === 'string') return ` (id ${quote(id)})`;
  const iso3 = properties && typeof properties === 'object' ? properties.iso3 : undefined;
  return typeof iso3 === 'string' ? ` (iso3 ${quote(iso3)})` : '';
}

function expectation(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys);
    case 'too_big':
      return `expected ${issue.message}; got ${tooBig(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(value)}`;
    default:
      return `expected ${issue.message}; got ${describeValue(value)}`;
  }
}

/** One line for one issue, with the record's index and id when the issue is inside a record. */
export function formatIssue(file: string, key: string, raw: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const value = at(raw, path);
  const parts = [file];
  let rest: readonly PathKey[] = path;
  if (path[0] === key && typeof path[1] === 'number') {
    parts.push(`${key}[${path[1]}]${recordLabel(at(raw, path.slice(0, 2)))}`);
    rest = path.slice(2);
  }
  if (rest.length > 0) parts.push(fieldPath(rest));
  return `${parts.join(' › ')}: ${expectation(issue, value)}`;
}

export type FileData<N extends DataFileName> = z.output<(typeof files)[N]['schema']>;

/** Parses a data file's text: broken JSON and schema violations both throw a DataError. */
export function parseDataFile<N extends DataFileName>(file: N, text: string): FileData<N> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataError(file, [`${file}: not valid JSON (${clip((e as Error).message, 200)})`]);
  }
  const { key, schema } = files[file];
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DataError(
      file,
      result.error.issues.map((issue) => formatIssue(file, key, raw, issue)),
    );
  }
  const problems = fileProblems(file, key, result.data);
  if (problems.length > 0) throw new DataError(file, problems);
  return result.data as FileData<N>;
}

// Turns zod's issues into lines a data editor can act on:
//   activities.json › activities[12] (id "tisc-harare") › countries[0]: expected an ISO 3166-1 alpha-3 code …; got "KNE"
import type { z } from 'zod';
import { DataError } from './DataError';
import { describeValue } from './describeValue';
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
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

function expectation(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
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
    const record = at(raw, path.slice(0, 2));
    const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
    parts.push(`${key}[${path[1]}]${typeof id === 'string' ? ` (id "${id}")` : ''}`);
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
    throw new DataError(file, [`${file}: not valid JSON (${(e as Error).message})`]);
  }
  const { key, schema } = files[file];
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DataError(
      file,
      result.error.issues.map((issue) => formatIssue(file, key, raw, issue)),
    );
  }
  return result.data as FileData<N>;
}

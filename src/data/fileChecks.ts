// Checks inside one file that its schema does not express: unique ids, and an end not before its start.
// They belong to the file alone, so a duplicate id breaks only the regions that read that file.
import { quote } from './describeValue';

type Records = { id?: unknown; start?: unknown; end?: unknown }[];

/** Problems of a file that passed its schema; `key` names its list of records. */
export function fileProblems(file: string, key: string, parsed: unknown): string[] {
  const records = (parsed as Partial<Record<string, Records>>)[key];
  if (!Array.isArray(records)) return [];
  const problems: string[] = [];
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    if (typeof r.id !== 'string') return;
    const at = `${file} › ${key}[${i}] (id ${quote(r.id)})`;
    const earlier = first.get(r.id);
    if (earlier === undefined) first.set(r.id, i);
    else problems.push(`${at} › id: already the id of ${key}[${earlier}]; ids must be unique`);
    if (typeof r.start === 'string' && typeof r.end === 'string' && r.end < r.start) {
      problems.push(`${at} › end: ${quote(r.end)} is before start ${quote(r.start)}`);
    }
  });
  return problems;
}

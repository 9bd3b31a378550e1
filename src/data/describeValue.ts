// Values quoted in error messages come from files we are rejecting: they can be any size. Everything a
// message quotes goes through these, so one problem stays a line a person can read.

/** The longest value a message quotes, in characters. */
export const QUOTE_MAX = 60;
/** The longest single problem line; a safety net behind the per-value limit. */
export const PROBLEM_MAX = 400;

/** `text` cut to at most `max` characters, ending in "…"; an emoji or other surrogate pair is never cut in half. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A value from a data file, in quotes and cut to a readable length: `"tisc-harare"`, `"aaaa…"`. */
export function quote(text: string): string {
  return JSON.stringify(clip(text, QUOTE_MAX));
}

/** How a wrong value is shown in an error message: short, and never the whole of a huge string. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return clip(`${typeof v} ${String(v)}`, QUOTE_MAX);
}

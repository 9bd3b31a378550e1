import type { Lang } from '../state/urlState';

/** The BCP 47 tag each UI language formats with. */
export const localeTag = (lang: Lang) => (lang === 'ja' ? 'ja-JP' : 'en-GB');

// Building an Intl formatter is costly (tens of microseconds, far more under CPU throttling); charts
// and lists format thousands of values per filter change. One formatter per locale and options.
const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}

export function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = dates.get(key);
  if (!f) dates.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f;
}

const lists = new Map<string, Intl.ListFormat>();
export function listFormat(locale: string): Intl.ListFormat {
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return f;
}

const plurals = new Map<string, Intl.PluralRules>();
export function pluralRules(locale: string): Intl.PluralRules {
  let f = plurals.get(locale);
  if (!f) plurals.set(locale, (f = new Intl.PluralRules(locale)));
  return f;
}

import type { Lang } from '../state/urlState';
import { en, type Catalogue, type MessageKey } from './en';
import { localeTag, pluralRules } from './intlCache';

// English ships with the page; Japanese is fetched by a page that shows it, so that a reader in one
// language does not download the other's messages before the map.
const catalogues: Partial<Record<Lang, Catalogue>> = { en };

export const hasCatalogue = (lang: Lang): boolean => catalogues[lang] !== undefined;

export async function loadCatalogue(lang: Lang): Promise<void> {
  if (lang === 'ja') catalogues.ja ??= (await import('./ja')).ja;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const cat = catalogues[lang];
  if (!cat) throw new Error(`The ${lang} messages are not loaded yet (loadCatalogue)`);
  return (key, vars) => {
    const s: string = cat[key];
    return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : s;
  };
}

// Marks a value's place in a message: a control character that no message contains.
const MARK = '\u0001';

/**
 * A message in parts: even indexes are its own words, odd ones the `whole` values put in, so that a screen
 * can keep each of them on one line ("100か国超", never "100か／国超"). Joined, the parts are the message.
 */
export function messageParts(
  t: Translate,
  key: MessageKey,
  vars: Record<string, string | number>,
  whole: Record<string, string>,
): string[] {
  const marked = Object.fromEntries(Object.keys(whole).map((k) => [k, `${MARK}${k}${MARK}`]));
  return t(key, { ...vars, ...marked })
    .split(MARK)
    .map((part, i) => (i % 2 === 1 ? (whole[part] ?? '') : part));
}

/** Messages that have a `.one` form for a count the language treats as one. */
export type PluralKey = { [K in MessageKey]: `${K}.one` extends MessageKey ? K : never }[MessageKey];

/** `key`, or its `.one` form where the language says `n` as one: "1 activity", "3 activities". */
export function plural(key: PluralKey, n: number, lang: Lang): MessageKey {
  return pluralRules(localeTag(lang)).select(n) === 'one' ? (`${key}.one` as MessageKey) : key;
}

/** The browser's preference, when the URL does not say. */
export function browserLang(): Lang {
  const langs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return langs.some((l) => l.toLowerCase().startsWith('ja')) && !langs[0]?.toLowerCase().startsWith('en') ? 'ja' : 'en';
}

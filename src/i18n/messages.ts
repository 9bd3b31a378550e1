import type { Lang } from '../state/urlState';
import { en, type MessageKey } from './en';
import { ja } from './ja';

export const catalogues = { en, ja } as const;

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const cat = catalogues[lang];
  return (key, vars) => {
    const s: string = cat[key];
    return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : s;
  };
}

/** The browser's preference, when the URL does not say. */
export function browserLang(): Lang {
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return langs.some((l) => l.toLowerCase().startsWith('ja')) && !langs[0]?.toLowerCase().startsWith('en') ? 'ja' : 'en';
}

import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../state/urlState';
import { translator, type Translate } from './messages';

interface Locale {
  lang: Lang;
  t: Translate;
}

const Ctx = createContext<Locale>({ lang: 'en', t: translator('en') });

export function LocaleProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useLocale = () => useContext(Ctx);

/** A localized text: Japanese when asked for and present, else English marked as untranslated. */
export function useText() {
  const { lang } = useLocale();
  return useCallback(
    (l: { en: string; ja?: string }) => ({
      text: lang === 'ja' ? (l.ja ?? l.en) : l.en,
      missing: lang === 'ja' && !l.ja,
    }),
    [lang],
  );
}

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../state/urlState';
import { hasCatalogue, loadCatalogue, translator, type Translate } from './messages';

interface Locale {
  lang: Lang;
  t: Translate;
}

const Ctx = createContext<Locale>({ lang: 'en', t: translator('en') });

/**
 * `lang` is the language asked for. Its messages may have to be fetched first: until they are in, the
 * page stays in the language it was in (on a first load, it waits for them), and if they cannot be
 * fetched it carries on in English rather than show nothing.
 */
export function LocaleProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [shown, setShown] = useState<Lang | null>(() => (hasCatalogue(lang) ? lang : null));
  useEffect(() => {
    let live = true;
    loadCatalogue(lang).then(
      () => live && setShown(lang),
      () => live && setShown((s) => s ?? 'en'),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const value = useMemo(() => (shown ? { lang: shown, t: translator(shown) } : null), [shown]);
  return value ? <Ctx.Provider value={value}>{children}</Ctx.Provider> : null;
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

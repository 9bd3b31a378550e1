import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { countriesQuery } from '../../data/queries';
import type { Dataset } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import type { TextContext } from './slideText';
import { countryName } from '../../i18n/format';

/** What slide texts need: messages, language, the data, and country names from the geometry. */
export function useTextContext(data: Dataset): TextContext {
  const { t, lang } = useLocale();
  const geo = useQuery(countriesQuery);
  return useMemo(() => {
    const names = new Map((geo.data?.features ?? []).map((f) => [f.properties.iso3, countryName(f.properties, lang)]));
    return { t, lang, data, countryName: (iso3: string) => names.get(iso3) ?? iso3 };
  }, [t, lang, data, geo.data]);
}

import { useMemo } from 'react';
import { statusMap } from '../../domain/treaties';
import type { TreatyClass } from '../../domain/treatyMap';
import type { Group } from '../../domain/types';
import { treatyOfMeasure, type Measure } from '../../domain/values';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { useTreaties } from '../../state/useTreaties';
import type { TreatyKey } from './TreatyLegend';
import { statusLine } from './treatyWords';

export interface TreatyMap {
  /** each country's class at the end of `year`; null while the records load (or fail) */
  classes: Map<string, TreatyClass> | null;
  /** a country's status in the key's words, "PCT: Member (since 11 March 2015)"; null while loading */
  describe: ((iso3: string) => string) | null;
  key: TreatyKey | null;
  error: unknown;
  retry: () => void;
}

/** The treaty map of a `treaty-*` measure (null for the activity measures). treaties.json is fetched
 * only when such a measure is chosen. */
export function useTreatyMap(
  measure: Measure,
  year: number,
  groups: readonly Group[],
  countries: readonly string[] | null,
): TreatyMap | null {
  const text = useText();
  const { t, lang } = useLocale();
  const treaty = treatyOfMeasure(measure);
  const { data, error, retry } = useTreaties(treaty !== null);
  const statuses = useMemo(
    () => (treaty && data && countries ? statusMap(data.entries, groups, countries, treaty, year) : null),
    [treaty, data, groups, countries, year],
  );
  const classes = useMemo(() => (statuses ? new Map([...statuses].map(([c, s]) => [c, s.kind])) : null), [statuses]);
  return useMemo(() => {
    if (treaty === null) return null;
    const named = data?.treaties.find((x) => x.id === treaty);
    const name = named ? text(named.shortName).text : treaty;
    return {
      classes,
      describe: statuses
        ? (iso3: string) => {
            const s = statuses.get(iso3);
            return statusLine(name, s ?? { kind: 'unknown' }, t, lang);
          }
        : null,
      key: data && named ? { treaty: name, year, asOf: data.asOf.date } : null,
      error,
      retry,
    };
  }, [treaty, data, classes, statuses, text, t, lang, year, error, retry]);
}

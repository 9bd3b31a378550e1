import { useMemo } from 'react';
import { treatyClasses, type TreatyClass } from '../../domain/treatyMap';
import type { Group } from '../../domain/types';
import { treatyOfMeasure, type Measure } from '../../domain/values';
import { useText } from '../../i18n/LocaleContext';
import { useTreaties } from '../../state/useTreaties';
import type { TreatyKey } from './TreatyLegend';

export interface TreatyMap {
  /** each country's class at the end of `year`; null while the records load (or fail) */
  classes: Map<string, TreatyClass> | null;
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
  const treaty = treatyOfMeasure(measure);
  const { data, error, retry } = useTreaties(treaty !== null);
  const classes = useMemo(
    () => (treaty && data && countries ? treatyClasses(data.entries, groups, countries, treaty, year) : null),
    [treaty, data, groups, countries, year],
  );
  return useMemo(() => {
    if (treaty === null) return null;
    const t = data?.treaties.find((x) => x.id === treaty);
    return {
      classes,
      key: data && t ? { treaty: text(t.shortName).text, year, asOf: data.asOf.date } : null,
      error,
      retry,
    };
  }, [treaty, data, classes, text, year, error, retry]);
}

// The table twin of a stacked bar chart: a row per year, a column per programme or type, and the total.
import { dataExtent } from '../../domain/extent';
import type { StackRow } from '../../domain/series';
import type { YearBasis } from '../../domain/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { plural, type Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import type { TableModel } from './ChartTable';

export function stackTable(
  id: string,
  caption: string,
  rows: StackRow[],
  keys: string[],
  {
    name,
    basis,
    lang,
    t,
    onSelect,
    note,
  }: {
    name: (k: string) => string;
    basis: YearBasis;
    lang: Lang;
    t: Translate;
    onSelect?: (y: number) => void;
    note?: string;
  },
): TableModel {
  const fiscal = basis === 'jp-fiscal';
  return {
    id,
    caption,
    note,
    columns: [t(fiscal ? 'timeline.fiscalYear' : 'timeline.year'), ...keys.map(name), t('timeline.total')],
    rows: rows.map((r) => {
      const label = formatDate(String(r.year), lang, fiscal);
      return {
        key: String(r.year),
        head: { text: label, raw: r.year },
        cells: [...keys.map((k) => r.counts[k] ?? 0), r.total].map((n) => ({ text: formatNumber(n, lang), raw: n })),
        onSelect: onSelect ? () => onSelect(r.year) : undefined,
        selectLabel: onSelect ? t('timeline.activities.select', { year: label }) : undefined,
      };
    }),
  };
}

/** Says how bars count (by start year) and how many matching activities started outside the years shown. */
export function byStartNote(
  outside: number,
  [from, to]: [number, number],
  basis: YearBasis,
  lang: Lang,
  t: Translate,
): string {
  const y = (n: number) => formatDate(String(n), lang, basis === 'jp-fiscal');
  if (outside === 0) return t('timeline.byStart');
  const rest =
    from === to
      ? t(plural('timeline.outsideYear', outside, lang), { n: outside, year: y(from) })
      : t(plural('timeline.outside', outside, lang), { n: outside, from: y(from), to: y(to) });
  return `${t('timeline.byStart')} ${rest}`;
}

/** The bars drawn: from the first year with an activity (the table keeps every selected year), and the
 * words that name the selected years before it. Empty years after it are real zeros and stay. */
export function drawnRows(
  rows: StackRow[],
  [from, to]: [number, number],
  basis: YearBasis,
  lang: Lang,
  t: Translate,
): { rows: StackRow[]; gapNote?: string } {
  const extent = dataExtent(
    rows.filter((r) => r.total > 0).map((r) => r.year),
    [from, to],
    true,
  );
  if (!extent?.before) return { rows };
  const first = extent.span[0];
  return {
    rows: rows.filter((r) => r.year >= first),
    gapNote: t('timeline.gap.activities', { year: formatDate(String(first), lang, basis === 'jp-fiscal') }),
  };
}

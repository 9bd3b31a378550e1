// The activities a view shows, as a CSV a reader can open in a spreadsheet: one row per activity, texts in
// the active language (English where no translation exists), every source as its URL.
import { toCsv, type CsvCell } from './csv';
import type { Activity, Dataset, Localized } from './types';

export const CSV_COLUMNS = [
  'id',
  'date',
  'title',
  'programme',
  'type',
  'partner',
  'countries',
  'organisations',
  'place',
  'summary',
  'sources',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvNames {
  /** turns an ISO code into a name (the geometry holds the names) */
  countryName?: (iso3: string) => string;
  /** a column's header in the reader's language (the column ids when not given) */
  header?: (column: CsvColumn) => string;
}

/** The rows, header first. */
export function activityRows(
  activities: Activity[],
  data: Dataset,
  lang: 'en' | 'ja',
  { countryName = (c) => c, header = (c) => c }: CsvNames = {},
): CsvCell[][] {
  const text = (l: Localized | undefined) => (l ? (lang === 'ja' ? (l.ja ?? l.en) : l.en) : '');
  const programmes = new Map(data.programmes.map((p) => [p.id, p]));
  const places = new Map(data.places.map((p) => [p.id, p]));
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const urls = new Map(data.sources.map((s) => [s.id, s.url]));
  const rows: CsvCell[][] = [CSV_COLUMNS.map(header)];
  for (const a of activities) {
    const programme = programmes.get(a.programme);
    const type = programme?.types.find((t) => t.id === a.type);
    // A fiscal-year date is marked, so "2023" is not read as a calendar year.
    const fy = a.yearBasis === 'jp-fiscal' ? ' (FY)' : '';
    rows.push([
      a.id,
      `${a.start}${a.end ? `/${a.end}` : ''}${fy}`,
      text(a.title),
      programme ? text(programme.name) : a.programme,
      type ? text(type.name) : a.type,
      a.partner,
      a.countries.map((c) => `${countryName(c)} (${c})`).join('; '),
      (a.organisations ?? []).map((o) => (groups.get(o) ? text(groups.get(o)?.name) : o)).join('; '),
      a.place ? text(places.get(a.place)?.name) || a.place : '',
      text(a.summary),
      [...new Set(a.sources.map((s) => urls.get(s.id) ?? s.id))].join(' '),
    ]);
  }
  return rows;
}

export function activitiesCsv(activities: Activity[], data: Dataset, lang: 'en' | 'ja', names?: CsvNames): string {
  return toCsv(activityRows(activities, data, lang, names));
}

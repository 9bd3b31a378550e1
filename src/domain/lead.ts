// What the first screen says in one sentence: since when Japan has funded the programme, how much in all
// and for how many countries, each figure the latest the sources state (data/series.json), never computed.
import { pointOf, SERIES, type Quote } from './seriesPoints';
import type { Series, SeriesPoint } from './types';

export interface Lead {
  /** the year of the first yearly contribution on record */
  since: number;
  /** the latest statement of the contribution in all */
  total: Quote;
  /** the latest statement of the countries supported, if any */
  countries: Quote | null;
}

/** The series the sentence reads (the build puts them, with their sources, in the page's first code). */
export const LEAD_SERIES: readonly string[] = [SERIES.annualJpy, SERIES.cumulativeJpy, SERIES.countries];

const YEARLY: SeriesPoint['kind'][] = ['annual', 'budget'];
const CUMULATIVE: SeriesPoint['kind'][] = ['cumulative'];

/** The lead, or null when the data lacks the first contribution or the total (the sentence is then left out). */
export function leadOf(series: Series[]): Lead | null {
  const first = pointOf(series, SERIES.annualJpy, YEARLY, 'earliest');
  const total = pointOf(series, SERIES.cumulativeJpy, CUMULATIVE, 'latest');
  if (!first || !total) return null;
  return {
    since: Number(first.point.date.slice(0, 4)),
    total,
    countries: pointOf(series, SERIES.countries, CUMULATIVE, 'latest'),
  };
}

/** The ids of the sources behind the sentence's figures, once each, in the order quoted. */
export const leadSources = (lead: Lead): string[] => [
  ...new Set([lead.total, lead.countries].flatMap((q) => q?.point.sources.map((s) => s.id) ?? [])),
];

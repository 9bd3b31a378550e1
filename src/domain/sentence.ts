// A slide's key sentence as data: a message key plus typed values, so the words come from the message
// catalogues and the numbers from Intl (features/briefing formats them).
import type { Localized, PartialDate, PointBasis, Qualifier, SeriesPoint, YearBasis } from './types';

/** What a count counts: the catalogue words it ("100 countries" / "100か国"), plural and qualifier included. */
export type Unit =
  'countries' | 'experts' | 'centres' | 'enterprises' | 'people' | 'activities' | 'events' | 'programmes';

export type Value =
  | { kind: 'number'; value: number; unit?: Unit; qualifier?: Qualifier }
  | { kind: 'money'; currency: 'JPY' | 'CHF' | 'USD'; value: number; qualifier?: Qualifier; basis?: PointBasis }
  | { kind: 'date'; value: PartialDate; fiscal: boolean }
  | { kind: 'country'; iso3: string }
  | { kind: 'text'; value: Localized };

export type SentenceKey =
  | 'since'
  | 'countriesStated'
  | 'reach'
  | 'firstContribution'
  | 'latestAnnual'
  | 'cumulativeChf'
  | 'expertsStated'
  | 'expertsCountries'
  | 'tiscStated'
  | 'tiscCountries'
  | 'smeTarget'
  | 'smeDocumented'
  | 'smeNoOfficial'
  | 'smeNoOfficialPassed'
  | 'trainees'
  | 'graduates'
  | 'activities'
  | 'activitiesInYear'
  | 'topType'
  | 'longTermExperts'
  | 'countryActivities'
  | 'countryProgrammes'
  | 'treatyShare'
  | 'treatyShareNewest'
  | 'treatyOthers'
  | 'empty';

export interface Sentence {
  key: SentenceKey;
  vars: Record<string, Value>;
  /** What the sentence's figures rest on (provenance on demand): the records counted or quoted, by id,
   * and the series points quoted (each names its sources). */
  records: string[];
  points: { series: string; date: string; sources: string[] }[];
}

/** A stated figure, with its qualifier ("more than 400 experts"). */
export const stated = (p: SeriesPoint, unit: Unit): Value => ({
  kind: 'number',
  value: p.value,
  unit,
  qualifier: p.qualifier,
});

export const money = (p: SeriesPoint, currency: 'JPY' | 'CHF' | 'USD'): Value => ({
  kind: 'money',
  currency,
  value: p.value,
  qualifier: p.qualifier,
  basis: p.basis,
});

/** The date of a figure's statement. */
export const asOf = (p: SeriesPoint): Value => ({ kind: 'date', value: p.date, fiscal: p.yearBasis === 'jp-fiscal' });

export const year = (y: number, basis: YearBasis): Value => ({
  kind: 'date',
  value: String(y),
  fiscal: basis === 'jp-fiscal',
});

/** A number counted from the data. */
export const count = (n: number, unit: Unit): Value => ({ kind: 'number', value: n, unit });

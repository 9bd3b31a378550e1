// What a slide's sentences are computed from and written with (slideFacts and its topic modules).
import type { CountryStats } from './aggregate';
import type { Headline } from './headline';
import type { Sentence, SentenceKey, Value } from './sentence';
import type { Quote } from './seriesPoints';
import type { Activity, Conflict, Dataset, SeriesPoint, YearBasis } from './types';
import type { TreatiesData } from './treatyTypes';
import type { Measure } from './values';

/** What the sentences of one slide are computed from: the data, and the dashboard under the slide's view. */
export interface SlideInput {
  data: Dataset;
  filtered: Activity[];
  stats: Map<string, CountryStats>;
  headline: Headline;
  basis: YearBasis;
  country: string | null;
  /** today's date (YYYY-MM-DD): whether a target's deadline has passed */
  today: string;
  /** the map's measure and the last year of the filters (a treaty slide reads the statuses there) */
  measure: Measure;
  to: number;
  /** data/treaties.json, once loaded: a treaty slide says nothing about membership without it */
  treaties?: TreatiesData | null;
}

export interface SlideFacts {
  sentences: Sentence[];
  /** the series points quoted, so the speaker notes can name their source, date and caveats */
  quoted: Quote[];
  /** conflicts between sources about a quoted series: the presenter should know */
  conflicts: Conflict[];
}

/** What a sentence rests on: the records it counts or names, and the series points it quotes. */
export interface Behind {
  records?: readonly Activity[];
  quotes?: readonly (Quote | null)[];
}

/** What a topic writes its sentences with. */
export interface Writer {
  input: SlideInput;
  add: (key: SentenceKey, vars: Record<string, Value>, behind: Behind) => void;
  /** A figure of a series, not (yet) quoted. */
  find: (id: string, kinds: SeriesPoint['kind'][], which: 'latest' | 'earliest') => Quote | null;
  /** Marks a figure as quoted (the speaker notes list it), and hands it back. */
  quote: (q: Quote | null) => Quote | null;
}

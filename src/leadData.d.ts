// The lead sentence's figures and sources, put in by the build (scripts/leadData.ts).
declare module 'virtual:lead-data' {
  import type { Series, Source } from './domain/types';
  type Both = Record<'en' | 'ja', string>;
  /** `text`: what the sentence shows, formatted in each language by the build; null when there is no lead.
   * `amount` the total in words (formatMoneyWords), `countries` the count (formatNumber), `dates` each
   * dated source's date (formatDate), keyed by the date as written in sources.json. */
  const lead: {
    series: Series[];
    sources: Source[];
    text: { amount: Both; countries: Both | null; dates: Record<string, Both> } | null;
  };
  export default lead;
}

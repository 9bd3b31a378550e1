// The lead sentence's figures and sources, put in by the build (scripts/leadData.ts).
declare module 'virtual:lead-data' {
  import type { Series, Source } from './domain/types';
  /** `amount`: the total in words in each language (formatMoneyWords), null when there is no lead */
  const lead: { series: Series[]; sources: Source[]; amount: Record<'en' | 'ja', string> | null };
  export default lead;
}

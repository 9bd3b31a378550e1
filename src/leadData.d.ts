// The lead sentence's figures and sources, put in by the build (scripts/leadData.ts).
declare module 'virtual:lead-data' {
  import type { Series, Source } from './domain/types';
  const lead: { series: Series[]; sources: Source[] };
  export default lead;
}

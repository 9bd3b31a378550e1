// The figures a slide quotes, found in data/series.json by series id.
import type { Series, SeriesPoint } from './types';

/** The series each sentence quotes, by id in data/series.json. Figures are never written in the code:
 * they are read from these series, and a series that is missing (or renamed) only drops its sentence. */
export const SERIES = {
  cumulativeJpy: 'contribution-jpy-cumulative',
  annualJpy: 'contribution-jpy-annual',
  cumulativeChf: 'contribution-chf-cumulative',
  countries: 'fund-countries-supported',
  experts: 'experts-dispatched',
  expertCountries: 'expert-countries',
  tisc: 'tisc-centres',
  tiscCountries: 'tisc-countries',
  smeTargets: 'sme-targets',
  trainees: 'trainees',
  graduates: 'mip-graduates',
} as const;

/** An official count of the enterprises supported: no such series is in the data until one is published. */
export const SME_OFFICIAL = 'sme-official';

export interface Quote {
  series: Series;
  point: SeriesPoint;
}

/** The point of one of `kinds` in the series `id` dated last (on a tie, the later listed) or first
 * (on a tie, the first listed); null when there is none. */
export function pointOf(
  series: Series[],
  id: string,
  kinds: SeriesPoint['kind'][],
  which: 'latest' | 'earliest',
): Quote | null {
  let best: Quote | null = null;
  for (const s of series) {
    if (s.id !== id) continue;
    for (const p of s.points) {
      if (!kinds.includes(p.kind)) continue;
      const better = !best || (which === 'latest' ? p.date >= best.point.date : p.date < best.point.date);
      if (better) best = { series: s, point: p };
    }
  }
  return best;
}

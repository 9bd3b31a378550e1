// Colour bins for the choropleth. Sequential palette from ColorBrewer YlGnBu (colour-blind safe),
// with separate classes for "reached only through a regional body" and "no activity".
import type { Measure } from './values';

export const PALETTE = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const NO_DATA = '#eceff1';
export const VIA_ONLY = '#dbe7f3';

/** Fills of the treaty measures (domain/treatyMap.ts), by class: a member in the palette's dark blue,
 * a pending joining in its light teal, "not a member" in an orange no blue-green class resembles, and
 * "not found in WIPO's records here" in the no-data grey, never in the colour of "not a member".
 * Coverage through a regional body is hatched in the member's blue (a pattern, not colour alone). */
export const TREATY_FILL = {
  member: PALETTE[3],
  'via-regional-body': PALETTE[3],
  pending: PALETTE[1],
  'not-member': '#fdb863',
  unknown: NO_DATA,
} as const;

export interface Bin {
  /** inclusive bounds */
  lo: number;
  hi: number;
  colour: string;
}

/** Up to five bins with whole-number bounds covering [min, max]; fewer when the range is small. */
export function makeBins(values: number[], measure: Measure): Bin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  let edges: number[];
  if (measure === 'first-year') {
    const step = Math.max(1, Math.ceil((max - min + 1) / 5));
    edges = [];
    for (let lo = min; lo <= max; lo += step) edges.push(lo);
  } else {
    // Counts are skewed (a few countries with many activities): near-geometric breaks read better.
    const candidates = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500];
    edges = candidates.filter((c) => c >= min && c <= max);
    if (edges[0] !== min) edges.unshift(min);
    while (edges.length > 5) edges.splice(edges.length - 2, 1);
  }
  const bins = edges.map((lo, i) => ({ lo, hi: i + 1 < edges.length ? (edges[i + 1] ?? max) - 1 : max, colour: '' }));
  // Spread the colours over the palette so a small number of bins still spans light to dark.
  const last = bins.length - 1;
  return bins.map((b, i) => ({
    ...b,
    colour: PALETTE[last === 0 ? PALETTE.length - 1 : Math.round((i * (PALETTE.length - 1)) / last)] ?? NO_DATA,
  }));
}

export function colourFor(value: number | null, bins: Bin[]): string {
  if (value === null) return NO_DATA;
  return bins.find((b) => value >= b.lo && value <= b.hi)?.colour ?? NO_DATA;
}

/** WCAG relative luminance and contrast, used to pick label colours and checked in a unit test. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (ch[0] ?? 0) + 0.7152 * (ch[1] ?? 0) + 0.0722 * (ch[2] ?? 0);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// The year axis of the Recharts figures: one definition for the series panels, the event timeline and
// the SME plot.

/** The years to label: few enough to stay apart in a half-width panel on a phone. */
export function yearTicks([lo, hi]: [number, number]): number[] {
  const n = hi - lo;
  const step = n <= 6 ? 1 : n <= 14 ? 2 : n <= 30 ? 5 : 10;
  const out: number[] = [];
  for (let y = lo; y <= hi; y += 1) if (y % step === 0) out.push(y);
  return out;
}

/** The props of a number axis of years over `span`, reading each datum's `dataKey`. */
export const yearAxis = (dataKey: string, span: [number, number], format: (year: number) => string) => ({
  type: 'number' as const,
  dataKey,
  // One year alone still needs an axis of some width to sit in.
  domain: span[0] === span[1] ? [span[0] - 1, span[1] + 1] : span,
  ticks: yearTicks(span),
  tickFormatter: format,
  allowDecimals: false,
  padding: { left: 10, right: 10 },
});

// Where a timeline chart starts: at the first selected year that has a figure, not at the filter's first
// year, so a chart is not blank for decades before its data. The years left out are a gap, never zero:
// the chart names them (`before`).

/** The years a chart draws, and the selected years before them that hold no figure. */
export interface Extent {
  span: [number, number];
  /** the selected years before the first figure; null when the chart starts at the first selected year */
  before: [number, number] | null;
}

/** The extent of the figures dated in `years` within the selected years [from, to]: from the first year
 * with a figure to the last one (or to `to` with `untilEnd`: a count whose empty years are real zeros, as
 * the activities bars are). Null when no figure falls within the selected years. An unbounded `from`
 * (-Infinity: every year) has no gap before the first figure. */
export function dataExtent(
  years: Iterable<number>,
  [from, to]: readonly [number, number],
  untilEnd = false,
): Extent | null {
  let first = Infinity;
  let last = -Infinity;
  for (const y of years) {
    if (y < from || y > to) continue;
    if (y < first) first = y;
    if (y > last) last = y;
  }
  if (first === Infinity) return null;
  return {
    span: [first, untilEnd ? to : last],
    before: first > from && Number.isFinite(from) ? [from, first - 1] : null,
  };
}

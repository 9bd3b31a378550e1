/** Round ticks for a value axis that starts at 0: 723 → 0…800 by 200, 11e9 → 0…12e9 by 2e9. With
 * `integer`, the step is at least 1 (counts: 3 → 0, 1, 2, 3, never 0.5). */
export function niceTicks(max: number, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const mag = 10 ** Math.floor(Math.log10(max));
  const found = [0.1, 0.2, 0.5, 1, 2].map((s) => s * mag).find((s) => max / s <= 6) ?? 2 * mag;
  const step = integer ? Math.max(1, found) : found;
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Which of `n` evenly spaced labels to show so that none overlap: every `k`-th from the first, and the
 * last one always (replacing the shown label before it when the two would touch). `band` is the distance
 * between neighbours, `widths[i]` the room label i needs. */
export function thinLabels(widths: number[], band: number, gap: number): number[] {
  const n = widths.length;
  if (n === 0) return [];
  const widest = Math.max(...widths);
  const k = Math.max(1, Math.ceil((widest + gap) / Math.max(band, 1e-9)));
  const shown: number[] = [];
  for (let i = 0; i < n; i += k) shown.push(i);
  const last = n - 1;
  if (shown.at(-1) !== last) {
    const prev = shown.at(-1) ?? 0;
    if ((last - prev) * band < widest + gap && shown.length > 1) shown.pop();
    shown.push(last);
  }
  return shown;
}

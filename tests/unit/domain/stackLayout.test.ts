import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StackRow } from '../../../src/domain/series';
import { stackLayout } from '../../../src/domain/stackLayout';
import { niceTicks, thinLabels } from '../../../src/domain/ticks';

const MARGIN = { top: 8, right: 12, bottom: 24, left: 40 };

describe('niceTicks', () => {
  it('rounds the top of the axis up to a round step', () => {
    expect(niceTicks(723)).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(3)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });
  it('keeps counts whole when asked', () => {
    expect(niceTicks(3, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, true)).toEqual([0, 1]);
  });
});

describe('thinLabels', () => {
  it('keeps the first and the last label, and no two shown labels overlap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 5, max: 80 }),
        fc.integer({ min: 14, max: 60 }),
        (n, band, w) => {
          const shown = thinLabels(Array(n).fill(w), band, 12);
          expect(shown[0]).toBe(0);
          expect(shown.at(-1)).toBe(n - 1);
          for (let i = 1; i < shown.length; i++) {
            const gap = ((shown[i] ?? 0) - (shown[i - 1] ?? 0)) * band;
            // Centred labels of width w overlap when their centres are closer than w.
            expect(gap).toBeGreaterThanOrEqual(Math.min(w, band * (n - 1)));
          }
        },
      ),
    );
  });
});

describe('stackLayout', () => {
  const rows: StackRow[] = [
    { year: 2020, total: 0, counts: {} },
    { year: 2021, total: 3, counts: { a: 1, b: 2 } },
    { year: 2022, total: 5, counts: { a: 5 } },
  ];
  const l = stackLayout(rows, ['a', 'b'], { width: 352, height: 232 }, MARGIN, () => 28);

  it('stacks the first key at the bottom, each segment as tall as its count', () => {
    const [bar2021] = l.bars.slice(1);
    const unit = 200 / 5; // plot 200 px tall, axis 0…5
    expect(bar2021?.segments.map((s) => s.key)).toEqual(['a', 'b']);
    expect(bar2021?.segments.map((s) => s.height)).toEqual([unit, 2 * unit]);
    expect(bar2021?.segments[0]?.y).toBe(208 - unit);
  });

  it('gives every year a slot of the plot, and a year with nothing no segment', () => {
    expect(l.bars.map((b) => b.slot)).toEqual([40, 140, 240]);
    expect(l.slotWidth).toBe(100);
    expect(l.bars[0]?.segments).toEqual([]);
    for (const b of l.bars) expect(b.x + b.width).toBeLessThanOrEqual(340);
  });

  it('ticks the value axis up to the tallest bar', () => {
    expect(l.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(l.yTicks[0]?.y).toBe(208);
    expect(l.yTicks.at(-1)?.y).toBe(8);
  });
});

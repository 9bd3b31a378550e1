import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourFor, contrast, luminance, makeBins, NO_DATA, PALETTE } from '../../../src/domain/scale';

describe('colour scale', () => {
  it('bins counts with whole-number bounds that cover every value', () => {
    const bins = makeBins([1, 2, 3, 4, 7, 13], 'activities');
    expect(bins.map((b) => [b.lo, b.hi])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 9],
      [10, 13],
    ]);
    for (const v of [1, 2, 3, 4, 7, 13]) expect(colourFor(v, bins)).not.toBe(NO_DATA);
    expect(colourFor(null, bins)).toBe(NO_DATA);
  });

  it('spreads a small number of bins from light to dark', () => {
    expect(makeBins([1, 2], 'activities').map((b) => b.colour)).toEqual([PALETTE[0], PALETTE[4]]);
  });

  it('runs light to dark, each step visibly darker than the last', () => {
    const l = PALETTE.map(luminance);
    for (let i = 1; i < l.length; i++) expect(contrast(PALETTE[i - 1]!, PALETTE[i]!)).toBeGreaterThan(1.2);
    expect(l).toEqual([...l].sort((a, b) => b - a));
  });

  it('keeps "no activity" apart from the lightest class', () => {
    expect(contrast(NO_DATA, PALETTE[0])).toBeGreaterThan(1.1);
  });
});

describe('UI colours (WCAG 2.2 AA)', () => {
  // The colours as src/styles/base.css declares them.
  const css = readFileSync('src/styles/base.css', 'utf8');
  const v = (name: string) => css.match(new RegExp(`--${name}: (#[0-9a-f]{6})`))?.[1] ?? 'missing';
  it('text reaches 4.5:1 on the page and on panels', () => {
    for (const ink of [v('ink'), v('muted'), v('accent')]) {
      expect(contrast(ink, v('bg'))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, v('panel'))).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('the focus ring reaches 3:1 against the page and the sea', () => {
    for (const bg of [v('bg'), v('sea')]) expect(contrast(v('focus'), bg)).toBeGreaterThanOrEqual(3);
  });
});

import { describe, expect, it } from 'vitest';
import programmes from '../../../data/programmes.json';
import {
  PROGRAMME_COLOURS,
  programmeColour,
  SERIES_COLOURS,
  typeColour,
  UNKNOWN_PROGRAMME,
} from '../../../src/domain/palette';
import { contrast, deltaE2000, hexToRgb, MACHADO, minDelta, rgbToLab, simulate, type Deficiency } from './colourVision';

const PAGE = '#ffffff';
const PANEL = '#f6f8fa';
const programmeIds = (programmes as { programmes: { id: string }[] }).programmes.map((p) => p.id);
const colours = Object.values(PROGRAMME_COLOURS);
const deficiencies = Object.keys(MACHADO) as Deficiency[];

describe('the colour science the palette is checked with', () => {
  it('computes CIEDE2000 as Sharma, Wu & Dalal (2005) tabulate it', () => {
    // Pairs 1, 7 and 17 of their published test data.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
  });

  it('turns sRGB white into L* 100 and keeps greys grey under every simulation', () => {
    expect(rgbToLab(hexToRgb('#ffffff'))[0]).toBeCloseTo(100, 3);
    for (const d of deficiencies) {
      const [r, g, b] = simulate(hexToRgb('#808080'), d);
      expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(0.01);
    }
  });

  it('makes red and green alike for a protanope and a deuteranope, not for a tritanope', () => {
    const pair = ['#d62728', '#2ca02c'];
    expect(minDelta(pair, 'protanopia')).toBeLessThan(minDelta(pair) / 2);
    expect(minDelta(pair, 'deuteranopia')).toBeLessThan(minDelta(pair) / 2);
    expect(minDelta(pair, 'tritanopia')).toBeGreaterThan(minDelta(pair) / 2);
  });

  it('measures WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('palette', () => {
  it('gives every programme of the data its own colour', () => {
    for (const id of programmeIds) expect(PROGRAMME_COLOURS[id], id).toBeDefined();
    expect(new Set(colours).size).toBe(colours.length);
    expect(programmeColour('not-a-programme')).toBe(UNKNOWN_PROGRAMME);
    expect(colours).not.toContain(UNKNOWN_PROGRAMME);
  });

  it('keeps 3:1 contrast against the page and the panels', () => {
    for (const c of [...colours, ...SERIES_COLOURS, UNKNOWN_PROGRAMME]) {
      expect(contrast(c, PAGE), c).toBeGreaterThanOrEqual(3);
      expect(contrast(c, PANEL), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps programme colours apart with normal vision and under each colour-vision deficiency', () => {
    expect(minDelta(colours)).toBeGreaterThanOrEqual(20);
    for (const d of deficiencies) expect(minDelta(colours, d), d).toBeGreaterThanOrEqual(12);
  });

  it('keeps series colours apart, and apart from every programme colour', () => {
    expect(minDelta([...SERIES_COLOURS])).toBeGreaterThanOrEqual(12);
    for (const d of deficiencies) expect(minDelta([...SERIES_COLOURS], d), d).toBeGreaterThanOrEqual(12);
    for (const s of SERIES_COLOURS) expect(colours).not.toContain(s);
  });

  it('draws further types of a programme in lighter tints of its colour', () => {
    expect(typeColour('jica', 0)).toBe(PROGRAMME_COLOURS.jica);
    const tints = [0, 1, 2].map((r) => typeColour('expert-dispatch', r));
    const lightness = tints.map((c) => rgbToLab(hexToRgb(c))[0]);
    expect(lightness[1]).toBeGreaterThan(lightness[0]! + 10);
    expect(lightness[2]).toBeGreaterThan(lightness[1]! + 10);
  });
});

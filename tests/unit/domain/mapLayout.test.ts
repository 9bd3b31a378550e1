import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easeInto, openRects, placeDots, type Pt, type Rect } from '../../../src/domain/mapLayout';

const free = { left: 0, top: 0, right: 500, bottom: 400 };

describe('easeInto', () => {
  it('leaves a box that is in sight where it is', () => {
    expect(easeInto({ left: 10, top: 10, right: 100, bottom: 100 }, free)).toBeNull();
  });

  it('moves a box under the panel (right of the free part) just far enough to the left', () => {
    expect(easeInto({ left: 550, top: 100, right: 650, bottom: 150 }, free)).toEqual({ x: -150, y: 0 });
    expect(easeInto({ left: -20, top: 380, right: 30, bottom: 420 }, free)).toEqual({ x: 20, y: -20 });
  });

  it('asks for a new zoom when the box is larger than the free part', () => {
    expect(easeInto({ left: 0, top: 0, right: 600, bottom: 100 }, free)).toBe('fit');
  });
});

describe('openRects', () => {
  const key = { left: -10, top: 250, right: 200, bottom: 410 };
  const buttons = { left: -10, top: -10, right: 40, bottom: 80 };

  it('is the free part itself when nothing lies over it', () => {
    expect(openRects(free, [{ left: 600, top: 0, right: 700, bottom: 50 }])).toEqual([free]);
  });

  it('for a key in a corner: the part above it and the part beside it', () => {
    expect(openRects(free, [key])).toEqual([
      { left: 0, top: 0, right: 500, bottom: 250 },
      { left: 200, top: 0, right: 500, bottom: 400 },
    ]);
  });

  it('keeps clear of every cover, and no part lies inside another', () => {
    const overlap = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const inside = (a: Rect, b: Rect) =>
      a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
    const parts = openRects(free, [key, buttons]);
    expect(parts).toContainEqual({ left: 40, top: 0, right: 500, bottom: 250 });
    expect(parts).toContainEqual({ left: 200, top: 0, right: 500, bottom: 400 });
    for (const p of parts) {
      expect(overlap(p, key) || overlap(p, buttons)).toBe(false);
      expect(parts.filter((o) => o !== p && inside(p, o))).toEqual([]);
    }
  });
});

const R = 7;
const HALF = 12;
const apart = (a: Pt, b: Pt) => Math.hypot(a.x - b.x, a.y - b.y);
// A circle and a square are clear when the square's nearest point is farther than the radius.
const clearOf = (c: Pt, s: Pt) =>
  Math.hypot(
    c.x - Math.max(s.x - HALF, Math.min(c.x, s.x + HALF)),
    c.y - Math.max(s.y - HALF, Math.min(c.y, s.y + HALF)),
  ) >= R;

describe('placeDots', () => {
  it('leaves a dot that nothing covers at its point', () => {
    const dot = { x: 100, y: 100 };
    expect(placeDots({ dots: [dot], r: R, squares: [{ x: 200, y: 100 }], half: HALF })).toEqual([dot]);
  });

  it('moves a dot out from under a city square, away from it and not far', () => {
    // São Tomé a little south-west of Yaoundé's square.
    const [spot] = placeDots({ dots: [{ x: 90, y: 108 }], r: R, squares: [{ x: 100, y: 100 }], half: HALF });
    expect(spot && clearOf(spot, { x: 100, y: 100 })).toBe(true);
    expect(spot && spot.x < 90).toBe(true);
    expect(spot && apart(spot, { x: 90, y: 108 })).toBeLessThan(HALF + R + 6);
  });

  it('moves a dot that sits on a square’s centre straight up', () => {
    const [spot] = placeDots({ dots: [{ x: 50, y: 50 }], r: R, squares: [{ x: 50, y: 50 }], half: HALF });
    expect(spot?.x).toBeCloseTo(50, 9);
    expect(spot && spot.y < 50 - HALF - R).toBe(true);
  });

  it('keeps dots off each other: the first keeps its point', () => {
    const [a, b] = placeDots({
      dots: [
        { x: 0, y: 0 },
        { x: 4, y: 0 },
      ],
      r: R,
      squares: [],
      half: HALF,
    });
    expect(a).toEqual({ x: 0, y: 0 });
    expect(b && apart(a ?? b, b)).toBeGreaterThanOrEqual(2 * R);
    expect(b && b.x > 4).toBe(true);
  });

  it('never leaves a moved dot under a square or another dot', () => {
    const pt = fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 8 }), fc.array(pt, { maxLength: 12 }), (dots, squares) => {
        const spots = placeDots({ dots, r: R, squares, half: HALF });
        spots.forEach((s, i) => {
          if (s === dots[i]) return; // at its own point: either free, or no free place was near
          expect(squares.every((q) => clearOf(s, q))).toBe(true);
          spots.slice(0, i).forEach((t) => expect(apart(s, t)).toBeGreaterThanOrEqual(2 * R));
        });
      }),
    );
  });

  // The key in the map's bottom-left corner, a button above it; the map's window around both.
  const KEY = { left: 0, top: 100, right: 240, bottom: 400 };
  const BUTTON = { left: 0, top: 60, right: 34, bottom: 94 };
  const WINDOW = { left: 0, top: 0, right: 960, bottom: 430 };
  const boxClear = (c: Pt, b: typeof KEY) =>
    Math.hypot(c.x - Math.max(b.left, Math.min(c.x, b.right)), c.y - Math.max(b.top, Math.min(c.y, b.bottom))) >= R;
  const inside = (c: Pt, b: typeof KEY) =>
    c.x - R >= b.left && c.x + R <= b.right && c.y - R >= b.top && c.y + R <= b.bottom;

  it('moves a dot from under the key by the nearest way out, inside the window', () => {
    const [spot] = placeDots({
      dots: [{ x: 200, y: 120 }],
      r: R,
      squares: [],
      half: HALF,
      blocked: [KEY],
      bounds: WINDOW,
    });
    expect(spot && boxClear(spot, KEY)).toBe(true);
    expect(spot && spot.y < KEY.top).toBe(true);
    expect(spot && apart(spot, { x: 200, y: 120 })).toBeLessThan(40);
  });

  it('takes a dot deep under the key out over its edge, past a button beside it, never out of the window', () => {
    // Samoa at the world's west edge, far under a tall key, with the reset button above the key.
    const [spot] = placeDots({
      dots: [{ x: 5, y: 260 }],
      r: R,
      squares: [],
      half: HALF,
      blocked: [KEY, BUTTON],
      bounds: WINDOW,
    });
    expect(spot && boxClear(spot, KEY) && boxClear(spot, BUTTON)).toBe(true);
    expect(spot && inside(spot, WINDOW)).toBe(true);
  });

  it('leaves a dot under nothing where it is, whatever boxes lie elsewhere', () => {
    const dot = { x: 600, y: 200 };
    expect(placeDots({ dots: [dot], r: R, squares: [], half: HALF, blocked: [KEY, BUTTON], bounds: WINDOW })).toEqual([
      dot,
    ]);
  });
});

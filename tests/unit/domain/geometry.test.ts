import { describe, expect, it } from 'vitest';
import {
  SMALL_STATE_DEG2,
  isSmall,
  largestPolygon,
  mainBox,
  markerPoint,
  pointInGeometry,
  pointInRing,
  polygonArea,
  ringArea,
  type CountryGeometry,
} from '../../../src/domain/geometry';
import { equalEarth } from '../../../src/domain/equalEarth';
import type { Position } from '../../../src/domain/types';

// Counter-clockwise square [x0, x0+size] × [y0, y0+size].
const square = (x0: number, y0: number, size: number): Position[] => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];
const clockwise = (ring: Position[]): Position[] => [...ring].reverse();

// A 10° "mainland" with a 2° hole, and a far 1° island.
const mainland = [square(0, 0, 10), clockwise(square(4, 4, 2))];
const island = [square(100, 50, 1)];
const multi: CountryGeometry = { type: 'MultiPolygon', coordinates: [island, mainland] };

describe('geometry helpers', () => {
  it('measures signed ring areas and polygon areas minus holes', () => {
    expect(ringArea(square(0, 0, 10))).toBe(100);
    expect(ringArea(clockwise(square(0, 0, 10)))).toBe(-100);
    expect(polygonArea(mainland)).toBe(96);
  });

  it('tests points against rings, holes and multipolygons', () => {
    expect(pointInRing([5, 5], square(0, 0, 10))).toBe(true);
    expect(pointInRing([11, 5], square(0, 0, 10))).toBe(false);
    expect(pointInGeometry([1, 1], multi)).toBe(true);
    expect(pointInGeometry([5, 5], multi)).toBe(false); // in the hole
    expect(pointInGeometry([100.5, 50.5], multi)).toBe(true);
    expect(pointInGeometry([50, 50], multi)).toBe(false);
  });

  it('finds the largest polygon, and frames the main land in Equal Earth units', () => {
    expect(largestPolygon(multi)).toBe(mainland);
    // The far island is a hundredth of the mainland: left out of the box.
    // The east edge is widest at the equator; the north edge is a parallel.
    expect(mainBox(multi)).toEqual({ x0: 0, y0: 0, x1: equalEarth(10, 0)[0], y1: equalEarth(10, 10)[1] });
    // Two islands of a size: both in.
    const pair: CountryGeometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 2)], [square(20, 0, 2)]] };
    expect(mainBox(pair).x1).toBeCloseTo(equalEarth(22, 0)[0], 12);
  });

  it('puts the marker at the centroid of the largest polygon, as [lat, lon]', () => {
    expect(markerPoint({ type: 'Polygon', coordinates: [square(20, -10, 4)] })).toEqual([-8, 22]);
    expect(markerPoint(multi)).toEqual([5, 5]); // symmetric hole: centroid unchanged
    const [lat, lon] = markerPoint({ type: 'Polygon', coordinates: [clockwise(square(20, -10, 4))] });
    expect([lat, lon]).toEqual([-8, 22]); // winding does not matter
  });

  it('calls a state small when its largest polygon bbox is under the threshold', () => {
    expect(isSmall({ type: 'Polygon', coordinates: island }, SMALL_STATE_DEG2)).toBe(true);
    expect(isSmall(multi, SMALL_STATE_DEG2)).toBe(false); // the far island does not make it small
    expect(isSmall(multi, 101)).toBe(true);
  });
});

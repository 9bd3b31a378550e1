import { geoEqualEarthRaw } from 'd3-geo';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EQUAL_EARTH_X, EQUAL_EARTH_Y, equalEarth, equalEarthInverse } from '../../../src/domain/equalEarth';
import { mainBox, polygonsOf, ringArea, worldBox } from '../../../src/domain/geometry';
import type { Countries } from '../../../src/domain/types';

const RAD = Math.PI / 180;
const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -89.9, max: 89.9, noNaN: true });

describe('Equal Earth', () => {
  it('projects as d3-geo does', () => {
    fc.assert(
      fc.property(lon, lat, (l, p) => {
        const [x, y] = equalEarth(l, p);
        const [dx, dy] = geoEqualEarthRaw(l * RAD, p * RAD);
        expect(x).toBeCloseTo(dx, 12);
        expect(y).toBeCloseTo(dy, 12);
      }),
    );
    // The extent the projection's authors publish (±2.70663 by ±1.31736), so a change in d3-geo
    // cannot hide an error here.
    expect(equalEarth(0, 0)).toEqual([0, 0]);
    expect(EQUAL_EARTH_X).toBeCloseTo(2.70663, 5);
    expect(EQUAL_EARTH_Y).toBeCloseTo(1.31736, 5);
  });

  it('inverts its own points and d3-geo’s', () => {
    fc.assert(
      fc.property(lon, lat, (l, p) => {
        const [x, y] = equalEarth(l, p);
        const [l2, p2] = equalEarthInverse(x, y);
        expect(l2).toBeCloseTo(l, 8);
        expect(p2).toBeCloseTo(p, 8);
        const [dl, dp] = geoEqualEarthRaw.invert?.(x, y) ?? [NaN, NaN];
        expect(l2 * RAD).toBeCloseTo(dl, 8);
        expect(p2 * RAD).toBeCloseTo(dp, 8);
      }),
    );
  });

  it('holds the latitude at a pole beyond it, and extends longitude outside the outline', () => {
    expect(equalEarthInverse(0, EQUAL_EARTH_Y + 0.1)[1]).toBeCloseTo(90, 6);
    expect(equalEarthInverse(EQUAL_EARTH_X * 1.5, 0)[0]).toBeCloseTo(270, 6);
  });
});

describe('the countries in Equal Earth', () => {
  const countries = JSON.parse(readFileSync('data/countries.geojson', 'utf8')) as Countries;
  const byIso = new Map(countries.features.map((f) => [f.properties.iso3, f.geometry]));
  const area = (iso3: string) => {
    const g = byIso.get(iso3);
    if (!g) throw new Error(iso3);
    return polygonsOf(g).reduce(
      (sum, p) => sum + Math.abs(ringArea((p[0] ?? []).map(([a, b]) => equalEarth(a, b)))),
      0,
    );
  };

  it('draws Greenland about as large as DR Congo, as they are (2.17 and 2.34 million km²)', () => {
    expect(area('GRL') / area('COD')).toBeGreaterThan(0.85);
    expect(area('GRL') / area('COD')).toBeLessThan(1.0);
  });

  it('frames a country by its main land and the world by all of it', () => {
    const idn = mainBox(byIso.get('IDN') ?? { type: 'Polygon', coordinates: [] });
    // Sumatra to New Guinea, not only the largest island.
    expect(equalEarthInverse(idn.x0, 0)[0]).toBeLessThan(100);
    expect(equalEarthInverse(idn.x1, 0)[0]).toBeGreaterThan(135);
    const fra = mainBox(byIso.get('FRA') ?? { type: 'Polygon', coordinates: [] });
    // Metropolitan France, not French Guiana.
    expect(equalEarthInverse(fra.x0, fra.y0)[0]).toBeGreaterThan(-10);
    const world = worldBox(byIso.values());
    expect(world.x1 - world.x0).toBeGreaterThan(1.9 * EQUAL_EARTH_X);
    // No Antarctica: the south ends with the southern islands (about 59° S).
    expect(equalEarthInverse(0, world.y0)[1]).toBeGreaterThan(-60);
  });
});

// Pure planar helpers for the country geometry of data/countries.geojson (lon/lat degrees, RFC 7946 ring
// order, no ring crosses the antimeridian). Planar maths in degrees is enough to pick a small state, put
// a marker on it and test a point; the boxes the map's camera frames are in Equal Earth units.
import { equalEarth } from './equalEarth';
import type { CountryFeature, PolygonCoords, Position } from './types';

export type CountryGeometry = CountryFeature['geometry'];

/** The polygons of a geometry, whether it is a Polygon or a MultiPolygon. */
export function polygonsOf(geometry: CountryGeometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Shoelace area in square degrees: positive for counter-clockwise rings (RFC 7946 exteriors). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1];
    const b = ring[i];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Area of a polygon in square degrees: its exterior minus its holes. */
export function polygonArea(polygon: PolygonCoords): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

/** Even-odd ray casting; points exactly on an edge may go either way. */
export function pointInRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point: Position, polygon: PolygonCoords): boolean {
  const [exterior, ...holes] = polygon;
  return !!exterior && pointInRing(point, exterior) && !holes.some((hole) => pointInRing(point, hole));
}

/** Whether [lon, lat] lies inside any polygon of the geometry. */
export function pointInGeometry(point: Position, geometry: CountryGeometry): boolean {
  return polygonsOf(geometry).some((polygon) => pointInPolygon(point, polygon));
}

/** The polygon with the largest area, i.e. the mainland rather than far islands (Galápagos, overseas France). */
export function largestPolygon(geometry: CountryGeometry): PolygonCoords {
  let best: PolygonCoords = [];
  let bestArea = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    const area = polygonArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

function bboxOf(polygon: PolygonCoords): { west: number; south: number; east: number; north: number } {
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  for (const [x, y] of polygon[0] ?? []) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  return { west, south, east, north };
}

/** A box in Equal Earth units (see equalEarth.ts): x eastwards, y northwards. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const EMPTY: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

function extend(box: Box, ring: readonly Position[]): Box {
  let { x0, y0, x1, y1 } = box;
  for (const [lon, lat] of ring) {
    const [x, y] = equalEarth(lon, lat);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/** Projected area of a polygon's exterior: proportional to its true area, the projection being equal-area. */
function projectedArea(polygon: PolygonCoords): number {
  return Math.abs(ringArea((polygon[0] ?? []).map(([lon, lat]) => equalEarth(lon, lat))));
}

/**
 * The projected box of a country's main land: its largest polygon and every polygon at least a quarter
 * its size (Indonesia's big islands, Hokkaido with Honshu), for "show this country". A feature's own box
 * is useless for FRA, USA, NZL, ECU… (islands far away) and for RUS, which spans 360° after the cut.
 */
export function mainBox(geometry: CountryGeometry): Box {
  const polygons = polygonsOf(geometry).map((p) => ({ p, area: projectedArea(p) }));
  const largest = Math.max(...polygons.map((x) => x.area));
  return polygons.filter((x) => x.area >= largest / 4).reduce((box, x) => extend(box, x.p[0] ?? []), EMPTY);
}

/** The projected box of every shape: the land of the world as drawn (without Antarctica, which the data leaves out). */
export function worldBox(geometries: Iterable<CountryGeometry>): Box {
  let box = EMPTY;
  for (const g of geometries) for (const polygon of polygonsOf(g)) box = extend(box, polygon[0] ?? []);
  return box;
}

/** [lat, lon] of the area centroid of the largest polygon: where a small state's point marker goes. */
export function markerPoint(geometry: CountryGeometry): [number, number] {
  const polygon = largestPolygon(geometry);
  let area = 0,
    cx = 0,
    cy = 0;
  polygon.forEach((ring, r) => {
    // Holes count negatively whatever their stored winding.
    const sign = (r === 0 ? 1 : -1) * Math.sign(ringArea(ring));
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (!a || !b) continue;
      const cross = (a[0] * b[1] - b[0] * a[1]) * sign;
      area += cross;
      cx += (a[0] + b[0]) * cross;
      cy += (a[1] + b[1]) * cross;
    }
  });
  if (area === 0) {
    // Degenerate ring: fall back to the bounds' centre.
    const { west, south, east, north } = bboxOf(polygon);
    return [(south + north) / 2, (west + east) / 2];
  }
  return [cy / (3 * area), cx / (3 * area)];
}

/**
 * Suggested threshold for isSmall: picks exactly the ten small JPO-page states (SGP STP CPV MUS BRN SWZ GMB RWA
 * LSO, and LKA at 8.3 deg²) and not Sierra Leone (9.3 deg²); see data/countries.md.
 */
export const SMALL_STATE_DEG2 = 9;

/**
 * Whether the largest polygon's bounding box covers less than `thresholdDeg2` square degrees, i.e. the state is
 * too small to hit with a pointer at world zoom and needs a point marker.
 */
export function isSmall(geometry: CountryGeometry, thresholdDeg2: number): boolean {
  const { west, south, east, north } = bboxOf(largestPolygon(geometry));
  return (east - west) * (north - south) < thresholdDeg2;
}

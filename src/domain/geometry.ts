// Pure planar helpers for the country geometry of data/countries.geojson (lon/lat degrees, RFC 7946 ring
// order, no ring crosses the antimeridian). Planar maths in degrees is enough for what the app does with
// them: pick the largest polygon, fly to it, put a marker on it, test a point.
import type { CountryFeature, PolygonCoords, Position } from './types';

export type CountryGeometry = CountryFeature['geometry'];

/** [[south, west], [north, east]]: the order Leaflet's LatLngBounds takes. */
export type LatLonBounds = [[number, number], [number, number]];

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

/**
 * Bounds of the largest polygon, for "fly to country". A feature's own bounds are useless for FRA, USA, NZL,
 * ECU… (islands far away) and for RUS, which spans 360° after the antimeridian cut.
 */
export function largestPolygonBounds(geometry: CountryGeometry): LatLonBounds {
  const { west, south, east, north } = bboxOf(largestPolygon(geometry));
  return [
    [south, west],
    [north, east],
  ];
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

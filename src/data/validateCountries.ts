// A small hand-written check of countries.geojson for the app. zod (src/data/schemas.ts) stays off the
// first paint this way: the map can draw as soon as the geometry arrives, while zod loads with the
// dataset. `npm run data:check` runs this check as well as the full zod schema.
import type { Countries } from '../domain/types';
import { ISO3 } from '../domain/values';
import { DataError } from './DataError';
import { describeValue, quote } from './describeValue';

const FILE = 'countries.geojson';
const RING = 'a ring: a list of at least 4 [longitude, latitude] positions';

const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** What is wrong with one [longitude, latitude] position, or null. */
function positionProblem(p: unknown): string | null {
  if (!isList(p) || p.length !== 2) return `expected a [longitude, latitude] pair, got ${describeValue(p)}`;
  const [lon, lat] = p;
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    return `expected a longitude from -180 to 180, got ${describeValue(lon)}`;
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    return `expected a latitude from -90 to 90, got ${describeValue(lat)}`;
  }
  return null;
}

/** The first problem of a polygon's rings, as "path: what was expected", or null. Only the first is
 * reported: a feature with ten thousand bad positions is still one line. */
function polygonProblem(poly: unknown, path: string): string | null {
  if (!isList(poly) || poly.length === 0)
    return `${path}: expected a polygon (a list of rings), got ${describeValue(poly)}`;
  for (let r = 0; r < poly.length; r++) {
    const ring = poly[r];
    if (!isList(ring) || ring.length < 4) return `${path}[${r}]: expected ${RING}, got ${describeValue(ring)}`;
    for (let i = 0; i < ring.length; i++) {
      const problem = positionProblem(ring[i]);
      if (problem) return `${path}[${r}][${i}]: ${problem}`;
    }
  }
  return null;
}

function coordinatesProblem(type: unknown, coords: unknown): string | null {
  const path = 'geometry.coordinates';
  if (type === 'Polygon') return polygonProblem(coords, path);
  if (!isList(coords) || coords.length === 0) {
    return `${path}: expected a list of polygons, got ${describeValue(coords)}`;
  }
  for (let i = 0; i < coords.length; i++) {
    const problem = polygonProblem(coords[i], `${path}[${i}]`);
    if (problem) return problem;
  }
  return null;
}

function checkFeature(f: unknown, i: number, problems: string[]): void {
  const where = `${FILE} › features[${i}]`;
  if (typeof f !== 'object' || f === null) {
    problems.push(`${where}: expected a Feature object, got ${describeValue(f)}`);
    return;
  }
  const { type, properties: p, geometry: g } = f as Record<string, unknown>;
  if (type !== 'Feature') problems.push(`${where} › type: expected "Feature", got ${describeValue(type)}`);
  const props = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
  const at = `${where}${typeof props.iso3 === 'string' ? ` (iso3 ${quote(props.iso3)})` : ''}`;
  if (typeof props.iso3 !== 'string' || !ISO3.test(props.iso3)) {
    problems.push(`${at} › properties.iso3: expected an ISO 3166-1 alpha-3 code, got ${describeValue(props.iso3)}`);
  }
  for (const k of ['name_en', 'name_ja'] as const) {
    if (typeof props[k] !== 'string' || props[k] === '') {
      problems.push(`${at} › properties.${k}: expected a non-empty text, got ${describeValue(props[k])}`);
    }
  }
  const geom = (typeof g === 'object' && g !== null ? g : {}) as Record<string, unknown>;
  if (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon') {
    problems.push(`${at} › geometry.type: expected one of "Polygon", "MultiPolygon", got ${describeValue(geom.type)}`);
    return;
  }
  const problem = coordinatesProblem(geom.type, geom.coordinates);
  if (problem) problems.push(`${at} › ${problem}`);
}

/** The problems of a parsed countries.geojson, one line each; empty when the map can draw it. */
export function countriesProblems(raw: unknown): string[] {
  const problems: string[] = [];
  const fc = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (fc.type !== 'FeatureCollection')
    problems.push(`${FILE} › type: expected "FeatureCollection", got ${describeValue(fc.type)}`);
  if (!Array.isArray(fc.features) || fc.features.length === 0) {
    problems.push(`${FILE} › features: expected a non-empty list, got ${describeValue(fc.features)}`);
  } else {
    fc.features.forEach((f, i) => checkFeature(f, i, problems));
  }
  return problems;
}

export function parseCountries(text: string): Countries {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataError(FILE, [`${FILE}: not valid JSON (${(e as Error).message})`]);
  }
  const problems = countriesProblems(raw);
  if (problems.length > 0) throw new DataError(FILE, problems);
  return raw as Countries;
}

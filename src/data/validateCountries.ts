// A small hand-written check of countries.geojson for the app. zod (src/data/schemas.ts) stays off the
// first paint this way: the map can draw as soon as the geometry arrives, while zod loads with the
// dataset. `npm run data:check` still validates this file with the full zod schema.
import type { Countries } from '../domain/types';
import { ISO3 } from '../domain/values';
import { DataError } from './DataError';
import { describeValue } from './describeValue';

const FILE = 'countries.geojson';

function checkFeature(f: unknown, i: number, problems: string[]): void {
  const where = `${FILE} › features[${i}]`;
  if (typeof f !== 'object' || f === null) {
    problems.push(`${where}: expected a Feature object, got ${describeValue(f)}`);
    return;
  }
  const { type, properties: p, geometry: g } = f as Record<string, unknown>;
  if (type !== 'Feature') problems.push(`${where} › type: expected "Feature", got ${describeValue(type)}`);
  const props = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
  const id = typeof props.iso3 === 'string' ? ` (iso3 "${props.iso3}")` : '';
  if (typeof props.iso3 !== 'string' || !ISO3.test(props.iso3)) {
    problems.push(`${where}${id} › properties.iso3: expected an ISO 3166-1 alpha-3 code, got ${describeValue(props.iso3)}`);
  }
  for (const k of ['name_en', 'name_ja'] as const) {
    if (typeof props[k] !== 'string' || props[k] === '') {
      problems.push(`${where}${id} › properties.${k}: expected a non-empty text, got ${describeValue(props[k])}`);
    }
  }
  const geom = (typeof g === 'object' && g !== null ? g : {}) as Record<string, unknown>;
  if (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon') {
    problems.push(`${where}${id} › geometry.type: expected one of "Polygon", "MultiPolygon", got ${describeValue(geom.type)}`);
  }
  if (!Array.isArray(geom.coordinates) || geom.coordinates.length === 0) {
    problems.push(`${where}${id} › geometry.coordinates: expected a non-empty list, got ${describeValue(geom.coordinates)}`);
  }
}

export function parseCountries(text: string): Countries {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataError(FILE, [`${FILE}: not valid JSON (${(e as Error).message})`]);
  }
  const problems: string[] = [];
  const fc = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (fc.type !== 'FeatureCollection') problems.push(`${FILE} › type: expected "FeatureCollection", got ${describeValue(fc.type)}`);
  if (!Array.isArray(fc.features) || fc.features.length === 0) {
    problems.push(`${FILE} › features: expected a non-empty list, got ${describeValue(fc.features)}`);
  } else {
    fc.features.forEach((f, i) => checkFeature(f, i, problems));
  }
  if (problems.length > 0) throw new DataError(FILE, problems);
  return raw as Countries;
}

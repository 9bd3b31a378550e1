// @vitest-environment node
// Validates the committed data/countries.geojson (geo.md §6.3). CI never regenerates it: if the build script
// changes, run `npm run build:countries` and commit the result; these checks then say whether it is still fit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isValid } from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import {
  SMALL_STATE_DEG2,
  isSmall,
  markerPoint,
  pointInGeometry,
  polygonsOf,
  ringArea,
} from '../../../src/domain/geometry';
import type { Countries, CountryFeature, Position } from '../../../src/domain/types';

const path = join(process.cwd(), 'data', 'countries.geojson');
const bytes = readFileSync(path);
const collection = JSON.parse(bytes.toString('utf8')) as Countries;
const features = collection.features;
const byIso = new Map(features.map((f) => [f.properties.iso3, f]));

function country(iso3: string): CountryFeature {
  const f = byIso.get(iso3);
  if (!f) throw new Error(`no feature ${iso3}`);
  return f;
}
const rings = (f: CountryFeature): Position[][] => polygonsOf(f.geometry).flat();

// The 42 JPO-page beneficiaries, plus Singapore (WIPO office) and Japan (donor).
const JPO = `BRN LAO THA MYS IDN KHM PHL VNM UZB BGD LKA RWA ZWE DZA CMR BWA CPV SWZ GMB GHA KEN LSO LBR MWI MUS
  MOZ NAM STP SLE SOM TZA UGA ZMB MAR LBY EGY BRA BOL COL ECU PER ARG SGP JPN`.split(/\s+/);
// geo.md §4.1–4.3.
const GROUPS: Record<string, string[]> = {
  ARIPO: 'BWA CPV SWZ GMB GHA KEN LSO LBR MWI MUS MOZ NAM RWA STP SYC SLE SOM SDN TZA UGA ZMB ZWE'.split(' '),
  OAPI: 'BEN BFA CMR CAF TCD COM COG CIV GNQ GAB GIN GNB MLI MRT NER SEN TGO'.split(' '),
  ASEAN: 'BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS'.split(' '),
};

describe('data/countries.geojson', () => {
  it('is a plain FeatureCollection of 230–240 features, sorted by iso3', () => {
    expect(Object.keys(collection)).toEqual(['type', 'features']);
    expect(collection.type).toBe('FeatureCollection');
    expect(features.length).toBeGreaterThanOrEqual(230);
    expect(features.length).toBeLessThanOrEqual(240);
    const codes = features.map((f) => f.properties.iso3);
    expect(codes).toEqual([...codes].sort());
    for (const f of features) {
      expect(Object.keys(f)).toEqual(['type', 'properties', 'geometry']);
      expect(f.type).toBe('Feature');
      expect(Object.keys(f.geometry)).toEqual(['type', 'coordinates']);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('has exactly {iso3, name_en, name_ja}, with valid, unique codes and non-empty names', () => {
    const seen = new Set<string>();
    for (const { properties: p } of features) {
      expect(Object.keys(p).sort()).toEqual(['iso3', 'name_en', 'name_ja']);
      expect(p.iso3 === 'XKX' || isValid(p.iso3), p.iso3).toBe(true);
      expect(p.iso3).toMatch(/^[A-Z]{3}$/);
      expect(seen.has(p.iso3), `duplicate ${p.iso3}`).toBe(false);
      seen.add(p.iso3);
      expect(p.name_en.trim(), p.iso3).not.toBe('');
      expect(p.name_ja.trim(), p.iso3).not.toBe('');
    }
  });

  it('uses the short display names of geo.md §3', () => {
    const names = (iso: string) => [country(iso).properties.name_en, country(iso).properties.name_ja];
    expect(names('BRN')).toEqual(['Brunei', 'ブルネイ']);
    expect(names('SWZ')).toEqual(['Eswatini', 'エスワティニ']);
    expect(names('VNM')).toEqual(['Viet Nam', 'ベトナム']);
    expect(names('CPV')).toEqual(['Cabo Verde', 'カーボベルデ']);
    expect(names('TZA')).toEqual(['Tanzania', 'タンザニア']);
    expect(names('XKX')).toEqual(['Kosovo', 'コソボ']);
    expect(names('TWN')).toEqual(['Taiwan', '台湾']);
    expect(names('KOR')[1]).toBe('韓国');
    expect(names('JPN')).toEqual(['Japan', '日本']);
  });

  it('has no Antarctica and no unfolded pseudo-codes', () => {
    for (const code of ['ATA', 'CYN', 'SOL', 'KAS', 'IOA', 'ATC']) expect(byIso.has(code), code).toBe(false);
  });

  it.each(JPO)('%s has a polygon with at least 4 positions', (iso3) => {
    expect(polygonsOf(country(iso3).geometry).some((p) => (p[0]?.length ?? 0) >= 4)).toBe(true);
  });

  it.each(Object.entries(GROUPS))('every %s member has a feature', (_group, members) => {
    expect(members.filter((iso3) => !byIso.has(iso3))).toEqual([]);
  });

  it('has closed rings of ≥4 positions, in range, at ≤3 decimals, with no antimeridian jump', () => {
    for (const f of features) {
      for (const ring of rings(f)) {
        expect(ring.length, f.properties.iso3).toBeGreaterThanOrEqual(4);
        expect(ring[0], f.properties.iso3).toEqual(ring[ring.length - 1]);
        for (let i = 0; i < ring.length; i++) {
          const [lon, lat] = ring[i] as Position;
          expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, f.properties.iso3).toBe(true);
          expect(Math.abs(Math.round(lon * 1000) - lon * 1000) < 1e-6, `${f.properties.iso3} ${lon}`).toBe(true);
          const previous = ring[i - 1];
          if (previous) expect(Math.abs(lon - previous[0]), f.properties.iso3).toBeLessThanOrEqual(180);
        }
      }
    }
  });

  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of features) {
      for (const polygon of polygonsOf(f.geometry)) {
        polygon.forEach((ring, i) => {
          expect(Math.sign(ringArea(ring)), `${f.properties.iso3} ring ${i}`).toBe(i === 0 ? 1 : -1);
        });
      }
    }
  });

  it('follows the depiction decisions (geo.md §2.4)', () => {
    const kunashiri: Position = [145.9, 44.1];
    expect(pointInGeometry(kunashiri, country('JPN').geometry)).toBe(true);
    expect(pointInGeometry(kunashiri, country('RUS').geometry)).toBe(false);
    const crimea: Position = [34.1, 45.0];
    expect(pointInGeometry(crimea, country('UKR').geometry)).toBe(true);
    expect(pointInGeometry(crimea, country('RUS').geometry)).toBe(false);
    const laayoune: Position = [-13.2, 27.15];
    expect(pointInGeometry(laayoune, country('ESH').geometry)).toBe(true);
    expect(pointInGeometry(laayoune, country('MAR').geometry)).toBe(false);
    // Folds: northern Somalia (Hargeisa) is SOM, northern Cyprus (Kyrenia) is CYP.
    expect(pointInGeometry([44.07, 9.56], country('SOM').geometry)).toBe(true);
    expect(pointInGeometry([33.32, 35.3], country('CYP').geometry)).toBe(true);
    // Zanzibar (Unguja) stays with Tanzania.
    expect(pointInGeometry([39.3, -6.1], country('TZA').geometry)).toBe(true);
  });

  it('marks exactly the ten small JPO-page states as small, with markers inside their polygons', () => {
    const small = JPO.filter((iso3) => isSmall(country(iso3).geometry, SMALL_STATE_DEG2));
    expect(small.sort()).toEqual(['BRN', 'CPV', 'GMB', 'LKA', 'LSO', 'MUS', 'RWA', 'SGP', 'STP', 'SWZ']);
    for (const iso3 of small) {
      const [lat, lon] = markerPoint(country(iso3).geometry);
      expect(pointInGeometry([lon, lat], country(iso3).geometry), iso3).toBe(true);
    }
  });

  it('stays within the size budget (< 300 KB raw, < 80 KB gzip)', () => {
    expect(bytes.length).toBeLessThan(300_000);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThan(80_000);
  });
});

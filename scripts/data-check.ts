// npm run data:check — validates every file in data/ with the app's own schemas, then across files,
// and every ISO code against i18n-iso-countries (a maintained ISO 3166-1 list).
// Prints one line per problem and exits 1, or a one-line summary and exits 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countriesList from 'i18n-iso-countries';
import { crossCheck } from '../src/data/crossCheck.ts';
import { crossCheckTreaties } from '../src/data/crossCheckTreaties.ts';
import { DataError } from '../src/data/DataError.ts';
import { files, type DataFileName } from '../src/data/schemas.ts';
import { parseDataFile } from '../src/data/validate.ts';
import { countriesProblems } from '../src/data/validateCountries.ts';
import type { TreatiesData } from '../src/domain/treatyTypes.ts';
import type { Countries, Dataset } from '../src/domain/types.ts';

const dir = process.argv[2] ?? 'data';

function countriesOf(text: string): string[] {
  try {
    return countriesProblems(JSON.parse(text));
  } catch {
    return []; // broken JSON: parseDataFile reports it
  }
}
const problems: string[] = [];
const parsed: Partial<Record<DataFileName, unknown>> = {};

for (const name of Object.keys(files) as DataFileName[]) {
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch {
    problems.push(`${name}: missing from ${dir}/`);
    continue;
  }
  // The geometry gets the app's own check first (it names feature, ISO code and position); the zod
  // schema, which checks coordinates for shape only, then adds what that check does not cover.
  const geometry = name === 'countries.geojson' ? countriesOf(text) : [];
  if (geometry.length > 0) {
    problems.push(...geometry);
    continue;
  }
  try {
    parsed[name] = parseDataFile(name, text);
  } catch (e) {
    if (e instanceof DataError) problems.push(...e.problems);
    else throw e;
  }
}

// Kosovo has no ISO 3166-1 code; XKX is the user-assigned code in common use (see data/countries.md).
const isIso = (c: string) => c === 'XKX' || countriesList.isValid(c);

const geo = parsed['countries.geojson'] as Countries | undefined;
const geoCodes = new Set(geo?.features.map((f) => f.properties.iso3));
geo?.features.forEach((f, i) => {
  if (!isIso(f.properties.iso3)) {
    problems.push(
      `countries.geojson › features[${i}] › properties.iso3: "${f.properties.iso3}" is not an ISO 3166-1 alpha-3 code`,
    );
  }
});

const get = <K extends string>(n: DataFileName, k: K) => (parsed[n] as Record<K, unknown[]> | undefined)?.[k];
const data = {
  activities: get('activities.json', 'activities'),
  sources: get('sources.json', 'sources'),
  programmes: get('programmes.json', 'programmes'),
  groups: get('groups.json', 'groups'),
  places: get('places.json', 'places'),
  series: get('series.json', 'series'),
  conflicts: get('conflicts.json', 'conflicts'),
};
if (Object.values(data).every(Boolean)) {
  const countryProblem = (c: string) =>
    !isIso(c)
      ? 'is not an ISO 3166-1 alpha-3 code'
      : geo && !geoCodes.has(c)
        ? 'is not a country of countries.geojson'
        : null;
  problems.push(...crossCheck(data as unknown as Dataset, countryProblem));
  const treaties = parsed['treaties.json'] as TreatiesData | undefined;
  if (treaties) {
    const d = data as unknown as Dataset;
    problems.push(
      ...crossCheckTreaties(treaties, {
        sourceIds: new Set(d.sources.map((s) => s.id)),
        regionalBodies: new Set(d.groups.filter((g) => g.kind === 'regional-body').map((g) => g.id)),
        countryProblem,
      }),
    );
  }
}

if (problems.length > 0) {
  for (const p of problems) console.log(p);
  console.error(`data:check: ${problems.length} problem${problems.length > 1 ? 's' : ''} in ${dir}/`);
  process.exit(1);
}
const d = data as unknown as Dataset;
const points = d.series.reduce((n, s) => n + s.points.length, 0);
console.log(
  `data:check: ok — ${d.activities.length} activities, ${d.sources.length} sources, ${d.programmes.length} programmes, ` +
    `${d.groups.length} groups, ${d.places.length} places, ${d.series.length} series (${points} points), ` +
    `${d.conflicts.length} conflicts, ${geo?.features.length ?? 0} countries, ` +
    `${(parsed['treaties.json'] as TreatiesData).entries.length} treaty entries`,
);

// Which data files each region of the dashboard needs. A region loads only its files and runs only the
// cross-file checks over them, so one broken file breaks the regions that read it and no other: with
// series.json broken, the filters, the headline, the map and the country panel keep working.
import type { Dataset } from '../domain/types';
import { DataError, LoadError } from './DataError';
import type { DataFileName } from './schemas';
import type { FileData } from './validate';

// treaties.json is not part of the Dataset yet (it is read by data:check; the map and panel come next).
export type JsonFile = Exclude<DataFileName, 'countries.geojson' | 'treaties.json'>;
export type Region = 'map' | 'filters' | 'headline' | 'panel' | 'charts' | 'briefing' | 'treaties';

/** The list each file holds, as named in the Dataset. */
export const DATASET_KEY = {
  'activities.json': 'activities',
  'sources.json': 'sources',
  'programmes.json': 'programmes',
  'groups.json': 'groups',
  'places.json': 'places',
  'series.json': 'series',
  'conflicts.json': 'conflicts',
} as const satisfies Record<JsonFile, keyof Dataset>;

export const JSON_FILES = Object.keys(DATASET_KEY) as JsonFile[];

/** What the filters and the headline count: the activities, and the programmes and groups they filter by. */
const CORE: readonly JsonFile[] = ['activities.json', 'programmes.json', 'groups.json'];

/** The map's shapes need the geometry alone. Its colours and markers come from the filters' files and
 * places.json when those load, and are left out (the shapes stay clickable) when they do not. */
export const REGION_FILES: Record<Region, readonly DataFileName[]> = {
  map: ['countries.geojson'],
  filters: CORE,
  headline: CORE,
  // The panel lists each activity with its place and its sources.
  panel: [...CORE, 'places.json', 'sources.json'],
  // The charts cite the sources of every point and show where sources disagree.
  charts: [...CORE, 'sources.json', 'series.json', 'conflicts.json'],
  // A slide shows a map, a chart and a country's activities: everything.
  briefing: ['countries.geojson', ...JSON_FILES],
  // The treaty measures of the map (and the panel's, chart's and slide's treaty parts): a small region
  // of its own, so a broken treaties.json breaks the treaty views and nothing else. treaties.json is not
  // part of the Dataset: its feature reads it with its own query, only when shown, so `regionQuery`
  // does not load it (jsonFilesOf leaves it out); Try again is `retryFiles(client, error, REGION_FILES.treaties)`.
  // Its entries name countries of the geometry or regional bodies of groups.json, and may cite sources.json.
  treaties: ['treaties.json', 'countries.geojson', 'groups.json', 'sources.json'],
};

/** The JSON files of a region, in a fixed order (one query key per set of files). */
export function jsonFilesOf(files: readonly DataFileName[]): JsonFile[] {
  return JSON_FILES.filter((f) => files.includes(f));
}

/** Every file an error involves: what a retry must fetch again. Unknown errors involve all of `fallback`. */
export function filesOfError(error: unknown, fallback: readonly DataFileName[]): DataFileName[] {
  const files = error instanceof DataError || error instanceof LoadError ? error.files : [];
  const known = files.filter((f): f is DataFileName => (fallback as readonly string[]).includes(f));
  return known.length > 0 ? known : [...fallback];
}

/** Several files failed at once: one error that lists the problems of each and involves all of them. */
function combine(errors: unknown[]): unknown {
  if (errors.length === 1) return errors[0];
  const problems: string[] = [];
  const files: string[] = [];
  for (const e of errors) {
    if (e instanceof DataError) problems.push(...e.problems);
    else problems.push(e instanceof Error ? e.message : String(e));
    if (e instanceof DataError || e instanceof LoadError) files.push(...e.files);
  }
  return new DataError(files.join(', '), problems, files);
}

export type GetFile = <N extends JsonFile>(file: N) => Promise<FileData<N>>;
export type RegionData = Partial<Dataset>;

/** Loads a region's JSON files (through `get`, which may serve them from a cache), then checks them
 * against each other. A file that fails alone is reported as it failed; a failed cross-file check
 * names every file it read, so that Try again fetches all of them. */
export async function loadRegion(
  files: readonly DataFileName[],
  get: GetFile,
  // The checks come in a chunk of their own, fetched alongside the files: nothing of them is needed
  // to paint the map. A script that cannot import later (Vite's runnerImport) passes them in.
  checksModule: () => Promise<typeof import('./crossCheck')> = () => import('./crossCheck'),
): Promise<RegionData> {
  const wanted = jsonFilesOf(files);
  const checks = checksModule();
  // Awaited below; a file that fails first leaves it unawaited, and its own failure is then no news.
  checks.catch(() => {});
  const settled = await Promise.allSettled(wanted.map((f) => get(f)));
  const errors = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (errors.length > 0) throw combine(errors);
  const data: RegionData = {};
  settled.forEach((s, i) => {
    const key = DATASET_KEY[wanted[i]!];
    if (s.status === 'fulfilled') Object.assign(data, { [key]: (s.value as Record<string, unknown>)[key] });
  });
  const { checksOver, runChecks } = await checks;
  const { problems, files: involved } = runChecks(checksOver(wanted), data as Dataset);
  if (problems.length > 0) throw new DataError(involved.join(', '), problems, involved);
  return data;
}

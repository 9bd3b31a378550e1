import type { Countries, Dataset } from '../domain/types';
import { assetUrls } from './assets';
import { LoadError } from './DataError';
import { JSON_FILES, loadRegion, type GetFile, type JsonFile } from './regions';
import type { DataFileName } from './schemas';
import type { FileData } from './validate';
import { parseCountries } from './validateCountries';

const TIMEOUT_MS = 20_000;

/** `revalidate`: ask the server even if the browser's HTTP cache holds the file (a retry after a fault:
 * the file may have been mended on the server since, under the same name). */
export async function fetchText(file: DataFileName, signal?: AbortSignal, revalidate = false): Promise<string> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(assetUrls[file], { signal: combined, cache: revalidate ? 'no-cache' : 'default' });
  } catch (e) {
    throw new LoadError(file, timeout.aborted ? 'the request timed out' : (e as Error).message);
  }
  if (!res.ok) throw new LoadError(file, `the server answered ${res.status}`);
  return res.text();
}

/** Fetches and validates one file. zod comes in its own chunk, fetched alongside the file, so it
 * never delays the first paint of the map. */
export async function loadFile<N extends DataFileName>(
  file: N,
  signal?: AbortSignal,
  revalidate = false,
): Promise<FileData<N>> {
  const [text, { parseDataFile }] = await Promise.all([fetchText(file, signal, revalidate), import('./validate')]);
  // Every file waiting for zod resumes in the same task when its chunk arrives: each is parsed in a task
  // of its own instead, so that a phone's main thread is not held for all seven files at once.
  await new Promise((resolve) => setTimeout(resolve));
  return parseDataFile(file, text);
}

export async function loadCountries(signal?: AbortSignal, revalidate = false): Promise<Countries> {
  return parseCountries(await fetchText('countries.geojson', signal, revalidate));
}

export type { JsonFile };

/** The seven small files, validated one by one (through `get`, which may serve them from a cache)
 * and then against each other. Country codes are checked against the geometry by data:check; here
 * the geometry may not be loaded. */
export async function loadDataset(get: GetFile, checks?: Parameters<typeof loadRegion>[2]): Promise<Dataset> {
  return (await loadRegion(JSON_FILES, get, checks)) as Dataset;
}

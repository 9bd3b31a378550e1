import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { loadCountries, loadFile, type JsonFile } from './loaders';
import { filesOfError, jsonFilesOf, loadRegion } from './regions';
import type { DataFileName } from './schemas';
import type { FileData } from './validate';

// The files ship with the build and never change while the page is open: never stale, never refetched,
// except by Try again after a fault, which asks the server past the browser's HTTP cache.

/** The cache key of one data file's query (the geometry's included). */
export const fileKey = (file: DataFileName) => ['data', file] as const;

/** Files a Try again fetches anew, per client. */
const retried = new WeakMap<QueryClient, Set<DataFileName>>();
/** Is this fetch of `file` a retry (asked for by retryFiles, or a refetch after the file failed)? Then it
 * revalidates with the server: a file mended there is read even if the server let the browser cache it. */
const isRetry = (client: QueryClient, file: DataFileName) =>
  !!retried.get(client)?.has(file) || (client.getQueryState(fileKey(file))?.errorUpdateCount ?? 0) > 0;

/** One query per JSON data file. treaties.json is read on its own (`fileQuery('treaties.json')`) by
 * the treaty map, the country panel, the chart and the slide, when one of them is shown. */
export const fileQuery = <N extends JsonFile | 'treaties.json'>(file: N) =>
  queryOptions<FileData<N>>({
    queryKey: fileKey(file),
    queryFn: ({ signal, client }) => loadFile(file, signal, isRetry(client, file)),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/** The geometry is its own query so the charts and panel work even when it fails, and vice versa. */
export const countriesQuery = queryOptions({
  queryKey: fileKey('countries.geojson'),
  queryFn: ({ signal, client }) => loadCountries(signal, isRetry(client, 'countries.geojson')),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

const REGION = 'region';

/** The JSON files a region needs (see REGION_FILES), loaded from the per-file queries and checked
 * against each other. Regions with the same files (the filters and the headline) share one query. */
export const regionQuery = (files: readonly DataFileName[]) => {
  const json = jsonFilesOf(files);
  return queryOptions({
    queryKey: ['data', REGION, ...json],
    queryFn: ({ client }) => loadRegion(json, (file) => client.ensureQueryData(fileQuery(file))),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
};

/** Try again after `error` in a region that needs `files`: every file the failure involves is dropped
 * from the cache (the one that passed alone too, as in a cross-file check), and every region built on
 * any of them loads again, so no region keeps a copy of a file that has since been fetched anew. */
export async function retryFiles(client: QueryClient, error: unknown, files: readonly DataFileName[]): Promise<void> {
  const involved = filesOfError(error, files);
  const marked = retried.get(client) ?? new Set();
  for (const f of involved) marked.add(f);
  retried.set(client, marked);
  // Resetting drops the data; the geometry query, watched by the map, is fetched again at once.
  await Promise.all(involved.map((f) => client.resetQueries({ queryKey: fileKey(f), exact: true })));
  const builtOnThem = (key: readonly unknown[]) =>
    key[1] === REGION && key.slice(2).some((f) => involved.includes(f as DataFileName));
  await client.invalidateQueries({ predicate: (q) => builtOnThem(q.queryKey) });
}

import { queryOptions } from '@tanstack/react-query';
import { loadCountries, loadDataset, loadFile, type JsonFile } from './loaders';
import type { FileData } from './validate';

// The files ship with the build and never change while the page is open: never stale, never refetched.

/** One query per JSON data file. */
export const fileQuery = <N extends JsonFile>(file: N) =>
  queryOptions<FileData<N>>({
    queryKey: ['data', file],
    queryFn: ({ signal }) => loadFile(file, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/** The geometry is its own query so the charts and panel work even when it fails, and vice versa. */
export const countriesQuery = queryOptions({
  queryKey: ['data', 'countries.geojson'],
  queryFn: ({ signal }) => loadCountries(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

/** The seven files together, checked against each other. Each file comes from its own query, so a
 * retry after one broken file fetches only what is not already loaded and valid. */
export const datasetQuery = queryOptions({
  queryKey: ['data', 'dataset'],
  queryFn: ({ client }) => loadDataset((file) => client.ensureQueryData(fileQuery(file))),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

import { queryOptions } from '@tanstack/react-query';
import { loadCountries, loadDataset } from './loaders';

// The files ship with the build and never change while the page is open: never stale, never refetched.
// The geometry is its own query so the charts and panel work even when it fails, and vice versa.
export const countriesQuery = queryOptions({
  queryKey: ['data', 'countries.geojson'],
  queryFn: ({ signal }) => loadCountries(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export const datasetQuery = queryOptions({
  queryKey: ['data', 'dataset'],
  queryFn: ({ signal }) => loadDataset(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

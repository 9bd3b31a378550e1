// The one hook that joins URL state and the loaded data into the view model (buildDashboard).
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../domain/types';
import { countriesQuery, datasetQuery } from '../data/queries';
import { buildIndex } from '../domain/activityIndex';
import { buildDashboard, type DashboardModel } from './buildDashboard';
import type { Navigate } from './useUrlState';
import { usePainted } from './usePainted';
import type { ViewState } from './urlState';

export interface Dashboard extends DashboardModel {
  navigate: Navigate;
}

/** Until the dataset is in, the view model is built over no activities, so the map can draw its
 * shapes as soon as the geometry arrives; `ready` says whether the numbers are real yet. */
const EMPTY: Dataset = {
  activities: [],
  sources: [],
  programmes: [],
  groups: [],
  places: [],
  series: [],
  conflicts: [],
};

export function useDashboard(state: ViewState, navigate: Navigate) {
  // The map comes first: the data files are fetched, parsed and validated once the map has been
  // painted (or the geometry failed), so that neither their download nor a large dataset's parse
  // competes with the geometry and the map's first frame.
  const geometry = useQuery(countriesQuery);
  const painted = usePainted(geometry.data !== undefined);
  const query = useQuery({ ...datasetQuery, enabled: painted || geometry.isError });
  // Deferred: the render that brings the whole dataset in (every control, count and colour at once)
  // is interruptible, so a phone's main thread is not held for its whole length.
  const data = useDeferredValue(query.data) ?? EMPTY;
  const index = useMemo(() => buildIndex(data), [data]);
  const model = useMemo(() => buildDashboard(data, state, index), [data, state, index]);
  const dashboard = useMemo<Dashboard>(() => ({ ...model, navigate }), [model, navigate]);
  return { query, dashboard, ready: data !== EMPTY };
}

// The files (useLoadedData: TanStack Query, no view state) and the view model built from them for the
// view in the address bar (useDashboard: buildDashboard). Apart, so that a filter change runs no query.
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../domain/types';
import { countriesQuery, regionQuery, retryFiles } from '../data/queries';
import { REGION_FILES, type RegionData } from '../data/regions';
import { buildIndex, type ActivityIndex } from '../domain/activityIndex';
import { buildDashboard, type DashboardModel } from './buildDashboard';
import type { Navigate } from './useUrlState';
import { usePainted } from './usePainted';
import type { ViewState } from './urlState';

/** Where a region's data stands: loaded and checked (`ready`), failed (`error`, with a retry), or neither yet. */
export interface RegionStatus {
  ready: boolean;
  /** null unless the region's files failed (alone or against each other) and no retry is under way */
  error: unknown;
  /** Fetches again every file the failure involves, and every region built on them. */
  retry: () => void;
}

/** The regions that load data of their own. `core` holds what the filters and the headline count
 * (and the map colours); the panel and the charts add their files to it. */
export type DataRegion = 'core' | 'panel' | 'charts' | 'briefing';

export interface Dashboard extends DashboardModel {
  navigate: Navigate;
  regions: Record<DataRegion, RegionStatus>;
}

/** Until a region's files are in, its lists are empty, so the map can draw its shapes as soon as the
 * geometry arrives; each region's `ready` says whether its numbers are real yet. */
const EMPTY: Dataset = {
  activities: [],
  sources: [],
  programmes: [],
  groups: [],
  places: [],
  series: [],
  conflicts: [],
};

const FILES = {
  core: REGION_FILES.filters,
  panel: REGION_FILES.panel,
  charts: REGION_FILES.charts,
  briefing: REGION_FILES.briefing,
} as const;

function useRegion(region: DataRegion, enabled: boolean): [UseQueryResult<RegionData>, RegionStatus] {
  const client = useQueryClient();
  const query = useQuery({ ...regionQuery(FILES[region]), enabled });
  const { error, isFetching, isSuccess } = query;
  const retry = useCallback(() => void retryFiles(client, error, FILES[region]), [client, error, region]);
  // While a retry is under way the region shows its loading state, not the old error.
  const status = useMemo(
    () => ({ ready: isSuccess, error: isFetching ? null : error, retry }),
    [isSuccess, isFetching, error, retry],
  );
  return [query, status];
}

/** What the files give, whatever the view: the core dataset and its index, the dataset with each region's
 * files merged in as they load, and where each region stands. */
export interface LoadedData {
  /** the core files alone (filters, headline, map colours) */
  base: Dataset;
  index: ActivityIndex;
  /** `base` with the panel's and the charts' files added as they load */
  data: Dataset;
  regions: Record<DataRegion, RegionStatus>;
  /** false until the core files are loaded and valid: the map draws its shapes meanwhile */
  ready: boolean;
}

/** The queries, apart from the view: a component that calls this does not read the address bar, so a
 * filter change renders the view again without asking TanStack Query for every file again. */
export function useLoadedData(): LoadedData {
  // The map comes first: the data files are fetched, parsed and validated once the map has been
  // painted (or the geometry failed), so that neither their download nor a large dataset's parse
  // competes with the geometry and the map's first frame. The regions share each file's query, so
  // a file several regions need is fetched and parsed once.
  const geometry = useQuery(countriesQuery);
  // The map draws its shapes from a deferred copy of the geometry (MapRegion), in a render after the
  // one that brings the file; waiting on the same deferred copy puts that render, and its painted
  // frame, before the data files are asked for.
  const painted = usePainted(useDeferredValue(geometry.data) !== undefined);
  const enabled = painted || geometry.isError;
  const [core, coreStatus] = useRegion('core', enabled);
  const [panel, panelStatus] = useRegion('panel', enabled);
  const [charts, chartsStatus] = useRegion('charts', enabled);
  const [, briefingStatus] = useRegion('briefing', enabled);
  // Deferred: the render that brings the data in (every control, count and colour at once) is
  // interruptible, so a phone's main thread is not held for its whole length.
  const coreData = useDeferredValue(core.isSuccess ? core.data : undefined);
  const base = useMemo<Dataset>(() => ({ ...EMPTY, ...coreData }), [coreData]);
  const index = useMemo(() => buildIndex(base), [base]);
  const places = panel.isSuccess ? panel.data.places : undefined;
  const sources =
    (panel.isSuccess ? panel.data.sources : undefined) ?? (charts.isSuccess ? charts.data.sources : undefined);
  const series = charts.isSuccess ? charts.data.series : undefined;
  const conflicts = charts.isSuccess ? charts.data.conflicts : undefined;
  // The core lists are always the core region's, so the panel and the charts read the activities the
  // selection was made from; their own files are added as they load.
  const data = useMemo<Dataset>(
    () => ({
      ...base,
      places: places ?? EMPTY.places,
      sources: sources ?? EMPTY.sources,
      series: series ?? EMPTY.series,
      conflicts: conflicts ?? EMPTY.conflicts,
    }),
    [base, places, sources, series, conflicts],
  );
  const ready = coreData !== undefined;
  const regions = useMemo(
    () => ({
      core: { ...coreStatus, ready },
      // A region needs the core's view as well as its own files.
      panel: { ...panelStatus, ready: ready && panelStatus.ready },
      charts: { ...chartsStatus, ready: ready && chartsStatus.ready },
      // A slide shows the panel's and the charts' figures too (the same files, checked together).
      briefing: { ...briefingStatus, ready: ready && panelStatus.ready && chartsStatus.ready && briefingStatus.ready },
    }),
    [ready, coreStatus, panelStatus, chartsStatus, briefingStatus],
  );
  return useMemo(() => ({ base, index, data, regions, ready }), [base, index, data, regions, ready]);
}

/** The dashboard for the view in the address bar, from the loaded files. */
export function useDashboard(loaded: LoadedData, state: ViewState, navigate: Navigate): Dashboard {
  const { base, index, data, regions } = loaded;
  // The filtered view and the headline come from the core files alone: the panel's and the charts'
  // files arriving (or failing) leave them as they are.
  const model = useMemo(() => buildDashboard(base, state, index), [base, state, index]);
  return useMemo<Dashboard>(() => ({ ...model, data, navigate, regions }), [model, data, navigate, regions]);
}

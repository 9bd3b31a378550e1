// The one hook that joins URL state, the loaded data and the domain functions into a view model.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { countByCountry, type CountryStats } from '../domain/aggregate';
import { activitySpan, monthIndex, yearOfMonth } from '../domain/dates';
import { applyFilters, makeContext, type FilterContext, type Filters } from '../domain/filter';
import { headline, type Headline } from '../domain/headline';
import type { Activity, Dataset } from '../domain/types';
import { countriesQuery, datasetQuery } from '../data/queries';
import type { Navigate } from './useUrlState';
import { usePainted } from './usePainted';
import type { ViewState } from './urlState';

export const FIRST_YEAR = 1987;

export interface Dashboard {
  data: Dataset;
  filters: Filters;
  ctx: FilterContext;
  /** the full year range of the data */
  bounds: [number, number];
  filtered: Activity[];
  stats: Map<string, CountryStats>;
  headline: Headline;
  state: ViewState;
  navigate: Navigate;
}

export function yearBounds(data: Dataset): [number, number] {
  let last = FIRST_YEAR;
  for (const a of data.activities) last = Math.max(last, yearOfMonth(activitySpan(a, 0)[1]));
  return [FIRST_YEAR, last];
}

/** Drop filter values the data does not know, so a stale or hand-edited link still shows a sane view. */
export function sanitise(state: ViewState, data: Dataset, bounds: [number, number]): Filters {
  const progs = new Set(data.programmes.map((p) => p.id));
  const types = new Set(data.programmes.flatMap((p) => p.types.map((t) => t.id)));
  const clamp = (y: number | null, d: number) => (y === null ? d : Math.min(bounds[1], Math.max(bounds[0], y)));
  return {
    from: clamp(state.from, bounds[0]),
    to: clamp(state.to, bounds[1]),
    programmes: state.programmes.filter((p) => progs.has(p)),
    types: state.types.filter((t) => types.has(t)),
    partner: state.partner,
    group: state.group && data.groups.some((g) => g.id === state.group) ? state.group : null,
    basis: state.basis,
  };
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
  const base = useMemo(() => {
    const bounds = yearBounds(data);
    const ctx = makeContext(data.activities, data.groups, monthIndex(bounds[1], 12));
    return { bounds, ctx };
  }, [data]);
  // Opening a country or changing the language, the measure or the chart leaves the filters as they
  // were: they stay the same object then, so the filtered activities, the counts and everything drawn
  // from them are not worked out and rendered again.
  const filtersKey = useMemo(() => JSON.stringify(sanitise(state, data, base.bounds)), [state, data, base]);
  const filters = useMemo(() => JSON.parse(filtersKey) as Filters, [filtersKey]);
  const derived = useMemo(() => {
    const filtered = applyFilters(data.activities, filters, base.ctx);
    const stats = countByCountry(filtered, data.groups, filters.basis, base.ctx.index);
    return { filtered, stats, headline: headline(filtered, stats, filters.basis) };
  }, [data, base, filters]);
  const dashboard = useMemo<Dashboard>(
    () => ({ data, filters, ...base, ...derived, state, navigate }),
    [data, filters, base, derived, state, navigate],
  );
  return { query, dashboard, ready: data !== EMPTY };
}

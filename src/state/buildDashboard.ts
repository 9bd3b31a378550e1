// The view model: what the dashboard shows for a dataset and a view state (the URL). A filter goes
// from the URL (urlState.ts: ViewState) through sanitise (Filters), applyFilters (a Selection of the
// dataset's index), then countByCountry (CountryStats per country, which colour the map) and headline.
import { buildIndex, type ActivityIndex } from '../domain/activityIndex';
import { countByCountry, type CountryStats } from '../domain/aggregate';
import { applyFilters, type Filters } from '../domain/filter';
import { headline, type Headline } from '../domain/headline';
import type { Selection } from '../domain/selection';
import type { Dataset } from '../domain/types';
import type { ViewState } from './urlState';

/** The first year of the fund, where the year range starts. */
export const FIRST_YEAR = 1987;

export interface DashboardModel {
  data: Dataset;
  index: ActivityIndex;
  /** the full year range of the data */
  bounds: [number, number];
  filters: Filters;
  /** the activities that pass the filters: what is counted */
  selection: Selection;
  /** the same with related work (`funding: context`) whatever the filter says: what the panels list */
  listed: Selection;
  stats: Map<string, CountryStats>;
  headline: Headline;
  state: ViewState;
}

export function yearBounds(index: ActivityIndex): [number, number] {
  return [FIRST_YEAR, Math.max(FIRST_YEAR, index.lastYear ?? FIRST_YEAR)];
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
    context: state.context,
  };
}

/**
 * The view model for `data` under `state`. Pure: the same arguments give an equal model. `index` is the
 * dataset's index when the caller already has it (it is worked out once per dataset, everything else on
 * every change of the view).
 */
export function buildDashboard(data: Dataset, state: ViewState, index = buildIndex(data)): DashboardModel {
  const bounds = yearBounds(index);
  const filters = sanitise(state, data, bounds);
  const selection = applyFilters(index, filters);
  const listed = filters.context ? selection : applyFilters(index, filters, ['context']);
  const stats = countByCountry(selection, filters.basis);
  return {
    data,
    index,
    bounds,
    filters,
    selection,
    listed,
    stats,
    headline: headline(selection, stats, filters.basis, data.programmes),
    state,
  };
}

// Any slide of a story as the dashboard would show it, worked out from the data alone: the presenter
// window previews the next slide and the PowerPoint deck has every slide, neither by putting it on screen.
import { slideFacts, type SlideFacts, type SlideInput } from '../../domain/slideFacts';
import type { TreatiesData } from '../../domain/treatyTypes';
import type { FullView, Slide } from '../../domain/story';
import { buildDashboard, type DashboardModel } from '../../state/buildDashboard';
import { DEFAULT_STATE } from '../../state/urlState';
import { slidePatch } from './slidePatch';

export interface SlideModel {
  view: FullView;
  /** the dashboard under the slide's view */
  dashboard: DashboardModel;
  facts: SlideFacts;
}

/** Today in the viewer's time zone, YYYY-MM-DD: whether a target's deadline has passed. */
export const localToday = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** What slideFacts reads of a dashboard. */
export const slideInput = (d: DashboardModel, treaties?: TreatiesData | null, today = localToday()): SlideInput => ({
  data: d.data,
  filtered: d.selection.activities,
  stats: d.stats,
  headline: d.headline,
  basis: d.filters.basis,
  country: d.state.country,
  today,
  measure: d.state.measure,
  to: d.filters.to,
  treaties,
});

/** The slide's view, its dashboard and its sentences: what its link would show. `base`, a dashboard of
 * the same data, lends its data and index. */
export function slideModel(slide: Slide, base: DashboardModel, treaties?: TreatiesData | null): SlideModel {
  const view = slidePatch(slide.view);
  const dashboard = buildDashboard(base.data, { ...DEFAULT_STATE, ...view }, base.index);
  return { view, dashboard, facts: slideFacts(slide, slideInput(dashboard, treaties)) };
}

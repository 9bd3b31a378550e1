// Any slide of a story as the dashboard would show it, worked out from the data alone: the presenter
// window previews the next slide and the PowerPoint deck has every slide, neither by putting it on screen.
import { countByCountry } from '../../domain/aggregate';
import { applyFilters, type FilterContext, type Filters } from '../../domain/filter';
import { headline } from '../../domain/headline';
import { slideFacts, type FullView, type Slide, type SlideFacts, type SlideInput } from '../../domain/story';
import type { Dataset } from '../../domain/types';
import { sanitise } from '../../state/useDashboard';
import { DEFAULT_STATE } from '../../state/urlState';
import { slidePatch } from './slidePatch';

/** The dataset with what the dashboard works out once for it (the Dashboard object has these). */
export interface StoryData {
  data: Dataset;
  bounds: [number, number];
  ctx: FilterContext;
}

export interface SlideModel {
  view: FullView;
  filters: Filters;
  input: SlideInput;
  facts: SlideFacts;
}

/** The slide's view, filters, filtered activities, counts and sentences: what its link would show. */
export function slideModel(slide: Slide, s: StoryData): SlideModel {
  const view = slidePatch(slide.view);
  const filters = sanitise({ ...DEFAULT_STATE, ...view }, s.data, s.bounds);
  const filtered = applyFilters(s.data.activities, filters, s.ctx);
  const stats = countByCountry(filtered, s.data.groups, filters.basis, s.ctx.index);
  const input: SlideInput = {
    data: s.data,
    filtered,
    stats,
    headline: headline(filtered, stats, filters.basis),
    basis: filters.basis,
    country: view.country,
  };
  return { view, filters, input, facts: slideFacts(slide, input) };
}

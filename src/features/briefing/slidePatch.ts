// A slide is a dashboard state: showing it means putting its view in the URL, so the map, the charts and
// the numbers are exactly what the dashboard shows for that link.
import { expandView, type FullView, type SlideView } from '../../domain/story';
import { DEFAULT_STATE, parse, serialise, type ViewState } from '../../state/urlState';

/** The view fields of a state. Also proves at compile time that the domain's view and the URL state agree. */
export function pickView(s: ViewState): FullView {
  const { from, to, programmes, types, partner, group, basis, country, measure, chart } = s;
  return { from, to, programmes, types, partner, group, basis, country, measure, chart };
}

export const DEFAULT_VIEW: FullView = pickView(DEFAULT_STATE);

/** Every view field of the slide, normalised the way the URL normalises it (sorted lists, ordered years). */
export function slidePatch(view: SlideView): FullView {
  return pickView(parse(serialise({ ...DEFAULT_STATE, ...expandView(view, DEFAULT_VIEW) })));
}

export function showsView(state: ViewState, view: FullView): boolean {
  return JSON.stringify(pickView(state)) === JSON.stringify(view);
}

import type { Map as LMap } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { overlaps, type Rect } from '../../domain/mapLayout';

/** The key of this kind (the activities' or a treaty's) in the map's frame. */
export const keyOf = (frame: Element | null | undefined, keyKind: string) =>
  frame?.querySelector(keyKind === 'treaty' ? '.treaty-legend' : '.legend') ?? null;

/** The boxes on screen of the key shown and of Leaflet's buttons, where they lie over the map's container. */
function overMap(container: HTMLElement): DOMRect[] {
  const c = container.getBoundingClientRect();
  return [...(container.parentElement?.querySelectorAll('.legend, .leaflet-control') ?? [])]
    .map((el) => el.getBoundingClientRect())
    .filter((b) => b.width > 0 && overlaps(b, c));
}

/**
 * The key shown and Leaflet's buttons where they lie over the map, in the container's pixels and
 * grown by `gap`: what a country fitted or eased into view keeps clear of. Read when the camera moves,
 * not in a render.
 */
export function coversOf(map: LMap, gap: number): Rect[] {
  const c = map.getContainer().getBoundingClientRect();
  return overMap(map.getContainer()).map((b) => ({
    left: b.left - c.left - gap,
    top: b.top - c.top - gap,
    right: b.right - c.left + gap,
    bottom: b.bottom - c.top + gap,
  }));
}

export interface Furniture {
  boxes: Rect[];
  bounds: Rect | null;
  /** the key's own box (one of `boxes`), when it lies over the map: a square under it can be shown by
   * folding the key, and the key says so */
  key: Rect | null;
}

/**
 * What is drawn over the map's window — its key and Leaflet's buttons — and the window itself, in
 * Leaflet's pixels at the current zoom (the small states' dots are laid out in them, and step aside from
 * these boxes as from the city squares). Read when the view or the key's size changes, never in a render:
 * a filter change reads no layout. `keyKind` names the key shown (the activities' or a treaty's): another
 * kind is another element to observe.
 */
export function useFurniture(map: LMap, keyKind: string): Furniture {
  // As a string, so that a move which leaves every box where it was lays nothing out again.
  const [key, setKey] = useState('');
  useEffect(() => {
    const container = map.getContainer();
    const frame = container.parentElement;
    const measure = () => {
      const c = container.getBoundingClientRect();
      const { x, y } = map.getPixelBounds().min ?? { x: 0, y: 0 };
      const at = (b: DOMRect) =>
        [b.left - c.left + x, b.top - c.top + y, b.right - c.left + x, b.bottom - c.top + y].map(Math.round).join(',');
      const shown = keyOf(frame, keyKind)?.getBoundingClientRect();
      const keyBox = shown && shown.width > 0 && overlaps(shown, c) ? at(shown) : '';
      setKey(`${at(c)};${keyBox};${overMap(container).map(at).join(' ')}`);
    };
    // The first reading comes with the observer's first report, after the layout of the frame that shows
    // the map (no layout is forced while the map is being drawn); later ones when the key or the map
    // changes size (the measure, the language, the data) or the view moves.
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    const legend = keyOf(frame, keyKind);
    if (legend) observer.observe(legend);
    map.on('moveend zoomend', measure);
    return () => {
      map.off('moveend zoomend', measure);
      observer.disconnect();
    };
  }, [map, keyKind]);
  return useMemo(() => {
    const rect = (s: string): Rect => {
      const [left = 0, top = 0, right = 0, bottom = 0] = s.split(',').map(Number);
      return { left, top, right, bottom };
    };
    const [bounds = '', keyBox = '', boxes = ''] = key.split(';');
    return {
      boxes: boxes.split(' ').filter(Boolean).map(rect),
      bounds: bounds ? rect(bounds) : null,
      key: keyBox ? rect(keyBox) : null,
    };
  }, [key]);
}

import type { LatLng, Map as LMap } from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Box } from '../../domain/geometry';
import { easeInto, openRects, type Pt, type Rect } from '../../domain/mapLayout';
import { screenRect, viewOf, type Padding } from './crs';
import { coversOf, keyOf } from './furniture';

/** What the camera is asked to show: a country fitted to the view (a link, the search, the table, a
 * slide), a country brought clear of the panel with as little motion as will do (a click), or the world. */
export type Focus = { box: Box; how: 'fit' | 'ease'; maxZoom?: number } | { how: 'world' };

export const COUNTRY_MAX_ZOOM = 4;
const EDGE = 8;
const MARGIN = 24;
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** How many pixels of the map's right side the country panel covers (0 when it lies elsewhere, as on a
 * phone, where it follows the map). */
function panelOverlap(map: LMap): number {
  const panel = document.querySelector('.country-panel');
  if (!panel) return 0;
  const m = map.getContainer().getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  const overlapsVertically = p.top < m.bottom && p.bottom > m.top;
  return overlapsVertically && p.left > m.left && p.left < m.right ? m.right - p.left : 0;
}

/** The whole world leaves room for a key that runs along the foot of the map, over it (a phone's slide);
 * a key in a corner of open sea, or under the map (the dashboard on a phone), takes none. */
const legendOf = (map: LMap) => map.getContainer().parentElement?.querySelector('.legend');

function worldPadding(map: LMap): Padding {
  const legend = legendOf(map)?.getBoundingClientRect();
  const box = map.getContainer().getBoundingClientRect();
  const strip = legend && legend.width > box.width / 2 ? Math.max(0, box.bottom - legend.top) : 0;
  return { top: EDGE, right: EDGE, bottom: EDGE + strip, left: EDGE };
}

/** Whether the map already shows this view (within a pixel: Leaflet rounds the view's origin to whole pixels). */
function sameView(map: LMap, center: LatLng, zoom: number): boolean {
  if (map.getZoom() !== zoom) return false;
  return map.project(map.getCenter(), zoom).distanceTo(map.project(center, zoom)) < 1;
}

function go(map: LMap, center: LatLng, zoom: number) {
  if (reducedMotion()) map.setView(center, zoom, { animate: false });
  else map.flyTo(center, zoom, { duration: 0.6 });
}

interface CameraProps {
  world: Box;
  focus: Focus;
  resetSignal: number;
  /** which key is shown (the activities' or a treaty's): another kind is another element to observe */
  keyKind: string;
}

/** Camera moves live here (react-leaflet props are creation options only). The first view is set here
 * too, before any shape is drawn, so that the shapes are projected once for it. */
export function MapCamera({ world, focus, resetSignal, keyKind }: CameraProps) {
  const map = useMap();
  // The world's view as last fitted: while the map still shows it, a new size fits the world again.
  const fitted = useRef<{ center: LatLng; zoom: number } | null>(null);

  const showWorld = useCallback(
    (animate: boolean) => {
      const { center, zoom } = viewOf(map, world, worldPadding(map), -Infinity, COUNTRY_MAX_ZOOM);
      // One can zoom out a little beyond the whole world, not to a dot.
      map.setMinZoom(zoom - 0.5);
      fitted.current = { center, zoom };
      // Leaflet redraws every shape on setView even when the view stays as it is, which the size
      // observer's first call (and a resize that changes nothing the world needs) would cost.
      if (sameView(map, center, zoom)) return;
      if (animate) go(map, center, zoom);
      else map.setView(center, zoom, { animate: false });
    },
    [map, world],
  );

  useEffect(() => {
    const atWorld = () => !!fitted.current && sameView(map, fitted.current.center, fitted.current.zoom);
    // The map's size, and the legend's (its classes arrive with the data, and a phone fits the world above it).
    const observer = new ResizeObserver(() => {
      const refit = atWorld();
      map.invalidateSize({ animate: false });
      if (refit) showWorld(false);
    });
    observer.observe(map.getContainer());
    // The key of another measure is another element: observed anew, and the world refits to it.
    const legend = keyOf(map.getContainer().parentElement, keyKind);
    if (legend) observer.observe(legend);
    return () => observer.disconnect();
  }, [map, showWorld, keyKind]);

  useEffect(() => {
    if (resetSignal > 0) showWorld(true);
  }, [resetSignal, showWorld]);

  useEffect(() => {
    // The first view, before anything else: the shapes wait for it (Leaflet adds layers once a map has a view).
    const first = map.getZoom() === undefined;
    if (first) showWorld(false);
    if (focus.how === 'world') {
      if (!first) showWorld(true);
      return;
    }
    // The country panel lies over the right of the map on wide screens: the country goes where it leaves
    // open, and clear of the key and the map's buttons in its corners.
    const covered = panelOverlap(map);
    const size = map.getSize();
    const free: Rect = { left: MARGIN, top: MARGIN, right: size.x - covered - MARGIN, bottom: size.y - MARGIN };
    const open = openRects(free, coversOf(map, EDGE));
    const viewIn = (r: Rect) => {
      const pad = { top: r.top, right: size.x - r.right, bottom: size.y - r.bottom, left: r.left };
      return viewOf(map, focus.box, pad, map.getMinZoom(), focus.maxZoom ?? COUNTRY_MAX_ZOOM);
    };
    const fit = () => {
      const whole = viewIn(free);
      const clear = open.map(viewIn).reduce<typeof whole | null>((a, b) => (a && a.zoom >= b.zoom ? a : b), null);
      // Clear of the key, unless that would draw the country at less than half the size: the key folds.
      const { center, zoom } = clear && clear.zoom >= whole.zoom - 1 ? clear : whole;
      go(map, center, zoom);
    };
    if (focus.how === 'fit') return fit();
    const now = screenRect(map, focus.box);
    const moves = open.map((r) => easeInto(now, r));
    if (moves.includes(null)) return;
    const steps = moves.filter((m): m is Pt => m !== null && m !== 'fit');
    if (steps.length === 0) return fit();
    const move = steps.reduce((a, b) => (Math.hypot(b.x, b.y) < Math.hypot(a.x, a.y) ? b : a));
    map.panBy([-move.x, -move.y], { animate: !reducedMotion(), duration: 0.4 });
  }, [map, focus, showWorld]);
  return null;
}

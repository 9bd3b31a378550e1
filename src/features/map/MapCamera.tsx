import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLngBoundsExpression } from 'leaflet';

/** The world without Antarctica: fits a 1280×800 screen and a phone width alike. */
export const WORLD: LatLngBoundsExpression = [
  [-56, -168],
  [78, 180],
];

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** How many pixels of the map's right side a country panel covers (0 when it sits elsewhere, as on a phone). */
function panelOverlap(container: HTMLElement): number {
  const panel = document.querySelector('.country-panel');
  if (!panel) return 0;
  const m = container.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  const overlapsVertically = p.top < m.bottom && p.bottom > m.top;
  return overlapsVertically && p.left > m.left && p.left < m.right ? m.right - p.left : 0;
}

/** Camera moves live here (react-leaflet props are creation options only). */
export function MapCamera({ target, resetSignal }: { target: LatLngBoundsExpression | null; resetSignal: number }) {
  const map = useMap();
  useEffect(() => {
    const fit = () => map.fitBounds(WORLD, { animate: false });
    fit();
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  useEffect(() => {
    if (resetSignal > 0) map.fitBounds(WORLD, { animate: !reducedMotion() });
  }, [map, resetSignal]);
  useEffect(() => {
    if (!target) return;
    // The country panel lies over the right of the map on wide screens: the country is fitted into
    // what it leaves uncovered.
    const right = 24 + panelOverlap(map.getContainer());
    const opts = {
      maxZoom: 4,
      paddingTopLeft: [24, 24] as [number, number],
      paddingBottomRight: [right, 24] as [number, number],
    };
    if (reducedMotion()) map.fitBounds(target, { ...opts, animate: false });
    else map.flyToBounds(target, { ...opts, duration: 0.6 });
  }, [map, target]);
  return null;
}

import { Control, DomEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

const SVG = 'http://www.w3.org/2000/svg';

/** A globe: the outline, a meridian and the equator. */
function globe(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const shapes: [string, Record<string, string>][] = [
    ['circle', { cx: '8', cy: '8', r: '6.5' }],
    ['ellipse', { cx: '8', cy: '8', rx: '3', ry: '6.5' }],
    ['path', { d: 'M1.5 8h13' }],
  ];
  for (const [tag, attrs] of shapes) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.append(el);
  }
  return svg;
}

/** "Reset view" as one of Leaflet's own controls, a button under the zoom buttons and like them (made
 * anew with new words). */
export function ResetControl({ label, onReset }: { label: string; onReset: () => void }) {
  const map = useMap();
  useEffect(() => {
    const control = new Control({ position: 'topleft' });
    control.onAdd = () => {
      const bar = document.createElement('div');
      bar.className = 'leaflet-bar map-reset';
      const button = document.createElement('button');
      button.type = 'button';
      button.title = label;
      button.setAttribute('aria-label', label);
      button.append(globe());
      button.addEventListener('click', onReset);
      bar.append(button);
      // A click here is not a click on the map below.
      DomEvent.disableClickPropagation(bar);
      return bar;
    };
    control.addTo(map);
    return () => void control.remove();
  }, [map, label, onReset]);
  return null;
}

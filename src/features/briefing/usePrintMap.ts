import { useEffect } from 'react';
import type { ExportRegistry } from '../../ui/exportRegistry';

// Printable width and the height left for the map on an A4 landscape page with 10 mm margins, in CSS px:
// of its 190 mm, the title, lead sentence, filters line and the row of cards take about 85 mm in English,
// so a map of 96 mm joins them on the first page (at 108 mm it went to a second page of its own).
const PAGE_W = (277 / 25.4) * 96;
const MAP_MAX_H = (96 / 25.4) * 96;

/** Keeps the map's screen size and the zoom that fits it on paper in CSS variables on the map's frame
 * (see print.css). The frame is the one the map hands the export registry. */
export function usePrintMap(registry: ExportRegistry | null) {
  useEffect(() => {
    if (!registry) return;
    const printing = window.matchMedia('print');
    let frame: HTMLElement | null = null;
    const measure = () => {
      if (printing.matches || !frame) return;
      const { width, height } = frame.getBoundingClientRect();
      if (width === 0 || height === 0) return;
      frame.style.setProperty('--screen-w', `${width}px`);
      frame.style.setProperty('--screen-h', `${height}px`);
      frame.style.setProperty('--print-zoom', String(Math.min(PAGE_W / width, MAP_MAX_H / height)));
    };
    const observer = new ResizeObserver(measure);
    // Looked for when the map joins or leaves the registry, and again before printing (the map's own
    // window may only exist once its first drawing is done).
    const find = () => {
      const el =
        registry
          .items()
          .find((e) => e.kind === 'map')
          ?.read()?.frame ?? null;
      if (el && el !== frame) {
        frame = el;
        observer.disconnect();
        observer.observe(el);
      }
    };
    const beforePrint = () => {
      find();
      measure();
    };
    find();
    const unsubscribe = registry.subscribe(find);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeprint', beforePrint);
      observer.disconnect();
    };
  }, [registry]);
}

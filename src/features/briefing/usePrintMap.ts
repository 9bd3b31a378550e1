import { useEffect } from 'react';

// Printable width and the height left for the map on an A4 landscape page with 10 mm margins, in CSS px.
const PAGE_W = (277 / 25.4) * 96;
const MAP_MAX_H = (108 / 25.4) * 96;

/** Keeps the map frame's screen size and the zoom that fits it on paper in CSS variables (see print.css). */
export function usePrintMap(selector: string) {
  useEffect(() => {
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
    // The frame appears once the geometry has loaded; watch for it.
    const find = () => {
      const el = document.querySelector<HTMLElement>(selector);
      if (el && el !== frame) {
        frame = el;
        observer.disconnect();
        observer.observe(el);
        measure();
      }
    };
    const mutations = new MutationObserver(find);
    mutations.observe(document.body, { childList: true, subtree: true });
    find();
    return () => {
      mutations.disconnect();
      observer.disconnect();
    };
  }, [selector]);
}

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
    // The frame is on the page before this menu is (both wait for the data); should it be replaced,
    // the browser's beforeprint finds the new one. (No MutationObserver on the page: it would run on
    // every filter change.)
    const find = () => {
      const el = document.querySelector<HTMLElement>(selector);
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
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      observer.disconnect();
    };
  }, [selector]);
}

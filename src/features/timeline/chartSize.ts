import { useCallback, useState } from 'react';

// Recharts measures its container; jsdom measures 0. Tests (and anything else that knows its size)
// pass a fixed width; the app leaves it out and the chart follows the width of its box.
export interface ChartSize {
  width?: number;
  height?: number;
}

// Recharts compares its props by reference: the same height gets the same style object on every render.
const styles = new Map<number, { width: string; height: number }>();
const styleFor = (h: number) => {
  let s = styles.get(h);
  if (!s) styles.set(h, (s = { width: '100%', height: h }));
  return s;
};

export function chartDims(size: ChartSize | undefined, height: number) {
  const h = size?.height ?? height;
  return size?.width !== undefined ? { width: size.width, height: h } : { responsive: true, style: styleFor(h) };
}

/** A box's width in whole pixels, followed as it resizes, for charts drawn without Recharts: `fixed`
 * (tests, exports) wins when given. The first width is read as the box attaches, before it is painted. */
export function useBoxWidth(fixed?: number): [(el: HTMLDivElement | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      if (fixed !== undefined || !el) return undefined;
      setWidth(Math.floor(el.clientWidth));
      const observer = new ResizeObserver((entries) => {
        const w = entries[0]?.contentRect.width;
        if (w !== undefined) setWidth(Math.floor(w));
      });
      observer.observe(el);
      return () => observer.disconnect();
    },
    [fixed],
  );
  return [ref, fixed ?? width];
}

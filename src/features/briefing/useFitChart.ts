import { useEffect, useRef } from 'react';

// Above 1 the chart is laid out narrower and enlarged: on a projector its 11 px labels need it, and a
// short chart would otherwise leave half its card empty.
const SCALES = [1.6, 1.45, 1.3, 1.15, 1, 0.9, 0.8, 0.7, 0.6, 0.5];

/** Scales the chart feature to fill its box on the stage, up or down: charts come with their own fixed heights and
 * captions, and a slide must not scroll. The content is laid out wider (width / scale) and then shrunk by a
 * transform, which Recharts does not measure; the largest scale at which it fits wins. */
export function useFitChart<B extends HTMLElement, I extends HTMLElement>() {
  const box = useRef<B>(null);
  const inner = useRef<I>(null);
  useEffect(() => {
    const b = box.current;
    const i = inner.current;
    if (!b || !i) return;
    const fit = () => {
      const room = b.clientHeight;
      if (room === 0) return;
      let chosen = SCALES[SCALES.length - 1] ?? 0.5;
      for (const k of SCALES) {
        i.style.width = `${100 / k}%`;
        // offsetHeight forces a synchronous layout at this width; the transform does not change it.
        if (i.offsetHeight * k <= room) {
          chosen = k;
          break;
        }
      }
      i.style.width = `${100 / chosen}%`;
      i.style.transform = chosen === 1 ? '' : `scale(${chosen})`;
    };
    // Fires again after our own change, finds the same scale, and stops: fit() is deterministic.
    const observer = new ResizeObserver(fit);
    observer.observe(b);
    observer.observe(i);
    return () => observer.disconnect();
  }, []);
  return { box, inner };
}

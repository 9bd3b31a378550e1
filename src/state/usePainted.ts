import { useEffect, useState } from 'react';

/**
 * `value` as of the last painted frame: a new value comes back only after a frame showing the render
 * that brought it has been painted. For what may follow one frame behind the rest of the view, so that
 * the frame answering a click holds only what the reader is looking at.
 */
export function usePainted<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    const done = () => setPainted(() => value);
    let timer = 0;
    // A timeout set from an animation frame runs after that frame is painted. A hidden tab paints no
    // frames (and Play keeps stepping there): there the second timeout brings the value in. In a tab on
    // screen only the painted frame does, however long it takes: a slow phone's first map frame is
    // what the data files wait for (useDashboard).
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(done, 0);
    });
    const fallback = window.setTimeout(() => {
      if (document.hidden) done();
    }, 250);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, [value, painted]);
  return painted;
}

import { useState, type FocusEvent } from 'react';

/** Whether a chart's tooltip should be mounted: only while the pointer or the keyboard focus is in the
 * chart. A mounted Recharts tooltip follows every filter change (about a quarter of the chart's update
 * at 4× CPU slowdown in `npm run bench`), unseen unless someone is reading the chart. */
export function useLiveTooltip() {
  const [live, setLive] = useState(false);
  const on = () => setLive(true);
  const handlers = {
    onPointerEnter: on,
    onFocus: on,
    onPointerLeave: (e: { currentTarget: Element }) => {
      if (!e.currentTarget.contains(document.activeElement)) setLive(false);
    },
    onBlur: (e: FocusEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setLive(false);
    },
  };
  return { live, handlers };
}

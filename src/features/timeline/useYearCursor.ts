import { useState, type KeyboardEvent, type MouseEvent } from 'react';

/**
 * The year a chart of equal year slots reads out: picked by the pointer over the plot, or stepped with
 * the arrow keys, Home and End (Escape lets go). `onEnter` acts on the year chosen, where the chart has
 * an action for it. The chart's slider takes `pointer` and `onKeyDown`; `slotAt` tells which slot a
 * click is on.
 */
export function useYearCursor(
  count: number,
  plot: { plotX: number; slotWidth: number } | null,
  onEnter?: (index: number) => void,
) {
  const [active, setActive] = useState<number | null>(null);
  const slotAt = (e: MouseEvent<SVGSVGElement>) => {
    if (!plot || count === 0) return null;
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left - plot.plotX;
    const i = Math.floor(x / plot.slotWidth);
    return i >= 0 && i < count ? i : null;
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (count === 0) return;
    const move = (i: number) => setActive(Math.max(0, Math.min(count - 1, i)));
    if (e.key === 'ArrowRight') move(active === null ? 0 : active + 1);
    else if (e.key === 'ArrowLeft') move(active === null ? count - 1 : active - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(count - 1);
    else if (e.key === 'Escape') setActive(null);
    else if ((e.key === 'Enter' || e.key === ' ') && active !== null && onEnter) onEnter(active);
    else return;
    e.preventDefault();
  };
  // The pointer picks the slot under it; leaving the plot or the focus lets the year go.
  const pointer = {
    onPointerMove: (e: MouseEvent<SVGSVGElement>) => {
      const i = slotAt(e);
      if (i !== active) setActive(i);
    },
    onPointerLeave: () => setActive(null),
    onBlur: () => setActive(null),
  };
  return { active, slotAt, pointer, onKeyDown };
}

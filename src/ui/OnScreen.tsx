import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';

/** Dispatched on `document` by code about to read a region's drawing from the page (an export): every
 * region held off screen catches up. Dispatched from a React event handler, the update is committed
 * when that handler returns, so the page is current after the handler's first await. (Not flushSync:
 * importing it puts react-dom's client-independent entry on the map's critical path.) */
export const CATCH_UP = 'atlas:catch-up';

/**
 * A region below the fold need not follow every filter change while nobody can see it (the charts,
 * once scrolled past, cost a filter change about a tenth of its time). Off screen it keeps the value
 * it showed last, marked aria-busy while that is behind, and catches up as soon as it comes into
 * view, takes focus, or is about to be exported.
 */
export function OnScreen<T>({ value, children }: { value: T; children: (value: T) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(true);
  const [held, setHeld] = useState({ value });
  const hold = useEffectEvent(() => setHeld({ value }));
  useEffect(() => {
    const el = ref.current;
    // Without IntersectionObserver (old browsers, jsdom) the region always follows.
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      const on = entries[entries.length - 1]?.isIntersecting ?? true;
      if (!on) hold();
      setVisible(on);
    });
    io.observe(el);
    const focused = () => setVisible(true);
    const catchUp = () => hold();
    el.addEventListener('focusin', focused);
    document.addEventListener(CATCH_UP, catchUp);
    return () => {
      io.disconnect();
      el.removeEventListener('focusin', focused);
      document.removeEventListener(CATCH_UP, catchUp);
    };
  }, []);
  const current = visible ? value : held.value;
  return (
    <div ref={ref} className="on-screen" aria-busy={current !== value ? true : undefined}>
      {children(current)}
    </div>
  );
}

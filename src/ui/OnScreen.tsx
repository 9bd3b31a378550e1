import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { PrepareContext } from './exportRegistry';

/**
 * A region below the fold need not follow every filter change while nobody can see it (the charts,
 * once scrolled past, cost a filter change about a tenth of its time). Off screen it keeps the value
 * it showed last, marked aria-busy while that is behind, and catches up as soon as it comes into
 * view, takes focus, or is about to be exported: it offers the export registry entries beneath it a
 * `prepare` that brings it up to date and resolves once that is committed.
 */
export function OnScreen<T>({ value, children }: { value: T; children: (value: T) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(true);
  // Each value held is numbered, so that an export waiting for one knows when it (or a later one) is in.
  const count = useRef(0);
  const [held, setHeld] = useState({ value, n: 0 });
  const hold = useEffectEvent(() => setHeld({ value, n: (count.current += 1) }));
  const latest = useRef(value);
  const waiting = useRef<{ n: number; resolve: () => void }[]>([]);
  useLayoutEffect(() => {
    latest.current = value;
  });
  const catchUp = useCallback(
    () =>
      new Promise<void>((resolve) => {
        const n = (count.current += 1);
        waiting.current.push({ n, resolve });
        setHeld({ value: latest.current, n });
      }),
    [],
  );
  useEffect(() => {
    const ready = waiting.current.filter((w) => w.n <= held.n);
    waiting.current = waiting.current.filter((w) => w.n > held.n);
    ready.forEach((w) => w.resolve());
  }, [held.n]);
  // Unmounted, it has nothing left to catch up with.
  useEffect(() => {
    const queue = waiting;
    return () => queue.current.forEach((w) => w.resolve());
  }, []);
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
    el.addEventListener('focusin', focused);
    return () => {
      io.disconnect();
      el.removeEventListener('focusin', focused);
    };
  }, []);
  const current = visible ? value : held.value;
  return (
    <div ref={ref} className="on-screen" aria-busy={current !== value ? true : undefined}>
      <PrepareContext value={catchUp}>{children(current)}</PrepareContext>
    </div>
  );
}

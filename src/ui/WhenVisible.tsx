import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Renders its children once the placeholder enters the viewport, and keeps them from then on.
 * The charts sit below the fold: their code and their first render wait until someone scrolls to them. */
export function WhenVisible({ children, minHeight }: { children: ReactNode; minHeight: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (old browsers, jsdom) everything renders at once.
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);
  if (visible) return <>{children}</>;
  return <div ref={ref} className="when-visible" style={{ minHeight }} />;
}

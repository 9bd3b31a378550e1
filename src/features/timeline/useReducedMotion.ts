import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
// One MediaQueryList for the page: matchMedia costs a style lookup, and every chart asks on every render.
let list: MediaQueryList | null | undefined;
const media = () => {
  if (list === undefined)
    list = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
  return list;
};

function subscribe(fn: () => void) {
  const m = media();
  m?.addEventListener('change', fn);
  return () => m?.removeEventListener('change', fn);
}

/** True when the viewer asked for less motion. Without matchMedia (jsdom, very old browsers) there is
 * no way to ask, so charts do not animate: a still chart is never wrong. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? true,
    () => true,
  );
}

import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
const media = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(fn: () => void) {
  const m = media();
  m?.addEventListener('change', fn);
  return () => m?.removeEventListener('change', fn);
}

/** True when the viewer asked for less motion. Without matchMedia (jsdom, very old browsers) there is
 * no way to ask, so charts do not animate: a still chart is never wrong. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? true, () => true);
}

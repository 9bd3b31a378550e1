// The address bar is the one place the view state lives: the hook reads it, and a change is written to
// it at once (history.replaceState or pushState) and then read back like any other.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parse, serialise, type ViewState } from './urlState';

// The browser tells of Back and Forward (popstate); our own writes fire nothing, so they are told here.
const listeners = new Set<() => void>();

function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

const readSearch = () => window.location.search;

/** The link to the view on screen, for copying and printing. */
export const currentHref = (): string => window.location.href;

export type Navigate = (patch: Partial<ViewState>, how?: 'push' | 'replace') => void;

/** The view state and a setter. Opening a country pushes (Back closes it); scrubbing replaces. */
export function useUrlState(): [ViewState, Navigate] {
  const search = useSyncExternalStore(subscribe, readSearch, readSearch);
  const state = useMemo(() => parse(search), [search]);
  const navigate = useCallback<Navigate>((patch, how = 'replace') => {
    const next = serialise({ ...parse(window.location.search), ...patch });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    for (const fn of listeners) fn();
  }, []);
  return [state, navigate];
}

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parse, serialise, type ViewState } from './urlState';

// Our own pushState does not fire popstate, so listeners are told here as well.
const listeners = new Set<() => void>();
function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}
const getSearch = () => window.location.search;

export type Navigate = (patch: Partial<ViewState>, how?: 'push' | 'replace') => void;

/** The view state and a setter. Opening a country pushes (Back closes it); scrubbing replaces. */
export function useUrlState(): [ViewState, Navigate] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
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

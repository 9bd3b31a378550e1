import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parse, serialise, type ViewState } from './urlState';

// Our own pushState does not fire popstate, so listeners are told here as well.
const listeners = new Set<() => void>();
function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('popstate', onPopState);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

// A replaced query waits here until the frame that shows it has been painted: history.replaceState
// costs about 3 ms of a filter change at 4× CPU slowdown, and nobody reads the address bar in that
// frame. The app reads the query through `currentSearch`, so it never sees the old one meanwhile.
let pending: string | null = null;
let scheduled = false;

function onPopState() {
  // The browser moved to another entry: a query not yet written belonged to the one left.
  pending = null;
}

/** Writes a waiting query to the address bar now (it is also written after the next frame). */
export function flushUrl(): void {
  scheduled = false;
  if (pending === null) return;
  const next = pending;
  pending = null;
  if (next !== window.location.search)
    window.history.replaceState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  const run = () => {
    if (scheduled) flushUrl();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  // rAF waits while the tab is hidden (the play button keeps stepping): write anyway.
  setTimeout(run, 100);
}

/** The query the app shows, written to the address bar or about to be. */
export const currentSearch = (): string => pending ?? window.location.search;

/** The link to the view on screen, for copying and printing. */
export function currentHref(): string {
  return `${window.location.origin}${window.location.pathname}${currentSearch()}${window.location.hash}`;
}

export type Navigate = (patch: Partial<ViewState>, how?: 'push' | 'replace') => void;

/** The view state and a setter. Opening a country pushes (Back closes it); scrubbing replaces. */
export function useUrlState(): [ViewState, Navigate] {
  const search = useSyncExternalStore(subscribe, currentSearch, currentSearch);
  const state = useMemo(() => parse(search), [search]);
  const navigate = useCallback<Navigate>((patch, how = 'replace') => {
    const next = serialise({ ...parse(currentSearch()), ...patch });
    if (next === currentSearch()) return;
    if (how === 'push') {
      // A new history entry: the entry it leaves keeps its latest query, and Back returns to it.
      flushUrl();
      window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    } else {
      pending = next;
      schedule();
    }
    for (const fn of listeners) fn();
  }, []);
  return [state, navigate];
}

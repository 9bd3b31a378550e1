// The address bar is the one place the view state lives. A pushed change (opening a country) is written
// at once; a replaced one (a filter, a slider step) is shown at once and written to the address bar just
// after the frame that shows it: history.replaceState is one of the larger single costs of a filter
// change, and `npm run bench` fails its filter budget with it inside the frame (docs/benchmark.md).
// Every read goes through this module, which writes a waiting change first, so no reader can tell.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parse, serialise, type ViewState } from './urlState';

// The browser tells of Back and Forward (popstate); our own writes fire nothing, so they are told here.
const listeners = new Set<() => void>();

/** A replaced view not yet in the address bar: its query string and its whole path. */
let waiting: { search: string; url: string } | null = null;

/** Writes a waiting view to the address bar. */
function write() {
  if (waiting === null) return;
  window.history.replaceState(null, '', waiting.url);
  waiting = null;
}

// After the next frame. A hidden page paints none: its view is written when it is read or left (pagehide).
const writeAfterFrame = () => requestAnimationFrame(() => setTimeout(write, 0));

// Back or Forward leaves the view that was waiting: the entry the browser moved to is the truth.
function moved(fn: () => void) {
  return () => {
    waiting = null;
    fn();
  };
}

function subscribe(fn: () => void) {
  const onPop = moved(fn);
  listeners.add(fn);
  window.addEventListener('popstate', onPop);
  window.addEventListener('pagehide', write);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', write);
  };
}

const readSearch = () => waiting?.search ?? window.location.search;

/** The link to the view on screen, for copying, printing and opening elsewhere. */
export const currentHref = (): string => {
  write();
  return window.location.href;
};

export type Navigate = (patch: Partial<ViewState>, how?: 'push' | 'replace') => void;

/** The view state and a setter. Opening a country pushes (Back closes it); scrubbing replaces. */
export function useUrlState(): [ViewState, Navigate] {
  const search = useSyncExternalStore(subscribe, readSearch, readSearch);
  const state = useMemo(() => parse(search), [search]);
  const navigate = useCallback<Navigate>((patch, how = 'replace') => {
    const next = serialise({ ...parse(readSearch()), ...patch });
    if (next === readSearch()) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (how === 'push') {
      write();
      window.history.pushState(null, '', url);
    } else {
      if (waiting === null) writeAfterFrame();
      waiting = { search: next, url };
    }
    for (const fn of listeners) fn();
  }, []);
  return [state, navigate];
}

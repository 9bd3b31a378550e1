import { useEffect, useLayoutEffect, useRef } from 'react';
import { keyAction, type SlideAction } from '../../domain/slideNavigation';
import { leaveFullscreen } from './fullscreen';

/** Keyboard and clicker control of briefing mode, and leaving it when the browser leaves full screen. */
export function useSlideKeys(onAction: (a: SlideAction) => void) {
  const act = useRef(onAction);
  useLayoutEffect(() => {
    act.current = onAction;
  }, [onAction]);

  // Listening before the first slide is painted: a key pressed as soon as it shows is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const action = keyAction(e.key);
      if (!action) return;
      const target = e.target instanceof Element ? e.target : null;
      // Typing in a field, pressing a focused button, panning a focused map or scrolling the Sources keep
      // their own meaning.
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a, summary')) return;
      if (e.key.startsWith('Arrow') && target?.closest('.leaflet-container, .briefing-sources-panel')) return;
      e.preventDefault();
      act.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    // In full screen the browser takes Escape for itself and the page never sees it: leaving full screen
    // (by Escape or the browser's own control) therefore leaves briefing mode, as Escape does otherwise.
    let wasFull = document.fullscreenElement !== null;
    const onChange = () => {
      const full = document.fullscreenElement !== null;
      if (wasFull && !full) act.current('exit');
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      leaveFullscreen();
    };
  }, []);
}

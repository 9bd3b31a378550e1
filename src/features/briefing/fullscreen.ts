import { useSyncExternalStore } from 'react';

// The Fullscreen API needs a user gesture and may be refused (iframes, kiosk policies, some browsers):
// briefing mode is a fixed overlay covering the viewport either way, full screen only hides the browser.

export function enterFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => {
    // Refused: the overlay still covers the window.
  });
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {});
  }
}

export const canFullscreen = () => typeof document !== 'undefined' && document.fullscreenEnabled === true;

const onChange = (fn: () => void) => {
  document.addEventListener('fullscreenchange', fn);
  return () => document.removeEventListener('fullscreenchange', fn);
};

/** Whether the page is full screen now (the "Full screen" button hides while it is). */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    onChange,
    () => document.fullscreenElement !== null,
    () => false,
  );
}

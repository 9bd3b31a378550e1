import { useCallback, useEffect, useRef, useState } from 'react';
import { parse, serialise } from '../../state/urlState';
import { currentHref } from '../../state/useUrlState';
import { windowLink, type Link } from './presenterLink';

const WINDOW_NAME = 'ip-atlas-presenter';

/**
 * Keeps this window's slide in step with the other briefing window. A local key or click is announced
 * (`announce`); a slide announced elsewhere is shown here (`show`). The audience window announces its slide
 * on entering and answers a presenter window's hello; the presenter window only greets, so that the two
 * never bounce a slide back and forth.
 */
export function useSlideLink(presenter: boolean, n: number, show: (n: number) => void) {
  const link = useRef<Link | null>(null);
  const popup = useRef<Window | null>(null);
  const current = useRef(n);
  const showRef = useRef(show);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    current.current = n;
    showRef.current = show;
  }, [n, show]);

  useEffect(() => {
    const l = windowLink((m) => {
      if (m.kind === 'slide') showRef.current(m.n);
      else if (!presenter) l.send({ kind: 'slide', n: current.current });
    });
    link.current = l;
    l.send(presenter ? { kind: 'hello' } : { kind: 'slide', n: current.current });
    return () => {
      l.close();
      link.current = null;
    };
  }, [presenter]);

  const announce = useCallback((target: number) => link.current?.send({ kind: 'slide', n: target }), []);

  /** Opens the presenter window (or brings it forward): this app at the same view with presenter=1. */
  const openPresenter = useCallback(() => {
    const open = popup.current;
    if (open && !open.closed) {
      open.focus();
      return;
    }
    const url = `${window.location.pathname}${serialise({ ...parse(new URL(currentHref()).search), presenter: true })}`;
    const w = window.open(url, WINDOW_NAME, 'popup,width=1280,height=800');
    popup.current = w;
    setBlocked(w === null);
    link.current?.addPeer(w);
  }, []);

  return { announce, openPresenter, blocked };
}

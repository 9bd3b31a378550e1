// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentHref, useUrlState } from '../../../src/state/useUrlState';

describe('useUrlState', () => {
  beforeEach(() => {
    // A view still waiting for its frame (left by an earlier test, here or in another file sharing this
    // module) is written first, by currentHref: each test starts from a clean address bar.
    currentHref();
    window.history.replaceState(null, '', '/');
  });

  it('shows a replaced view at once and writes it to the address bar after the frame', async () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    expect(result.current[0].from).toBe(2001);
    await vi.waitFor(() => expect(window.location.search).toBe('?from=2001'));
  });

  it('gives the link of the view on screen even before the address bar has it', () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    act(() => result.current[1]({ to: 2010 }));
    expect(currentHref()).toBe(`${window.location.origin}/?from=2001&to=2010`);
    expect(window.location.search).toBe('?from=2001&to=2010');
  });

  it('builds a change on the view on screen, not on the address bar it has not reached yet', () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    act(() => result.current[1]({ to: 2010 }));
    expect(result.current[0]).toMatchObject({ from: 2001, to: 2010 });
  });

  it('drops a waiting view when the browser moves to another entry', async () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    act(() => {
      window.history.pushState(null, '', '/?to=2010');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0]).toMatchObject({ from: null, to: 2010 });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 10)));
    expect(window.location.search).toBe('?to=2010');
  });

  it('pushes a new entry for a country, on top of the replaced one, so Back returns to it', () => {
    const { result } = renderHook(() => useUrlState());
    const push = vi.spyOn(window.history, 'pushState');
    act(() => result.current[1]({ from: 2001 }));
    act(() => result.current[1]({ country: 'KEN' }, 'push'));
    expect(push).toHaveBeenCalledWith(null, '', '/?from=2001&country=KEN');
    push.mockRestore();
  });

  it('follows the address bar when the browser moves to another entry', () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    act(() => {
      window.history.replaceState(null, '', '/?to=2010');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0]).toMatchObject({ from: null, to: 2010 });
  });

  it('stops listening to the browser when the last reader unmounts', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderHook(() => useUrlState());
    const added = add.mock.calls.filter(([type]) => type === 'popstate').map(([, fn]) => fn);
    unmount();
    const removed = remove.mock.calls.filter(([type]) => type === 'popstate').map(([, fn]) => fn);
    expect(added.length).toBeGreaterThan(0);
    expect(removed).toEqual(added);
    add.mockRestore();
    remove.mockRestore();
  });
});

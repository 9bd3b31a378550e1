// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUrlState } from '../../../src/state/useUrlState';

describe('useUrlState', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('writes a replaced view to the address bar at once, and shows it', () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    expect(window.location.search).toBe('?from=2001');
    expect(result.current[0].from).toBe(2001);
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

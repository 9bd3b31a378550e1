// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentHref, flushUrl, useUrlState } from '../../../src/state/useUrlState';

describe('useUrlState', () => {
  afterEach(() => {
    flushUrl();
    window.history.replaceState(null, '', '/');
    vi.useRealTimers();
  });

  it('shows a replaced view at once and writes the address after the frame', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    expect(result.current[0].from).toBe(2001);
    expect(currentHref()).toMatch(/\?from=2001$/);
    expect(window.location.search).toBe('');
    act(() => vi.advanceTimersByTime(150));
    expect(window.location.search).toBe('?from=2001');
  });

  it('writes a waiting query before pushing a new entry, so Back returns to it', () => {
    const { result } = renderHook(() => useUrlState());
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    act(() => result.current[1]({ from: 2001 }));
    act(() => result.current[1]({ country: 'KEN' }, 'push'));
    expect(replace).toHaveBeenCalledWith(null, '', '/?from=2001');
    expect(push).toHaveBeenCalledWith(null, '', '/?from=2001&country=KEN');
    expect(replace.mock.invocationCallOrder[0]).toBeLessThan(push.mock.invocationCallOrder[0] ?? 0);
    replace.mockRestore();
    push.mockRestore();
  });

  it('drops a waiting query when the browser moves to another entry', () => {
    const { result } = renderHook(() => useUrlState());
    act(() => result.current[1]({ from: 2001 }));
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0].from).toBeNull();
    flushUrl();
    expect(window.location.search).toBe('');
  });
});

// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePainted } from '../../../src/state/usePainted';

/** Animation frames that run only when the test says so; `hidden` is what document.hidden reads. */
function frames(hidden: boolean) {
  vi.useFakeTimers();
  const queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (queue.set(++id, cb), id));
  vi.stubGlobal('cancelAnimationFrame', (n: number) => queue.delete(n));
  vi.spyOn(document, 'hidden', 'get').mockReturnValue(hidden);
  // A frame starts: every waiting callback runs; the timers they set run once it has been painted.
  const paint = () =>
    act(() => {
      const due = [...queue.values()];
      queue.clear();
      due.forEach((cb) => cb(0));
    });
  return { paint };
}

function painted<T>(first: T, next: T) {
  const view = renderHook(({ v }) => usePainted(v), { initialProps: { v: first } });
  view.rerender({ v: next });
  return view.result;
}

describe('usePainted', () => {
  afterEach(() => {
    // In the reverse order of frames(): the stubs first, which put back the fake timers' frame functions,
    // then the real timers. The other way round left a fake requestAnimationFrame for later tests.
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives a new value only after a frame has been painted', () => {
    const { paint } = frames(false);
    const result = painted(1, 2);
    expect(result.current).toBe(1);
    paint();
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(2);
  });

  it('in a tab on screen, waits for the painted frame however long it takes', () => {
    const { paint } = frames(false);
    const result = painted('a', 'b');
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe('a');
    paint();
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe('b');
  });

  it('still follows in a hidden tab, which paints no frames', () => {
    frames(true);
    const result = painted('a', 'b');
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe('b');
  });

  it('ends on the latest of several quick changes', () => {
    const { paint } = frames(false);
    const view = renderHook(({ v }) => usePainted(v), { initialProps: { v: 1 } });
    view.rerender({ v: 2 });
    view.rerender({ v: 3 });
    paint();
    act(() => vi.advanceTimersByTime(0));
    expect(view.result.current).toBe(3);
  });
});

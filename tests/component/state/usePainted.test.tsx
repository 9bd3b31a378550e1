// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePainted } from '../../../src/state/usePainted';

describe('usePainted', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives a new value only after a frame has been painted', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const { result, rerender } = renderHook(({ v }) => usePainted(v), { initialProps: { v: 1 } });
    rerender({ v: 2 });
    expect(result.current).toBe(1);
    // The frame starts: its rendering is not done yet.
    act(() => frames.shift()?.(0));
    expect(result.current).toBe(1);
    // A task after that frame.
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(2);
  });

  it('still follows in a hidden tab, which paints no frames', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const { result, rerender } = renderHook(({ v }) => usePainted(v), { initialProps: { v: 'a' } });
    rerender({ v: 'b' });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe('b');
    hidden.mockRestore();
  });

  it('in a tab on screen, waits for the painted frame however long it takes', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(false);
    const { result, rerender } = renderHook(({ v }) => usePainted(v), { initialProps: { v: 'a' } });
    rerender({ v: 'b' });
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe('a');
    act(() => frames.shift()?.(0));
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe('b');
    hidden.mockRestore();
  });

  it('ends on the latest of several quick changes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 16));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
    const { result, rerender } = renderHook(({ v }) => usePainted(v), { initialProps: { v: 1 } });
    rerender({ v: 2 });
    rerender({ v: 3 });
    act(() => vi.advanceTimersByTime(40));
    expect(result.current).toBe(3);
  });
});

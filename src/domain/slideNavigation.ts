// Moving through a briefing story: the keys a presenter (or a presentation clicker) sends, and the
// slide each move lands on.

export type SlideAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'notes';

// Presentation clickers send Page Up / Page Down (some send arrows); space is what most decks use.
const KEYS: Record<string, SlideAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  n: 'notes',
  N: 'notes',
};

export function keyAction(key: string): SlideAction | null {
  return KEYS[key] ?? null;
}

/** 1-based slide number within 1..count (a deep link to slide 40 of 9 shows slide 9). */
export function clampSlide(n: number, count: number): number {
  if (count < 1) return 1;
  if (!Number.isFinite(n)) return 1;
  return Math.min(count, Math.max(1, Math.trunc(n)));
}

export function step(current: number, action: 'next' | 'prev' | 'first' | 'last', count: number): number {
  const n = clampSlide(current, count);
  if (action === 'first') return 1;
  if (action === 'last') return clampSlide(count, count);
  return clampSlide(action === 'next' ? n + 1 : n - 1, count);
}

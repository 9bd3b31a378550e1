// Layout on the map's screen, in pixels (y downwards): where to move the view so that a country is not
// under the panel, and where to put a small state's dot so that no city marker, key or button hides it.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Pt {
  x: number;
  y: number;
}

/**
 * How far a box must move (dx, dy) to lie inside `free`: null when it already does, 'fit' when it is
 * larger than `free` and moving cannot help (then the view has to zoom).
 */
export function easeInto(box: Rect, free: Rect): Pt | 'fit' | null {
  if (box.right - box.left > free.right - free.left || box.bottom - box.top > free.bottom - free.top) return 'fit';
  const shift = (lo: number, hi: number, min: number, max: number) => (lo < min ? min - lo : hi > max ? max - hi : 0);
  const dx = shift(box.left, box.right, free.left, free.right);
  const dy = shift(box.top, box.bottom, free.top, free.bottom);
  return dx === 0 && dy === 0 ? null : { x: dx, y: dy };
}

/** Whether two boxes share any area. */
export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * The largest rectangles of `free` that none of `covers` (the key, the map's buttons) lies over: for a
 * cover in a corner, the part beside it and the part above or below it. `free` itself when nothing covers it.
 */
export function openRects(free: Rect, covers: Rect[]): Rect[] {
  let rects = [free];
  for (const c of covers) {
    rects = rects.flatMap((r) =>
      !overlaps(r, c)
        ? [r]
        : [
            { ...r, bottom: c.top },
            { ...r, top: c.bottom },
            { ...r, right: c.left },
            { ...r, left: c.right },
          ].filter((p) => p.right > p.left && p.bottom > p.top),
    );
  }
  // A part inside another is no choice of its own.
  const inside = (a: Rect, b: Rect) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
  return rects.filter((r, i) => !rects.some((o, j) => j !== i && inside(r, o) && (!inside(o, r) || j < i)));
}

/** Whether a circle and a box come closer than `gap`. */
function touches(c: Pt, r: number, b: Rect, gap: number): boolean {
  const nx = Math.max(b.left, Math.min(c.x, b.right));
  const ny = Math.max(b.top, Math.min(c.y, b.bottom));
  return Math.hypot(c.x - nx, c.y - ny) < r + gap;
}

/** The box of a square of half side `half` centred at `s`. */
export const squareBox = (s: Pt, half: number): Rect => ({
  left: s.x - half,
  top: s.y - half,
  right: s.x + half,
  bottom: s.y + half,
});
const centre = (b: Rect): Pt => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

export interface DotLayout {
  /** dots of radius r, at their countries' points */
  dots: Pt[];
  r: number;
  /** centres of square markers of half side `half`, which stay where they are */
  squares: Pt[];
  half: number;
  /** boxes drawn over the map (its key, its buttons), in the same pixels: a dot under one steps aside too */
  blocked?: Rect[];
  /** the map's window on screen: a dot that steps aside stays inside it */
  bounds?: Rect;
}

const GAP = 3;
const DIRECTIONS = 12;
const STEP = 3;
const FARTHEST = 60;

/**
 * A dot too far under a box (the key) to find a free spot nearby: the nearest free spot just outside one
 * of the box's edges, sliding along the edge past whatever sits there (a button beside the key).
 */
function outFrom(dot: Pt, r: number, boxes: Rect[], ok: (p: Pt) => boolean): Pt | undefined {
  const clear = r + GAP + 1;
  let best: Pt | undefined;
  for (const b of boxes) {
    const reach = Math.max(b.right - b.left, b.bottom - b.top);
    for (let t = -reach; t <= reach; t += STEP) {
      const spots = [
        { x: dot.x + t, y: b.top - clear },
        { x: dot.x + t, y: b.bottom + clear },
        { x: b.left - clear, y: dot.y + t },
        { x: b.right + clear, y: dot.y + t },
      ];
      for (const p of spots) {
        if (!ok(p)) continue;
        if (!best || Math.hypot(p.x - dot.x, p.y - dot.y) < Math.hypot(best.x - dot.x, best.y - dot.y)) best = p;
      }
    }
  }
  return best;
}

/**
 * Where each dot is drawn: at its own point when nothing covers it, else at the nearest free place
 * around it, trying first the direction away from what covers it (the map then joins the dot to its
 * point with a line). Dots are placed in order and avoid the squares and the dots placed before them.
 */
export function placeDots({ dots, r, squares, half, blocked = [], bounds }: DotLayout): Pt[] {
  const placed: Pt[] = [];
  const hitsSquare = (p: Pt, s: Pt) => touches(p, r, squareBox(s, half), GAP);
  const hitsDot = (p: Pt, q: Pt) => (p.x - q.x) ** 2 + (p.y - q.y) ** 2 < (2 * r + GAP) ** 2;
  const hitsBox = (p: Pt, b: Rect) => touches(p, r, b, GAP);
  const inWindow = (p: Pt) =>
    !bounds || (p.x - r >= bounds.left && p.x + r <= bounds.right && p.y - r >= bounds.top && p.y + r <= bounds.bottom);
  const dist = (a: Pt, b: Pt) => Math.hypot(a.x - b.x, a.y - b.y);
  const within = (a: Pt, b: Pt, d: number) => Math.abs(a.x - b.x) <= d && Math.abs(a.y - b.y) <= d;
  // Only what lies within reach of a dot's farthest spot can be in its way: the many candidate spots
  // are tried against those alone, not against every square on the map.
  const reach = FARTHEST + r + GAP + Math.max(r, half * Math.SQRT2);
  for (const dot of dots) {
    const nearSquares = squares.filter((s) => within(s, dot, reach));
    const nearDots = placed.filter((q) => within(q, dot, reach));
    const free = (p: Pt) =>
      !nearSquares.some((s) => hitsSquare(p, s)) &&
      !nearDots.some((q) => hitsDot(p, q)) &&
      !blocked.some((b) => hitsBox(p, b));
    if (free(dot)) {
      placed.push(dot);
      continue;
    }
    const cover = [
      ...nearSquares.filter((s) => hitsSquare(dot, s)),
      ...nearDots.filter((q) => hitsDot(dot, q)),
      ...blocked.filter((b) => hitsBox(dot, b)).map(centre),
    ];
    const near = cover.reduce((a, b) => (dist(b, dot) < dist(a, dot) ? b : a));
    // Away from the nearest thing in the way (a box's middle); straight up when the dot sits on it.
    const away = near.x !== dot.x || near.y !== dot.y ? Math.atan2(dot.y - near.y, dot.x - near.x) : -Math.PI / 2;
    let spot: Pt | undefined;
    for (let d = STEP; d <= FARTHEST && !spot; d += STEP) {
      // Directions in order of their turn from `away`: 0, +30°, -30°, +60°…
      for (let k = 0; k < DIRECTIONS && !spot; k++) {
        const turn = Math.ceil(k / 2) * (k % 2 ? 1 : -1) * ((2 * Math.PI) / DIRECTIONS);
        const p = { x: dot.x + d * Math.cos(away + turn), y: dot.y + d * Math.sin(away + turn) };
        if (inWindow(p) && free(p)) spot = p;
      }
    }
    placed.push(
      spot ??
        outFrom(
          dot,
          r,
          blocked.filter((b) => hitsBox(dot, b)),
          (p) => inWindow(p) && free(p),
        ) ??
        dot,
    );
  }
  return placed;
}

// Recharts measures its container; jsdom measures 0. Tests (and anything else that knows its size)
// pass a fixed width; the app leaves it out and the chart follows the width of its box.
export interface ChartSize {
  width?: number;
  height?: number;
}

// Recharts compares its props by reference: the same height gets the same style object on every render.
const styles = new Map<number, { width: string; height: number }>();
const styleFor = (h: number) => {
  let s = styles.get(h);
  if (!s) styles.set(h, (s = { width: '100%', height: h }));
  return s;
};

export function chartDims(size: ChartSize | undefined, height: number) {
  const h = size?.height ?? height;
  return size?.width !== undefined ? { width: size.width, height: h } : { responsive: true, style: styleFor(h) };
}

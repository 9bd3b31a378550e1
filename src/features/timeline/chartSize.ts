// Recharts measures its container; jsdom measures 0. Tests (and anything else that knows its size)
// pass a fixed width; the app leaves it out and the chart follows the width of its box.
export interface ChartSize {
  width?: number;
  height?: number;
}

export function chartDims(size: ChartSize | undefined, height: number) {
  const h = size?.height ?? height;
  return size?.width !== undefined
    ? { width: size.width, height: h }
    : { responsive: true, style: { width: '100%', height: h } };
}

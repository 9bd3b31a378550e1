import type { Locator } from '@playwright/test';

/**
 * On how many lines each of `texts` lies inside the element: the distinct tops of the client rectangles
 * of the range over its characters (found across text nodes). -1 for a text that is not there.
 */
export function linesOf(element: Locator, texts: readonly string[]): Promise<number[]> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const all = nodes.map((t) => t.data).join('');
    return wanted.map((w) => {
      const at = all.indexOf(w);
      if (at < 0) return -1;
      const range = document.createRange();
      let offset = 0;
      for (const t of nodes) {
        const end = offset + t.data.length;
        if (at >= offset && at < end) range.setStart(t, at - offset);
        if (at + w.length > offset && at + w.length <= end) range.setEnd(t, at + w.length - offset);
        offset = end;
      }
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  }, texts);
}

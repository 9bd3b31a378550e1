/** Brings a region's heading (tabindex -1) into view and gives it focus: on narrow screens the map and the
 * filters are far apart on the page, and features refer to each other's headings by id only. */
export function jumpTo(headingId: string): void {
  const h = document.getElementById(headingId);
  if (!h) return;
  h.scrollIntoView({ block: 'start' });
  h.focus({ preventScroll: true });
}

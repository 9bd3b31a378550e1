/** Brings an element (a region's heading with tabindex -1, or a control) into view and gives it focus:
 * the map, the filters and the country table can be far apart, and features refer to each other's
 * elements by id only. */
export function jumpTo(headingId: string): void {
  const h = document.getElementById(headingId);
  if (!h) return;
  h.scrollIntoView({ block: 'start' });
  h.focus({ preventScroll: true });
}

import type { Path } from 'leaflet';

// What Enter or Space on each element does; one listener per element reads it, so a new action
// (new figures, new language) costs a map write instead of removing and adding listeners.
const actions = new WeakMap<Element, () => void>();

function onKey(this: Element, e: Event) {
  const key = (e as KeyboardEvent).key;
  if (key === 'Enter' || key === ' ') {
    e.preventDefault();
    actions.get(this)?.();
  }
}

// Every filter change decorates all 235 shapes: writing an attribute only when its value changes
// spares the browser a style check of every path.
function setAttr(el: Element, name: string, value: string | null) {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Leaflet's SVG paths are not focusable: give a country shape a name, a role and keyboard activation.
 * Countries without data stay out of the tab order (the country table lists every country). */
export function makeAccessible(layer: Path, label: string, focusable: boolean, activate: () => void): void {
  const el = layer.getElement();
  if (!el) return;
  setAttr(el, 'aria-label', label);
  setAttr(el, 'role', 'button');
  setAttr(el, 'tabindex', focusable ? '0' : null);
  if (!actions.has(el)) el.addEventListener('keydown', onKey);
  actions.set(el, activate);
}

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

// Every filter change decorates all 235 shapes: an attribute is written only when its value changes.
function setAttr(el: Element, name: string, value: string | null) {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Leaflet's SVG paths are not focusable: give a country shape a name, a role, keyboard activation, and
 * its tooltip while it has the focus. Countries without data stay out of the tab order (the country
 * table lists every country). */
export function makeAccessible(layer: Path, label: string, focusable: boolean, activate: () => void): void {
  const el = layer.getElement();
  if (!el) return;
  setAttr(el, 'aria-label', label);
  setAttr(el, 'role', 'button');
  setAttr(el, 'tabindex', focusable ? '0' : null);
  if (!actions.has(el)) {
    el.addEventListener('keydown', onKey);
    el.addEventListener('focus', () => layer.openTooltip());
    el.addEventListener('blur', () => layer.closeTooltip());
  }
  actions.set(el, activate);
}

import type { Path } from 'leaflet';

// One keydown handler per element, replaced when the label or action changes.
const handlers = new WeakMap<Element, (e: KeyboardEvent) => void>();

/** Leaflet's SVG paths are not focusable: give a country shape a name, a role and keyboard activation.
 * Countries without data stay out of the tab order (the country table lists every country). */
export function makeAccessible(layer: Path, label: string, focusable: boolean, activate: () => void): void {
  const el = layer.getElement();
  if (!el) return;
  el.setAttribute('aria-label', label);
  el.setAttribute('role', 'button');
  if (focusable) el.setAttribute('tabindex', '0');
  else el.removeAttribute('tabindex');
  const old = handlers.get(el);
  if (old) el.removeEventListener('keydown', old as EventListener);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate();
    }
  };
  handlers.set(el, onKey);
  el.addEventListener('keydown', onKey as EventListener);
}

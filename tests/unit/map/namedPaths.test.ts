// @vitest-environment jsdom
import { map as leafletMap, polygon, polyline, type Path } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { namingSvg } from '../../../src/features/map/namedPaths';

// The renderer hands each path to `beforeJoin` once its element exists and before it is in the page, so
// that what is written then is not a change to a connected element.
describe('namingSvg', () => {
  const div = document.createElement('div');
  afterEach(() => div.remove());

  it('gives a path to beforeJoin before its element joins the page, once', () => {
    document.body.append(div);
    const m = leafletMap(div, { renderer: namingSvg() }).setView([0, 0], 2);
    const seen: { connected: boolean; label: string | null }[] = [];
    const beforeJoin = (layer: Path) => {
      const el = layer.getElement() as SVGPathElement;
      seen.push({ connected: el.isConnected, label: el.getAttribute('aria-label') });
      el.setAttribute('aria-label', 'Somewhere');
    };
    const shape = polygon(
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      { beforeJoin } as object,
    ).addTo(m);
    expect(seen).toEqual([{ connected: false, label: null }]);
    expect(shape.getElement()?.isConnected).toBe(true);
    expect(shape.getElement()?.getAttribute('aria-label')).toBe('Somewhere');
    // A path without the option is drawn as Leaflet draws it.
    const line = polyline([
      [0, 0],
      [2, 2],
    ]).addTo(m);
    expect(line.getElement()?.isConnected).toBe(true);
    expect(seen).toHaveLength(1);
    m.remove();
  });
});

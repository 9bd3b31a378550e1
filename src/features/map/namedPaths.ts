import { SVG, type Path, type PathOptions } from 'leaflet';

/** A path's options may carry `beforeJoin`: called once its SVG element exists, before the element joins
 * the page. */
export interface BeforeJoin {
  beforeJoin?: (layer: Path) => void;
}

type InitPath = { _initPath(this: SVG, layer: Path): void };

/**
 * Leaflet's SVG renderer, with one step added: a path can be given its attributes (CountryShapes names
 * each country) between its element being made and its insertion. Written after, each attribute updates
 * a connected element, and with assistive technology on, its accessibility object as well: for 235
 * shapes and three attributes each, the largest part of the map's first frame in a Lighthouse trace.
 */
export function namingSvg(): SVG {
  const base = SVG.prototype as unknown as InitPath;
  const Renderer = SVG.extend({
    _initPath(this: SVG, layer: Path) {
      // Leaflet's own step (internal, hence the underscore) that makes the path's element.
      // oxlint-disable-next-line no-underscore-dangle
      base._initPath.call(this, layer);
      (layer.options as PathOptions & BeforeJoin).beforeJoin?.(layer);
    },
  } satisfies InitPath) as unknown as new () => SVG;
  return new Renderer();
}

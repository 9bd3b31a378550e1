// The map's coordinate system: Leaflet's own machinery (zoom, pan, markers, clipping) on the Equal Earth
// projection instead of Web Mercator. Leaflet projects each shape once per zoom level through it, and the
// camera frames boxes in projected units, because a box of latitudes and longitudes is not a rectangle
// on this map (a corner's longitude spans less width near a pole than at the equator).
import { Bounds, CRS, LatLng, Point, Transformation, Util, type Map as LMap } from 'leaflet';
import { EQUAL_EARTH_X, EQUAL_EARTH_Y, equalEarth, equalEarthInverse } from '../../domain/equalEarth';
import type { Box } from '../../domain/geometry';
import type { Rect } from '../../domain/mapLayout';

// At zoom 0 the world's width is 256 px, as in Leaflet's own systems (so zoom levels keep their meaning).
const K = 1 / (2 * EQUAL_EARTH_X);
const PX_PER_UNIT_AT_0 = 256 * K;

const projection = {
  project: (ll: LatLng) => {
    const [x, y] = equalEarth(ll.lng, ll.lat);
    return new Point(x, y);
  },
  unproject: (p: Point) => {
    const [lng, lat] = equalEarthInverse(p.x, p.y);
    return new LatLng(lat, lng);
  },
  bounds: new Bounds([-EQUAL_EARTH_X, -EQUAL_EARTH_Y], [EQUAL_EARTH_X, EQUAL_EARTH_Y]),
};

/** Equal Earth as a Leaflet CRS: Earth's distances, no wrapping of longitudes (nothing is drawn twice). */
export const EqualEarthCRS: CRS = Util.extend({}, CRS.Earth, {
  code: 'EqualEarth',
  projection,
  transformation: new Transformation(K, 0.5, -K, 0.5),
  wrapLng: undefined,
});

/** The point of the map at projected (x, y). */
export const latLngAt = (x: number, y: number): LatLng => projection.unproject(new Point(x, y));

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The centre and zoom that show a box as large as fits in the map less the padding (Leaflet's fitBounds,
 * in projected units), within [minZoom, maxZoom].
 */
export function viewOf(map: LMap, box: Box, pad: Padding, minZoom: number, maxZoom: number) {
  const size = map.getSize();
  const w = Math.max(1, size.x - pad.left - pad.right);
  const h = Math.max(1, size.y - pad.top - pad.bottom);
  const scale = Math.min(w / Math.max(box.x1 - box.x0, 1e-9), h / Math.max(box.y1 - box.y0, 1e-9));
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.log2(scale / PX_PER_UNIT_AT_0)));
  const px = PX_PER_UNIT_AT_0 * 2 ** zoom;
  // The padding's difference moves the centre: the box is centred in what the padding leaves.
  const x = (box.x0 + box.x1) / 2 + (pad.right - pad.left) / 2 / px;
  const y = (box.y0 + box.y1) / 2 - (pad.bottom - pad.top) / 2 / px;
  return { center: latLngAt(x, y), zoom };
}

/** Where a box is on the map's container now, in pixels. */
export function screenRect(map: LMap, box: Box): Rect {
  const nw = map.latLngToContainerPoint(latLngAt(box.x0, box.y1));
  const se = map.latLngToContainerPoint(latLngAt(box.x1, box.y0));
  return { left: nw.x, top: nw.y, right: se.x, bottom: se.y };
}

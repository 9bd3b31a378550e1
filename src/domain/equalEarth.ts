// The Equal Earth projection (Šavrič, Patterson & Jenny, 2018): equal-area, so a country's share of the
// map is its share of the world, which is what a choropleth asks the eye to compare. Written out here
// (a published polynomial) rather than imported: the app needs only the forward and inverse formulas.
// Units are those of a unit sphere; y grows northwards.

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;

/** The parametric latitude θ's polynomial for y, and its derivative, which also scales x. */
const yPoly = (t2: number, t6: number) => A1 + A2 * t2 + t6 * (A3 + A4 * t2);
const dPoly = (t2: number, t6: number) => A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);

/** [x, y] of a point given in degrees of longitude and latitude. */
export function equalEarth(lon: number, lat: number): [number, number] {
  const t = Math.asin(M * Math.sin(lat * RAD));
  const t2 = t * t;
  const t6 = t2 * t2 * t2;
  return [(lon * RAD * Math.cos(t)) / (M * dPoly(t2, t6)), t * yPoly(t2, t6)];
}

/** [lon, lat] in degrees of a projected point, by Newton's method on θ. Beyond the poles the latitude
 * is held at ±90°; a longitude beyond ±180° is returned as such (a point outside the world's outline). */
export function equalEarthInverse(x: number, y: number): [number, number] {
  let t = y;
  for (let i = 0; i < 12; i++) {
    const t2 = t * t;
    const t6 = t2 * t2 * t2;
    const step = (t * yPoly(t2, t6) - y) / dPoly(t2, t6);
    t -= step;
    if (Math.abs(step) < 1e-12) break;
  }
  const t2 = t * t;
  const t6 = t2 * t2 * t2;
  const s = Math.max(-1, Math.min(1, Math.sin(t) / M));
  return [(M * x * dPoly(t2, t6)) / Math.cos(t) / RAD, Math.asin(s) / RAD];
}

/** Half the width (the equator's ±180°) and half the height (a pole) of the whole projected world. */
export const EQUAL_EARTH_X = equalEarth(180, 0)[0];
export const EQUAL_EARTH_Y = equalEarth(0, 90)[1];

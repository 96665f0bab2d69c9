// UTM zone 37N on WGS84 (central meridian 39°E): the Transverse Mercator series of Snyder,
// "Map Projections: A Working Manual" (USGS PP 1395, 1987), eqs. 8-9 to 8-10. Accurate to well under
// a metre within a few degrees of the central meridian, far better than the map needs.

const A = 6378137; // WGS84 semi-major axis, m
const F = 1 / 298.257223563;
const E2 = F * (2 - F); // first eccentricity squared
const EP2 = E2 / (1 - E2); // second eccentricity squared
const K0 = 0.9996;
const FALSE_EASTING = 500000;
const LON0 = 39; // zone 37 central meridian, degrees

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Meridian arc length from the equator to latitude phi (radians). */
function meridianArc(phi: number): number {
  const e4 = E2 * E2;
  const e6 = e4 * E2;
  return A * (
    (1 - E2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi
    - ((3 * E2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi)
    + ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi)
    - ((35 * e6) / 3072) * Math.sin(6 * phi)
  );
}

export interface Utm {
  easting: number;
  northing: number;
}

/** Projects WGS84 latitude/longitude (degrees) to UTM zone 37N easting/northing in metres. */
export function projectUtm37(lat: number, lon: number): Utm {
  const phi = rad(lat);
  const sin = Math.sin(phi);
  const cos = Math.cos(phi);
  const n = A / Math.sqrt(1 - E2 * sin * sin);
  const t = Math.tan(phi) ** 2;
  const c = EP2 * cos * cos;
  const a = cos * rad(lon - LON0);
  const easting = FALSE_EASTING + K0 * n * (
    a + ((1 - t + c) * a ** 3) / 6 + ((5 - 18 * t + t * t + 72 * c - 58 * EP2) * a ** 5) / 120
  );
  const northing = K0 * (meridianArc(phi) + n * Math.tan(phi) * (
    (a * a) / 2
    + ((5 - t + 9 * c + 4 * c * c) * a ** 4) / 24
    + ((61 - 58 * t + t * t + 600 * c - 330 * EP2) * a ** 6) / 720
  ));
  return { easting, northing };
}

// The map's hex layout on the UTM 37N plane: pointy-top hexes 5 km centre to centre, axial (q, r)
// with r growing southward, in an odd-r offset rectangle whose hex (col 0, row 0) is the north-west corner.
import { type Hex, axialToOffset } from '../../src/engine/hex';
import { projectUtm37, type Utm } from './utm';

export const HEX_SIZE_KM = 5;
/** Distance between adjacent hex centres, m. */
export const HEX_SPACING_M = HEX_SIZE_KM * 1000;
/** Distance between the centre lines of two adjacent rows, m. */
export const ROW_SPACING_M = (HEX_SPACING_M * Math.sqrt(3)) / 2;
/** UTM 37N position of the centre of hex (q 0, r 0) = offset (col 0, row 0), the north-west corner. */
export const ORIGIN_EASTING = 547500;
export const ORIGIN_NORTHING = 3997000;
/** Chosen so Ma'adan, Al-Shaddadi and Al-Qa'im each have at least one hex between them and the edge. */
export const COLS = 29;
export const ROWS = 46;

export interface FractionalHex {
  q: number;
  r: number;
}

export function utmToFractionalAxial(p: Utm): FractionalHex {
  const r = (ORIGIN_NORTHING - p.northing) / ROW_SPACING_M;
  const q = (p.easting - ORIGIN_EASTING) / HEX_SPACING_M - r / 2;
  return { q, r };
}

/** Cube rounding (Red Blob Games) of a fractional axial position to the hex containing it. */
export function roundHex(f: FractionalHex): Hex {
  const s = -f.q - f.r;
  let q = Math.round(f.q);
  let r = Math.round(f.r);
  const rs = Math.round(s);
  const dq = Math.abs(q - f.q);
  const dr = Math.abs(r - f.r);
  const ds = Math.abs(rs - s);
  if (dq > dr && dq > ds) q = -r - rs;
  else if (dr > ds) r = -q - rs;
  return { q: q + 0, r: r + 0 }; // + 0 turns -0 into 0
}

export const utmToHex = (p: Utm): Hex => roundHex(utmToFractionalAxial(p));
export const latLonToHex = (lat: number, lon: number): Hex => utmToHex(projectUtm37(lat, lon));

/** UTM 37N position of a hex centre. */
export function hexCentre(h: Hex): Utm {
  return {
    easting: ORIGIN_EASTING + HEX_SPACING_M * (h.q + h.r / 2),
    northing: ORIGIN_NORTHING - ROW_SPACING_M * h.r,
  };
}

export function isInGrid(h: Hex): boolean {
  const { col, row } = axialToOffset(h);
  return row >= 0 && row < ROWS && col >= 0 && col < COLS;
}

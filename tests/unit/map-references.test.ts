// The gazetteer and the map against references the generator does not make (docs/map.md, "Checked
// against outside references"): known distances from docs/history.md ("Distances to keep" and the
// Khasham entry), and the banks against the original Natural Earth line, before the generator nudges it.
// Gazetteer distances are great circles on the WGS84 mean radius (no projection); map distances are
// between hex centres, from the hex grid alone (no projection either).
import { describe, expect, it } from 'vitest';
import geoJson from '../../assets/geo/geography.json';
import mapJson from '../../assets/maps/middle-euphrates.json';
import type { Hex } from '../../src/engine/hex';
import { type MapData, compileMap } from '../../src/engine/map';
import { hexCentre } from '../../scripts/geo/grid';
import { projectUtm37 } from '../../scripts/geo/utm';

const map = mapJson as unknown as MapData;
const geo = geoJson as unknown as { places: { name: string; lat: number; lon: number; bank: string }[]; euphrates: { lonlat: [number, number][] } };

const CITY = 'Deir ez-Zor';
const ZONE = 'Industrial zone (east bank)';
const MAYADIN = 'Al-Mayadin';
const BUKAMAL = 'Al-Bukamal';
const CONOCO = 'Conoco gas plant (Tabiyah)';

/** Great-circle distance in km (haversine, mean Earth radius 6371.0088 km): within 0.5% of the ellipsoid's. */
function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2
    + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
const place = (name: string) => geo.places.find((p) => p.name === name)!;
const hexOf = (name: string): Hex => { const [q, r] = map.places.find((p) => p.name === name)!.hex; return { q, r }; };
/** Distance between two hex centres in km: pointy-top axial geometry, hexSizeKm between neighbours. */
const centreKm = (a: Hex, b: Hex): number => {
  const dq = b.q - a.q;
  const dr = b.r - a.r;
  return map.hexSizeKm * Math.sqrt(dq * dq + dq * dr + dr * dr);
};

/**
 * A hex's position may lie anywhere in it, so a distance between hex centres is allowed one hex
 * circumradius (5/√3 = 2.9 km) of error. Reference distances are "about" figures; the tolerances
 * below add their rounding.
 */
const HEX_TOLERANCE_KM = map.hexSizeKm / Math.sqrt(3);

describe('distances against the record', () => {
  it('gazetteer: the industrial zone 5 ± 1 km from the city, Al-Mayadin 44 ± 3 km', () => {
    expect(Math.abs(greatCircleKm(place(CITY), place(ZONE)) - 5)).toBeLessThanOrEqual(1);
    expect(Math.abs(greatCircleKm(place(CITY), place(MAYADIN)) - 44)).toBeLessThanOrEqual(3);
  });

  it('gazetteer: Al-Bukamal 130 km from the city by the valley road, so 110-130 km as the crow flies', () => {
    // The road follows the valley, which bends little: the straight line is at most the road, and not 15% shorter.
    const km = greatCircleKm(place(CITY), place(BUKAMAL));
    expect(km).toBeLessThanOrEqual(130);
    expect(km).toBeGreaterThanOrEqual(110);
  });

  it('map: the industrial zone and Al-Mayadin at their distances from the city, within a hex circumradius', () => {
    expect(Math.abs(centreKm(hexOf(CITY), hexOf(ZONE)) - 4.9)).toBeLessThanOrEqual(HEX_TOLERANCE_KM);
    expect(Math.abs(centreKm(hexOf(CITY), hexOf(MAYADIN)) - 44)).toBeLessThanOrEqual(HEX_TOLERANCE_KM);
  });

  it('map: the west-bank highway from the city to Al-Bukamal is 130 km within 15 km', () => {
    // A path of hex steps zigzags: up to 15% longer than the straight line it follows.
    const road = map.roads.find((r) => r.name === 'West-bank highway')!.hexes.map(([q, r]) => `${q},${r}`);
    const from = road.indexOf(`${hexOf(CITY).q},${hexOf(CITY).r}`);
    const to = road.indexOf(`${hexOf(BUKAMAL).q},${hexOf(BUKAMAL).r}`);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(Math.abs((to - from) * map.hexSizeKm - 130)).toBeLessThanOrEqual(15);
  });

  it('map: Conoco 8 km east of the river (Khasham, "8 km east of the agreed deconfliction line"), within a hex circumradius', () => {
    const game = compileMap(map);
    const water = game.hexes.filter((h) => game.terrainAt(h) === 'river' || game.terrainAt(h) === 'island');
    const km = Math.min(...water.map((h) => centreKm(hexOf(CONOCO), h)));
    expect(Math.abs(km - 8)).toBeLessThanOrEqual(HEX_TOLERANCE_KM);
  });
});

// --- banks against the original Natural Earth line --------------------------------------------

interface Pt { x: number; y: number }
const toPt = (lat: number, lon: number): Pt => { const u = projectUtm37(lat, lon); return { x: u.easting, y: u.northing }; };
/** The raw line as stored (Natural Earth 1:50m), continued 50 km along its last segment so it leaves the map. */
const RAW: Pt[] = (() => {
  const line = geo.euphrates.lonlat.map(([lon, lat]) => toPt(lat, lon));
  const a = line[line.length - 2]!;
  const b = line[line.length - 1]!;
  const k = 50_000 / Math.hypot(b.x - a.x, b.y - a.y);
  return [...line, { x: b.x + (b.x - a.x) * k, y: b.y + (b.y - a.y) * k }];
})();

function distanceToRaw(p: Pt): number {
  let best = Infinity;
  for (let i = 0; i + 1 < RAW.length; i++) {
    const a = RAW[i]!;
    const b = RAW[i + 1]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
  }
  return best;
}

/** East (Jazira) bank: inside the polygon of the line closed far to the north; the river flows west to east here. */
function rawBank(p: Pt): 'E' | 'W' {
  const top = Math.max(...RAW.map((v) => v.y)) + 500_000;
  const poly = [...RAW, { x: RAW[RAW.length - 1]!.x, y: top }, { x: RAW[0]!.x, y: top }];
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside ? 'E' : 'W';
}

/**
 * Natural Earth 1:50m is generalised (its note in the gazetteer: 2-5 km off in places) and the map's
 * river is a chain of 5 km hexes. A land hex more than 3 km from the raw line must lie on the bank the
 * raw line gives it; a river hex's centre must lie within 6 km of it (3 km and a hex circumradius).
 */
const LAND_TOLERANCE_M = 3000;
const RIVER_TOLERANCE_M = 6000;

function bankErrors(data: MapData): string[] {
  const game = compileMap(data);
  const errors: string[] = [];
  for (const h of game.hexes) {
    const u = hexCentre(h);
    const p = { x: u.easting, y: u.northing };
    const t = game.terrainAt(h);
    const d = distanceToRaw(p);
    if (t === 'river' || t === 'island') {
      if (d > RIVER_TOLERANCE_M) errors.push(`river hex ${h.q},${h.r} is ${(d / 1000).toFixed(1)} km from the Natural Earth line`);
    } else if (d > LAND_TOLERANCE_M && game.bankOf(h) !== rawBank(p)) {
      errors.push(`hex ${h.q},${h.r} is on bank ${game.bankOf(h)}, ${(d / 1000).toFixed(1)} km from the line on the other side`);
    }
  }
  return errors;
}

describe('banks against the original Natural Earth line', () => {
  it('gives every land hex the bank of the raw line, and keeps the river hexes on it, within the tolerances', () => {
    expect(bankErrors(map)).toEqual([]);
  });

  it('fails a map whose river is shifted two hexes east (the check can fail)', () => {
    const shifted = map.terrain.map((row) => {
      let out = row;
      for (let c = row.length - 1; c >= 0; c--) {
        if (row[c] === 'r' || row[c] === 'i') out = `${out.slice(0, c)}v${out.slice(c + 1)}`;
      }
      for (let c = 0; c < row.length - 2; c++) {
        if (row[c] === 'r' || row[c] === 'i') out = `${out.slice(0, c + 2)}${row[c]}${out.slice(c + 3)}`;
      }
      return out;
    });
    expect(bankErrors({ ...map, terrain: shifted, riverSides: [] }).length).toBeGreaterThan(20);
  });

  it('puts every place with a bank on its side of the raw line, or within 3 km of it', () => {
    for (const p of map.places) {
      if (p.bank === '-') continue;
      const pt = toPt(p.lat, p.lon);
      if (distanceToRaw(pt) > LAND_TOLERANCE_M) expect(rawBank(pt), p.name).toBe(p.bank);
    }
  });

  it('projects with UTM distances within 0.5% of great circles (the projection is checked, not assumed)', () => {
    const onMap = geo.places.filter((p) => map.places.some((m) => m.name === p.name));
    for (const a of onMap) {
      for (const b of onMap) {
        const gc = greatCircleKm(a, b);
        if (gc < 1) continue;
        const pa = toPt(a.lat, a.lon);
        const pb = toPt(b.lat, b.lon);
        expect(Math.abs(Math.hypot(pa.x - pb.x, pa.y - pb.y) / 1000 - gc) / gc, `${a.name} - ${b.name}`).toBeLessThan(0.005);
      }
    }
  });
});

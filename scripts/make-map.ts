// Builds assets/maps/middle-euphrates.json from the gazetteer in assets/geo/geography.json:
// UTM 37N projection, 5 km pointy-top hexes, the Natural Earth Euphrates nudged so every place keeps
// its bank, then terrain, the Khabur, roads, bridges and islands. Run: npm run map
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Hex, hexDistance, hexEquals, hexKey, hexLine, hexNeighbors, hexRange, offsetToAxial,
} from '../src/engine/hex';
import { type AxialPair, type Bank, type MapData, type PlaceData, compileMap } from '../src/engine/map';
import { findPath } from '../src/engine/pathfinding';
import { COLS, HEX_SIZE_KM, HEX_SPACING_M, ROWS, hexCentre, isInGrid, utmToFractionalAxial, utmToHex } from './geo/grid';
import { projectUtm37 } from './geo/utm';

export interface GeoPlace {
  name: string;
  kind: string;
  lat: number;
  lon: number;
  bank: 'W' | 'E' | '-';
  source: string;
  confidence?: string;
}

export interface Geography {
  places: GeoPlace[];
  euphrates: { lonlat: [number, number][] };
  khabur: { via: string[] };
  islands: { name: string }[];
  bridges: { name: string }[];
}

export const GEOGRAPHY_PATH = fileURLToPath(new URL('../assets/geo/geography.json', import.meta.url));
export const MAP_PATH = fileURLToPath(new URL('../assets/maps/middle-euphrates.json', import.meta.url));

export const OBJECTIVES = [
  'Deir ez-Zor', 'Deir ez-Zor Airbase', 'Industrial zone (east bank)', 'Conoco gas plant (Tabiyah)',
  'Jafra oil field', 'Al-Omar oil field', 'Al-Mayadin', 'Al-Bukamal',
] as const;

const CITY = 'Deir ez-Zor';
const AIRBASE = 'Deir ez-Zor Airbase';
const INDUSTRIAL_ZONE = 'Industrial zone (east bank)';
/**
 * Places on opposite banks that stay in the neighbouring hexes their points fall in, with the river
 * along the side between them: a river hex between would double their real distance. The industrial
 * zone is 4.9 km from the city, the close face-off behind the strike of 16 Sep 2017.
 */
const RIVER_SIDE_PAIRS: readonly (readonly [string, string])[] = [[CITY, INDUSTRIAL_ZONE]];
const isSidePair = (a: string, b: string): boolean =>
  RIVER_SIDE_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
/** How far the river must pass from a place's own point and from its hex centre, m. */
const POINT_CLEARANCE_M = 1000;
const CENTRE_CLEARANCE_M = 2000;

// --- plane geometry on UTM metres (x = easting, y = northing) ---------------------------------

interface Pt { x: number; y: number }

const toPt = (lat: number, lon: number): Pt => {
  const u = projectUtm37(lat, lon);
  return { x: u.easting, y: u.northing };
};
const centrePt = (h: Hex): Pt => {
  const u = hexCentre(h);
  return { x: u.easting, y: u.northing };
};
const ptToHex = (p: Pt): Hex => utmToHex({ easting: p.x, northing: p.y });
const dist = (a: Pt, b: Pt): number => Math.hypot(a.x - b.x, a.y - b.y);

interface Nearest { dist: number; seg: number; t: number; along: number }

function nearestOnLine(line: readonly Pt[], p: Pt): Nearest {
  let best: Nearest = { dist: Infinity, seg: 0, t: 0, along: 0 };
  let along = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    const d = Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
    if (d < best.dist) best = { dist: d, seg: i, t, along: along + t * Math.sqrt(len2) };
    along += Math.sqrt(len2);
  }
  return best;
}

/**
 * The Jazira as a polygon: the river (flowing west to east across the map) closed far to the north.
 * Point-in-polygon is robust where a nearest-segment side test flips at sharp bends.
 */
function eastBankPolygon(line: readonly Pt[]): Pt[] {
  const first = line[0]!;
  const last = line[line.length - 1]!;
  const top = Math.max(...line.map((p) => p.y)) + 500_000;
  return [...line, { x: last.x, y: top }, { x: first.x, y: top }];
}

function inPolygon(poly: readonly Pt[], p: Pt): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

const sideOf = (line: readonly Pt[], p: Pt): Bank => (inPolygon(eastBankPolygon(line), p) ? 'E' : 'W');

/** The river line in metres, extended 50 km past its last vertex so it leaves the map (the first lies west of it). */
function riverLine(geo: Geography): Pt[] {
  const line = geo.euphrates.lonlat.map(([lon, lat]) => toPt(lat, lon));
  const a = line[line.length - 2]!;
  const b = line[line.length - 1]!;
  const k = 50_000 / dist(a, b);
  line.push({ x: b.x + (b.x - a.x) * k, y: b.y + (b.y - a.y) * k });
  return line;
}

interface Target { name: string; p: Pt; bank: Bank; clearance: number }

/**
 * Moves the river off places on the wrong side of it or too close: the nearest vertex (or a new one at
 * the nearest point) goes to `clearance` beyond the place, on the far side from its bank. Repeated
 * until every target is clear, since each edit can bring a neighbouring segment close to something.
 */
function nudgeRiver(line: Pt[], targets: readonly Target[]): Map<string, number> {
  const nudges = new Map<string, number>();
  for (let round = 0; round < 200; round++) {
    let clean = true;
    for (const target of targets) {
      const near = nearestOnLine(line, target.p);
      if (sideOf(line, target.p) === target.bank && near.dist >= target.clearance - 1) continue;
      clean = false;
      nudges.set(target.name, (nudges.get(target.name) ?? 0) + 1);
      const a = line[near.seg]!;
      const b = line[near.seg + 1]!;
      const len = dist(a, b);
      // Left of the downstream direction is the east (Jazira) bank.
      const left = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
      const s = target.bank === 'E' ? 1 : -1;
      // Overshoot a little: the two new segments slant, so their nearest point is closer than the vertex.
      const push = target.clearance * 1.25;
      const v = { x: target.p.x - s * left.x * push, y: target.p.y - s * left.y * push };
      if (near.t * len < 500) line[near.seg] = v;
      else if ((1 - near.t) * len < 500) line[near.seg + 1] = v;
      else line.splice(near.seg + 1, 0, v);
    }
    if (clean) return nudges;
  }
  throw new Error(`river nudging did not converge: ${[...nudges.keys()].join(', ')}`);
}

// --- the map ----------------------------------------------------------------------------------

interface Placed {
  geo: GeoPlace;
  pt: Pt;
  /** The hex the projected point falls in. */
  home: Hex;
  hex: Hex;
}

const TERRAIN_OF_KIND: Record<string, { code: string; priority: number }> = {
  airbase: { code: 'a', priority: 6 },
  city: { code: 'u', priority: 5 },
  industrial: { code: 'n', priority: 4 },
  gasfield: { code: 'f', priority: 3 },
  oilfield: { code: 'f', priority: 3 },
  town: { code: 'u', priority: 2 },
  base: { code: 'u', priority: 2 },
  hills: { code: 'h', priority: 1 },
};

const pair = (h: Hex): AxialPair => [h.q, h.r];

/** The map, deterministic for a given gazetteer. */
export const buildMap = (geo: Geography): MapData => generate(geo).map;

function generate(geo: Geography): { map: MapData; nudges: Map<string, number>; shiftKm: number } {
  const byName = new Map(geo.places.map((p) => [p.name, p]));
  const grid: Hex[] = [];
  for (let row = 0; row < ROWS; row++) for (let col = 0; col < COLS; col++) grid.push(offsetToAxial(col, row));

  const all: Placed[] = geo.places.map((g) => {
    const pt = toPt(g.lat, g.lon);
    const home = ptToHex(pt);
    return { geo: g, pt, home, hex: home };
  });
  const onMap = all.filter((p) => isInGrid(p.home));
  const offMapPlaces = all.filter((p) => !isInGrid(p.home));
  const placed = (name: string): Placed => {
    const p = onMap.find((x) => x.geo.name === name);
    if (!p) throw new Error(`${name} is not on the map`);
    return p;
  };
  const city = placed(CITY);
  const objectives = new Set<string>(OBJECTIVES);

  // Places on opposite banks need a river hex between them: the less important or less certain one
  // moves a hex away. Firmest first, so a place only moves when a firmer one forces it.
  const banked = onMap.filter((p) => p.geo.bank !== '-');
  const movability = (p: Placed): number => (objectives.has(p.geo.name) ? 0 : 2) + (p.geo.source === 'EST' ? 1 : 0);
  const tooClose = (p: Placed, at: Hex): Placed[] =>
    banked.filter((o) => o.geo.bank !== p.geo.bank && hexDistance(o.hex, at) <= 1 && !isSidePair(o.geo.name, p.geo.name));
  for (const p of [...banked].sort((a, b) => movability(a) - movability(b))) {
    const rivals = tooClose(p, p.hex);
    if (rivals.length === 0 || rivals.every((o) => movability(o) > movability(p))) continue;
    const spots = hexNeighbors(p.home).filter((h) => isInGrid(h) && tooClose(p, h).length === 0);
    spots.sort((a, b) => dist(centrePt(a), p.pt) - dist(centrePt(b), p.pt));
    if (!spots[0]) throw new Error(`no hex for ${p.geo.name} clear of the other bank`);
    p.hex = spots[0];
  }

  // The river: nudged clear of every banked place and of its hex centre.
  const line = riverLine(geo);
  const targets: Target[] = banked.flatMap((p) => [
    { name: p.geo.name, p: p.pt, bank: p.geo.bank as Bank, clearance: POINT_CLEARANCE_M },
    { name: p.geo.name, p: centrePt(p.hex), bank: p.geo.bank as Bank, clearance: CENTRE_CLEARANCE_M },
  ]);
  const nudges = nudgeRiver(line, targets);

  const label = new Map<string, Bank>();
  const lineDist = new Map<string, Nearest>();
  for (const h of grid) {
    label.set(hexKey(h), sideOf(line, centrePt(h)));
    lineDist.set(hexKey(h), nearestOnLine(line, centrePt(h)));
  }
  const placeHexes = new Set(onMap.map((p) => hexKey(p.hex)));
  const sideKeys = new Set(RIVER_SIDE_PAIRS.flatMap(([a, b]) => {
    const ka = hexKey(placed(a).hex);
    const kb = hexKey(placed(b).hex);
    return [`${ka}|${kb}`, `${kb}|${ka}`];
  }));
  const riverSides: [AxialPair, AxialPair][] = [];

  // Every W hex touching an E hex loses one of the two to the river, so the river is a closed barrier;
  // between the places of a side pair the river runs along their side instead.
  const water = new Set<string>();
  for (const a of grid) {
    for (const b of hexNeighbors(a)) {
      const ka = hexKey(a);
      const kb = hexKey(b);
      if (!isInGrid(b) || water.has(ka) || water.has(kb) || label.get(ka) === label.get(kb)) continue;
      if (sideKeys.has(`${ka}|${kb}`)) {
        if (ka < kb) riverSides.push([pair(a), pair(b)]);
        continue;
      }
      if (placeHexes.has(ka) && placeHexes.has(kb)) throw new Error(`places on both banks in ${ka} and ${kb}`);
      const aFirst = placeHexes.has(kb) || (!placeHexes.has(ka) && lineDist.get(ka)!.dist <= lineDist.get(kb)!.dist);
      water.add(aFirst ? ka : kb);
    }
  }
  const isLand = (h: Hex): boolean => isInGrid(h) && !water.has(hexKey(h));
  const isRiverSide = (a: Hex, b: Hex): boolean => sideKeys.has(`${hexKey(a)}|${hexKey(b)}`);
  const touchesBank = (h: Hex, bank: Bank): boolean =>
    hexNeighbors(h).some((n) => isLand(n) && label.get(hexKey(n)) === bank);
  const crossing = (h: Hex): boolean => water.has(hexKey(h)) && touchesBank(h, 'W') && touchesBank(h, 'E');
  const byDistanceTo = (p: Pt) => (a: Hex, b: Hex): number => dist(centrePt(a), p) - dist(centrePt(b), p);

  // Islands (estimated): Hawijat Kati beside the city, Hawijat Saqr the crossing nearest the airbase
  // that lies north or east of it.
  const kati = hexNeighbors(city.hex).filter(crossing).sort(byDistanceTo(city.pt))[0];
  if (!kati) throw new Error('no river hex beside the city for Hawijat Kati');
  const airbase = placed(AIRBASE);
  const northEastOfAirbase = (h: Hex): boolean =>
    centrePt(h).y > airbase.pt.y - 1000 && centrePt(h).x > airbase.pt.x - 1000;
  const saqr = grid
    .filter((h) => crossing(h) && !hexEquals(h, kati) && northEastOfAirbase(h))
    .sort(byDistanceTo(airbase.pt))[0];
  if (!saqr) throw new Error('no river hex near the airbase for Hawijat Saqr');
  const islands = [kati, saqr];
  const isIsland = (h: Hex): boolean => islands.some((i) => hexEquals(i, h));

  // Terrain: desert, then valley floor beside the river (wider below the city), the Khabur, places.
  const terrain = new Map<string, string>();
  for (const h of grid) terrain.set(hexKey(h), water.has(hexKey(h)) ? (isIsland(h) ? 'i' : 'r') : 'd');
  const cityAlong = nearestOnLine(line, city.pt).along;
  for (const h of grid) {
    if (!water.has(hexKey(h))) continue;
    const width = lineDist.get(hexKey(h))!.along > cityAlong ? 2 : 1;
    for (const n of hexRange(h, width)) if (isLand(n)) terrain.set(hexKey(n), 'v');
  }
  const khabur: Hex[] = [];
  const via = geo.khabur.via.map((name) => placed(name).hex);
  for (let i = 1; i < via.length; i++) {
    for (const h of hexLine(via[i - 1]!, via[i]!)) {
      if (khabur.length > 0 && hexEquals(khabur[khabur.length - 1]!, h)) continue;
      if (!isLand(h)) throw new Error(`the Khabur runs into the Euphrates at ${hexKey(h)}`);
      khabur.push(h);
      terrain.set(hexKey(h), 'v');
    }
  }

  const featurePriority = new Map<string, number>();
  const sorted = [...onMap].sort((a, b) =>
    (TERRAIN_OF_KIND[b.geo.kind]?.priority ?? 0) - (TERRAIN_OF_KIND[a.geo.kind]?.priority ?? 0));
  for (const p of sorted) {
    const feature = TERRAIN_OF_KIND[p.geo.kind];
    if (!feature) continue; // villages, landmarks, the confluence: keep the ground they stand on
    const k = hexKey(p.hex);
    const taken = featurePriority.get(k) ?? 0;
    if (taken > feature.priority) {
      if (p.geo.kind !== 'hills') continue;
      // The hills lose their hex to the airbase: put them on the nearest free neighbour.
      const free = hexNeighbors(p.hex)
        .filter((h) => isLand(h) && !placeHexes.has(hexKey(h)))
        .sort(byDistanceTo(p.pt))[0];
      if (!free) throw new Error(`no free hex for ${p.geo.name}`);
      p.hex = free;
    }
    featurePriority.set(hexKey(p.hex), feature.priority);
    terrain.set(hexKey(p.hex), feature.code);
  }

  // Off-map places: the last map hex on the straight line from the city toward them.
  const edgeHexToward = (target: Pt): Hex => {
    const steps = Math.ceil(dist(city.pt, target) / 250);
    let last = city.hex;
    for (let i = 1; i <= steps; i++) {
      const h = ptToHex({
        x: city.pt.x + ((target.x - city.pt.x) * i) / steps,
        y: city.pt.y + ((target.y - city.pt.y) * i) / steps,
      });
      if (!isInGrid(h)) break;
      last = h;
    }
    return last;
  };
  const offMap = offMapPlaces.map((p) => ({
    name: p.geo.name, kind: p.geo.kind, lat: p.geo.lat, lon: p.geo.lon, edgeHex: pair(edgeHexToward(p.pt)),
  }));
  const edgeOf = (name: string): Hex => {
    const p = offMapPlaces.find((x) => x.geo.name === name);
    if (!p) throw new Error(`${name} is not off the map`);
    return edgeHexToward(p.pt);
  };

  // Roads: cheapest land path per leg, each step costing a little more the further it strays from
  // the straight line between the leg's ends, so equal-length paths pick the straightest.
  const route = (stops: readonly (Hex | string)[]): AxialPair[] => {
    const hexes = stops.map((s) => (typeof s === 'string' ? placed(s).hex : s));
    const path: Hex[] = [hexes[0]!];
    for (let i = 1; i < hexes.length; i++) {
      const a = centrePt(hexes[i - 1]!);
      const b = centrePt(hexes[i]!);
      const offLine = (h: Hex): number => nearestOnLine([a, b], centrePt(h)).dist / HEX_SPACING_M;
      const leg = findPath(hexes[i - 1]!, hexes[i]!,
        (from, to) => (isLand(to) && !isRiverSide(from, to) ? 1000 + Math.round(100 * offLine(to)) : undefined), 1000);
      if (!leg) throw new Error(`no land route ${hexKey(hexes[i - 1]!)} -> ${hexKey(hexes[i]!)}`);
      path.push(...leg.slice(1));
    }
    return path.map(pair);
  };
  const roads = [
    { name: 'Sukhnah road (M20 from Palmyra)', hexes: route([edgeOf('Al-Sukhnah'), 'Brigade 137 base', CITY]) },
    {
      name: 'West-bank highway',
      hexes: route([CITY, AIRBASE, 'Mu Hasan', 'Al-Mayadin', 'Al-Quriyah', 'Al-Asharah', 'Al-Bukamal', "Al-Qa'im (Iraq)"]),
    },
    { name: 'Raqqa road', hexes: route([edgeOf('Raqqa'), "Ma'adan", 'Tibni', CITY]) },
    {
      name: 'East-bank road',
      hexes: route(['Industrial zone (east bank)', 'Khasham', 'Al-Busayrah', 'Dhiban', 'Hajin', 'Al-Susah']),
    },
    { name: 'Khabur valley road', hexes: route(['Al-Shaddadi', 'Markadah', 'Al-Suwar', 'Al-Busayrah']) },
    { name: 'Khasham - Conoco - Jafra', hexes: route(['Khasham', 'Conoco gas plant (Tabiyah)', 'Jafra oil field']) },
    { name: 'Dhiban - Al-Omar', hexes: route(['Dhiban', 'Al-Omar oil field']) },
    { name: 'Al-Kasrah - Industrial zone', hexes: route(['Al-Kasrah', 'Industrial zone (east bank)']) },
  ];

  // Bridges (all down by Sep 2017): crossing river hexes beside their town.
  const crossingsBeside = (name: string): Hex[] => {
    const p = placed(name);
    return hexNeighbors(p.hex).filter((h) => crossing(h) && !isIsland(h)).sort(byDistanceTo(p.pt));
  };
  const cityCrossings = crossingsBeside(CITY).sort((a, b) => centrePt(a).x - centrePt(b).x);
  const bridgeHexes: [string, Hex | undefined][] = [
    ['Siyasiyah bridge (Deir ez-Zor)', cityCrossings[0]],
    ['Deir ez-Zor suspension bridge', cityCrossings[cityCrossings.length - 1]],
    ['Mayadin bridge', crossingsBeside('Al-Mayadin')[0]],
    ['Asharah bridge', crossingsBeside('Al-Asharah')[0]],
    ['Shiha and Tarif bridges (Al-Bukamal)', crossingsBeside('Al-Bukamal')[0]],
  ];
  const bridges = bridgeHexes.map(([name, h]) => {
    if (!h) throw new Error(`no river hex for ${name}`);
    if (!geo.bridges.some((b) => b.name === name)) throw new Error(`${name} is not in the gazetteer`);
    return { name, hex: pair(h), state: 'destroyed' as const };
  });

  const places: PlaceData[] = onMap.map((p) => ({
    name: p.geo.name, kind: p.geo.kind, hex: pair(p.hex), lat: p.geo.lat, lon: p.geo.lon, bank: p.geo.bank, source: p.geo.source,
  }));

  const terrainRows: string[] = [];
  for (let row = 0; row < ROWS; row++) {
    let s = '';
    for (let col = 0; col < COLS; col++) s += terrain.get(hexKey(offsetToAxial(col, row)))!;
    terrainRows.push(s);
  }

  const map: MapData = {
    id: 'middle-euphrates',
    name: 'Middle Euphrates: Deir ez-Zor to Al-Bukamal',
    hexSizeKm: HEX_SIZE_KM,
    projection: 'UTM zone 37N (WGS84); pointy-top hexes, odd-r offset, row 0 north',
    cols: COLS,
    rows: ROWS,
    terrain: terrainRows,
    roads,
    bridges,
    khabur: khabur.map(pair),
    riverSides,
    places,
    offMap,
    credits: [
      'Place coordinates marked GN: GeoNames (geonames.org), CC BY 4.0',
      'Euphrates river line: Natural Earth 1:50m rivers and lake centerlines (naturalearthdata.com), public domain; generalised and nudged locally',
      'Place coordinates marked WP: Wikipedia (the places\' article infoboxes)',
      'Place coordinates marked EST, the islands and the Khabur course: estimates by the project from written descriptions',
    ],
  };
  checkMap(map, label, byName);
  const raw = riverLine(geo);
  const shiftKm = Math.max(...line.map((p) => nearestOnLine(raw, p).dist)) / 1000;
  return { map, nudges, shiftKm };
}

/** Facts the game relies on; a failure here means the geography needs another look. */
function checkMap(map: MapData, label: ReadonlyMap<string, Bank>, byName: ReadonlyMap<string, GeoPlace>): void {
  const game = compileMap(map);
  for (const h of game.hexes) {
    const bank = game.bankOf(h);
    if (bank !== undefined && bank !== label.get(hexKey(h))) throw new Error(`land hex ${hexKey(h)} is cut off from its bank`);
  }
  const sw = offsetToAxial(0, map.rows - 1);
  if (game.terrainAt(sw) !== 'desert' || game.bankOf(sw) !== 'W') throw new Error('the south-west corner must be west-bank desert');
  const objectiveHexes = new Set(OBJECTIVES.map((n) => map.places.find((p) => p.name === n)!.hex.join(',')));
  if (objectiveHexes.size !== OBJECTIVES.length) throw new Error('objectives share a hex');
  for (const p of map.places) {
    if (byName.get(p.name)?.bank !== p.bank) throw new Error(`bank of ${p.name} changed`);
    const h = { q: p.hex[0], r: p.hex[1] };
    if (p.bank !== '-' && game.bankOf(h) !== p.bank) throw new Error(`${p.name} is not on the ${p.bank} bank`);
  }
}

// --- output -----------------------------------------------------------------------------------

/**
 * JSON with 2-space indent, but number arrays (and arrays of them) and short flat objects on one line,
 * so terrain rows, hex pairs and place records each read as a single line.
 */
export function serializeMap(map: MapData): string {
  const isNumbers = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'number');
  const inline = (v: unknown): boolean =>
    typeof v !== 'object' || v === null || isNumbers(v) || (Array.isArray(v) && v.every(isNumbers));
  const write = (v: unknown, indent: string): string => {
    if (inline(v)) return JSON.stringify(v).replace(/,(?=[-\d[])/g, ', ');
    const inner = indent + '  ';
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.every(([, x]) => inline(x))) {
      const flat = `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${write(x, inner)}`).join(', ')}}`;
      if (flat.length <= 160) return flat;
    }
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
  };
  return write(map, '') + '\n';
}

export const loadGeography = (): Geography => JSON.parse(readFileSync(GEOGRAPHY_PATH, 'utf8')) as Geography;

function main(): void {
  const { map, nudges, shiftKm } = generate(loadGeography());
  mkdirSync(dirname(MAP_PATH), { recursive: true });
  writeFileSync(MAP_PATH, serializeMap(map));
  const count = (code: string): number => map.terrain.join('').split(code).length - 1;
  console.log(`wrote ${MAP_PATH}`);
  console.log(`${map.cols}x${map.rows} = ${map.cols * map.rows} hexes; river ${count('r')}, island ${count('i')}, valley ${count('v')}`);
  const nudged = [...nudges].map(([n, k]) => `${n} (${k})`);
  console.log(`river nudged ${nudged.length === 0 ? 'nowhere' : `around ${nudged.join(', ')}; at most ${shiftKm.toFixed(1)} km`}`);
  for (const name of OBJECTIVES) {
    const p = map.places.find((x) => x.name === name)!;
    const f = utmToFractionalAxial(projectUtm37(p.lat, p.lon));
    console.log(`  ${name.padEnd(30)} ${p.hex.join(',').padEnd(7)} (projected ${f.q.toFixed(2)},${f.r.toFixed(2)})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

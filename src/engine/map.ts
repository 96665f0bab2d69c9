// The static hex map: the data file's shape (MapData) and the compiled lookup form (GameMap).
import { type Hex, type HexKey, hexKey, hexNeighbors, offsetToAxial } from './hex';

export const TERRAINS = ['river', 'valley', 'desert', 'urban', 'industrial', 'hills', 'island', 'airbase', 'field'] as const;
export type Terrain = (typeof TERRAINS)[number];

/** One character a hex in MapData.terrain rows. */
export const TERRAIN_CODES: Readonly<Record<string, Terrain>> = {
  r: 'river', v: 'valley', d: 'desert', u: 'urban', n: 'industrial', h: 'hills', i: 'island', a: 'airbase', f: 'field',
};

export type Bank = 'W' | 'E';
export type AxialPair = [number, number];

export interface PlaceData {
  name: string;
  kind: string;
  hex: AxialPair;
  lat: number;
  lon: number;
  /** W = west/south bank (Shamiya), E = east/north bank (Jazira), '-' = away from the river. */
  bank: 'W' | 'E' | '-';
  source: string;
}

export interface MapData {
  id: string;
  name: string;
  /** Distance between adjacent hex centres, in km. */
  hexSizeKm: number;
  projection: string;
  /** Pointy-top hexes in an odd-r offset rectangle of cols x rows; terrain[row][col]. */
  cols: number;
  rows: number;
  terrain: string[];
  roads: { name: string; hexes: AxialPair[] }[];
  bridges: { name: string; hex: AxialPair; state: 'destroyed' | 'intact' }[];
  /** Hexes of the Khabur, a minor river drawn on the valley floor; no obstacle. */
  khabur: AxialPair[];
  places: PlaceData[];
  /** Gazetteer places outside the map, with the edge hex that points toward them. */
  offMap: { name: string; kind: string; lat: number; lon: number; edgeHex: AxialPair }[];
  credits: string[];
}

export interface GameMap {
  readonly data: MapData;
  readonly hexes: readonly Hex[];
  terrainAt(h: Hex): Terrain | undefined;
  isOnMap(h: Hex): boolean;
  /** Bank of a land hex, found by flood fill with river and island hexes as the barrier. */
  bankOf(h: Hex): Bank | undefined;
  /** True when a road joins these two neighbouring hexes. */
  hasRoad(a: Hex, b: Hex): boolean;
  placeAt(h: Hex): PlaceData | undefined;
}

const edgeKey = (a: Hex, b: Hex): string => {
  const ka = hexKey(a);
  const kb = hexKey(b);
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

/**
 * Builds the lookup form of a map. Assumes `data` has passed the scenario schema; bank flood fill
 * starts from the westernmost land hex of the bottom row (the Shamiya desert, on every map of the valley).
 */
export function compileMap(data: MapData): GameMap {
  const terrain = new Map<HexKey, Terrain>();
  const hexes: Hex[] = [];
  for (let row = 0; row < data.rows; row++) {
    const line = data.terrain[row] ?? '';
    for (let col = 0; col < data.cols; col++) {
      const t = TERRAIN_CODES[line[col] ?? ''];
      if (!t) continue;
      const h = offsetToAxial(col, row);
      terrain.set(hexKey(h), t);
      hexes.push(h);
    }
  }
  const roads = new Set<string>();
  for (const road of data.roads) {
    for (let i = 1; i < road.hexes.length; i++) {
      const [aq, ar] = road.hexes[i - 1]!;
      const [bq, br] = road.hexes[i]!;
      roads.add(edgeKey({ q: aq, r: ar }, { q: bq, r: br }));
    }
  }
  const places = new Map<HexKey, PlaceData>();
  for (const p of data.places) {
    const k = `${p.hex[0]},${p.hex[1]}`;
    if (!places.has(k)) places.set(k, p);
  }
  const banks = floodBanks(data, terrain);
  return {
    data,
    hexes,
    terrainAt: (h) => terrain.get(hexKey(h)),
    isOnMap: (h) => terrain.has(hexKey(h)),
    bankOf: (h) => banks.get(hexKey(h)),
    hasRoad: (a, b) => roads.has(edgeKey(a, b)),
    placeAt: (h) => places.get(hexKey(h)),
  };
}

const isWater = (t: Terrain | undefined): boolean => t === 'river' || t === 'island';

function floodBanks(data: MapData, terrain: ReadonlyMap<HexKey, Terrain>): Map<HexKey, Bank> {
  const banks = new Map<HexKey, Bank>();
  const fill = (seed: Hex, bank: Bank): void => {
    const stack = [seed];
    while (stack.length > 0) {
      const h = stack.pop()!;
      const k = hexKey(h);
      if (banks.has(k) || !terrain.has(k) || isWater(terrain.get(k))) continue;
      banks.set(k, bank);
      for (const n of hexNeighbors(h)) stack.push(n);
    }
  };
  const lastRow = data.rows - 1;
  fill(offsetToAxial(0, lastRow), 'W');
  // Everything not reached from the Shamiya is the Jazira.
  for (const [k, t] of terrain) {
    if (banks.has(k) || isWater(t)) continue;
    const [q, r] = k.split(',').map(Number);
    fill({ q: q!, r: r! }, 'E');
  }
  return banks;
}

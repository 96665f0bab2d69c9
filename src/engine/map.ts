// The static hex map: the data file's shape (MapData) and the compiled lookup form (GameMap).
import { type Hex, type HexKey, axialToOffset, hexDirectionTo, hexKey, hexNeighbors, offsetToAxial } from './hex';

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
  /**
   * Sides the Euphrates runs along between two neighbouring land hexes on opposite banks, where a
   * river hex between them would double a real distance under a hex (the city and the industrial zone).
   */
  riverSides?: [AxialPair, AxialPair][];
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
  /** True when the river runs along the side between these two neighbouring land hexes (MapData.riverSides). */
  riverBetween(a: Hex, b: Hex): boolean;
  placeAt(h: Hex): PlaceData | undefined;
}

/**
 * Builds the lookup form of a map. Assumes `data` has passed the scenario schema; bank flood fill
 * starts from the westernmost land hex of the bottom row (the Shamiya desert, on every map of the valley).
 */
export function compileMap(data: MapData): GameMap {
  // Hexes are stored in flat arrays indexed by axial coordinates, so the hot lookups are arithmetic.
  const hexes: Hex[] = [];
  for (let row = 0; row < data.rows; row++) {
    const line = data.terrain[row] ?? '';
    for (let col = 0; col < data.cols; col++) if (TERRAIN_CODES[line[col] ?? '']) hexes.push(offsetToAxial(col, row));
  }
  const minQ = Math.min(0, ...hexes.map((h) => h.q));
  const maxQ = Math.max(0, ...hexes.map((h) => h.q));
  const width = maxQ - minQ + 1;
  const size = width * Math.max(1, data.rows);
  const index = (h: Hex): number => (h.q < minQ || h.q > maxQ || h.r < 0 || h.r >= data.rows ? -1 : (h.r * width) + h.q - minQ);

  const terrain: (Terrain | undefined)[] = new Array<Terrain | undefined>(size).fill(undefined);
  for (const h of hexes) {
    const { col, row } = axialToOffset(h);
    terrain[index(h)] = TERRAIN_CODES[data.terrain[row]![col]!];
  }
  const terrainAt = (h: Hex): Terrain | undefined => {
    const i = index(h);
    return i < 0 ? undefined : terrain[i];
  };

  // An edge (a road's step or a river side) is a bit per direction on both of its hexes.
  const markEdge = (bits: Uint8Array, [aq, ar]: readonly [number, number], [bq, br]: readonly [number, number]): void => {
    const a = { q: aq, r: ar };
    const b = { q: bq, r: br };
    const dir = hexDirectionTo(a, b);
    if (dir < 0 || index(a) < 0 || index(b) < 0) return;
    bits[index(a)]! |= 1 << dir;
    bits[index(b)]! |= 1 << ((dir + 3) % 6);
  };
  const roads = new Uint8Array(size);
  for (const road of data.roads) {
    for (let i = 1; i < road.hexes.length; i++) {
      markEdge(roads, road.hexes[i - 1]!, road.hexes[i]!);
    }
  }
  const sides = new Uint8Array(size);
  for (const [a, b] of data.riverSides ?? []) markEdge(sides, a, b);
  const riverBetween = (a: Hex, b: Hex): boolean => {
    const i = index(a);
    if (i < 0 || sides[i] === 0) return false;
    const dir = hexDirectionTo(a, b);
    return dir >= 0 && (sides[i]! & (1 << dir)) !== 0;
  };
  const places = new Map<HexKey, PlaceData>();
  for (const p of data.places) {
    const k = `${p.hex[0]},${p.hex[1]}`;
    if (!places.has(k)) places.set(k, p);
  }
  const banks = floodBanks(data, hexes, terrainAt, riverBetween);
  // By index, like terrain: lines and areas ask the bank of many hexes.
  const bankAt = new Array<Bank | undefined>(size).fill(undefined);
  for (const [k, b] of banks) {
    const [q, r] = k.split(',').map(Number);
    bankAt[index({ q: q!, r: r! })] = b;
  }
  return {
    data,
    hexes,
    terrainAt,
    isOnMap: (h) => terrainAt(h) !== undefined,
    bankOf: (h) => {
      const i = index(h);
      return i < 0 ? undefined : bankAt[i];
    },
    hasRoad: (a, b) => {
      const i = index(a);
      const dir = hexDirectionTo(a, b);
      return i >= 0 && dir >= 0 && (roads[i]! & (1 << dir)) !== 0;
    },
    riverBetween,
    placeAt: (h) => places.get(hexKey(h)),
  };
}

const isWater = (t: Terrain | undefined): boolean => t === 'river' || t === 'island';

function floodBanks(
  data: MapData, hexes: readonly Hex[], terrainAt: (h: Hex) => Terrain | undefined, riverBetween: (a: Hex, b: Hex) => boolean,
): Map<HexKey, Bank> {
  const banks = new Map<HexKey, Bank>();
  const fill = (seed: Hex, bank: Bank): void => {
    const stack = [seed];
    while (stack.length > 0) {
      const h = stack.pop()!;
      const k = hexKey(h);
      const t = terrainAt(h);
      if (banks.has(k) || !t || isWater(t)) continue;
      banks.set(k, bank);
      for (const n of hexNeighbors(h)) if (!riverBetween(h, n)) stack.push(n);
    }
  };
  fill(offsetToAxial(0, data.rows - 1), 'W');
  // Everything not reached from the Shamiya is the Jazira.
  for (const h of hexes) if (!banks.has(hexKey(h))) fill(h, 'E');
  return banks;
}

// The rules tables: movement costs, terrain defence and the combat results table. Integers only.
import type { Terrain } from './map';
import type { Camp, CombatKind, CombatResult } from './types';

/** Bumped whenever a rule changes the outcome of the same commands; replays record it. */
export const RULES_VERSION = 9;

/** Movement points to enter a hex off-road. A road step costs ROAD_COST; river hexes need a pontoon. */
export const MOVE_COST: Readonly<Record<Terrain, number>> = {
  valley: 2, desert: 2, urban: 2, industrial: 2, airbase: 2, field: 2, hills: 3, river: 2, island: 2,
};
export const ROAD_COST = 1;

/** Defence multiplier in percent: towns and the city are where IS makes its stand. */
export const TERRAIN_DEFENCE: Readonly<Record<Terrain, number>> = {
  valley: 100, desert: 100, urban: 200, industrial: 150, airbase: 150, field: 125, hills: 150, river: 100, island: 150,
};

/** Odds columns: the lowest attack:defence ratio, in percent, that reaches each. */
export const ODDS_COLUMNS: readonly { label: string; minPct: number }[] = [
  { label: '1:2', minPct: 0 },
  { label: '1:1', minPct: 75 },
  { label: '3:2', minPct: 125 },
  { label: '2:1', minPct: 175 },
  { label: '3:1', minPct: 250 },
  { label: '4:1', minPct: 350 },
];

/** Combat results by column (rows) and die roll 1..6 (columns). */
export const CRT: readonly (readonly CombatResult[])[] = [
  ['AL2', 'AL', 'AL', 'AL', 'NE', 'EX'],
  ['AL', 'AL', 'NE', 'EX', 'DL', 'DL'],
  ['AL', 'NE', 'EX', 'DL', 'DL', 'DL'],
  ['NE', 'EX', 'DL', 'DL', 'DL', 'DL2'],
  ['EX', 'DL', 'DL', 'DL', 'DL2', 'DL2'],
  ['DL', 'DL', 'DL2', 'DL2', 'DL2', 'DL2'],
];

/** Fire and air strikes cannot hurt the firer: their attacker results read as these. */
export function resultFor(kind: CombatKind, raw: CombatResult): CombatResult {
  if (kind === 'assault') return raw; // car_bomb: the bomber is gone, so it reads as fire
  if (raw === 'AL' || raw === 'AL2') return 'NE';
  return raw === 'EX' ? 'DL' : raw;
}

export const LOSSES: Readonly<Record<CombatResult, { attacker: number; defender: number }>> = {
  AL2: { attacker: 2, defender: 0 },
  AL: { attacker: 1, defender: 0 },
  NE: { attacker: 0, defender: 0 },
  EX: { attacker: 1, defender: 1 },
  DL: { attacker: 0, defender: 1 },
  DL2: { attacker: 0, defender: 2 },
};

export function oddsColumn(attack: number, defence: number): number {
  const pct = defence <= 0 ? 1000 : Math.floor((attack * 100) / defence);
  let col = 0;
  ODDS_COLUMNS.forEach((c, i) => { if (pct >= c.minPct) col = i; });
  return col;
}

/** IS is every great power's enemy; the two powers are rivals, not enemies: no zones of control between them. */
export const hostile = (a: Camp, b: Camp): boolean => a !== b && (a === 'is' || b === 'is');

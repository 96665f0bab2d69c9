// Read-only queries over the part of the state that a camp's view shares with the full state, so
// legality and ranges can be computed on either (the AI and the UI only ever get a view).
import { type Hex, type HexKey, hexKey } from './hex';
import type { Scenario, UnitType } from './scenario';
import type { Camp, GameState, Unit } from './types';

export type Board = Pick<GameState, 'turn' | 'phase' | 'status' | 'units' | 'control' | 'pontoons' | 'mines' | 'sortiesLeft'>;

export function unitById(board: Board, id: string): Unit | undefined {
  return board.units.find((u) => u.id === id);
}

/** The units at `h`, in board order. A loop, not a filter: asked for each hex a move walks and each shot. */
export function unitsAt(board: Board, h: Hex): Unit[] {
  const out: Unit[] = [];
  const units = board.units, q = h.q, r = h.r;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.hex.q === q && u.hex.r === r) out.push(u);
  }
  return out;
}

export function typeOf(scenario: Scenario, unit: Unit): UnitType {
  const t = scenario.unitTypes[unit.type];
  if (!t) throw new Error(`unit ${unit.id} has unknown type ${unit.type}`);
  return t;
}

export interface Occupant { camp: Camp; count: number }

export function occupancy(board: Board): Map<HexKey, Occupant> {
  const occ = new Map<HexKey, Occupant>();
  for (const u of board.units) {
    const k = hexKey(u.hex);
    const o = occ.get(k);
    if (o) o.count++;
    else occ.set(k, { camp: u.camp, count: 1 });
  }
  return occ;
}

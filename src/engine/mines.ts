// IS minefields. A field is hidden from the powers until a unit of theirs walks into it: the unit
// stops there and rolls for losses, and the field is spent and known to all. IS lays more from a
// stock given by the scenario. Movement ranges never look at fields (they are planned on a view);
// only the engine, walking a move, finds them.
import { hexParam, refuse } from './refusals';
import { type Board, typeOf, unitsAt } from './board';
import { mutableUnit } from './clone';
import { damage } from './combat';
import { type Hex, hexDistance, hexKey, hexNeighbors } from './hex';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import type { Camp, EngineError, GameEvent, GameState, LayMineCommand, Minefields, Unit } from './types';

/** Steps lost to a field by die roll 1..6: one in three walk through unhurt, one in six loses two. */
export const MINE_LOSS: readonly number[] = [0, 0, 1, 1, 1, 2];

export function startingMines(scenario: Scenario): Minefields {
  const m = scenario.data.mines;
  return { hidden: (m?.hexes ?? []).map(([q, r]) => `${q},${r}`), known: [], stock: m?.stock ?? 0 };
}

/** The fields as `viewer` knows them: the powers see only the spent ones. */
export function minesFor(mines: Minefields, viewer: Camp | 'all'): Minefields {
  return viewer === 'all' || viewer === 'is' ? mines : { hidden: [], known: mines.known, stock: 0 };
}

/** Does a live field at `h` catch a unit of `camp`? IS knows its own fields. */
export const minedFor = (state: GameState, camp: Camp, h: Hex): boolean =>
  camp !== 'is' && state.mines.hidden.includes(hexKey(h));

/**
 * Sets off the field under `unit` (which has just stopped on it): rolls, takes the steps and marks
 * the field spent. Returns the unit as it stands, or undefined when the field destroyed it. Mutates `state`.
 */
export function setOffMine(state: GameState, unit: Unit, dice: Dice, events: GameEvent[]): Unit | undefined {
  const key = hexKey(unit.hex);
  state.mines = { ...state.mines, hidden: state.mines.hidden.filter((k) => k !== key), known: [...state.mines.known, key] };
  const roll = dice.roll(6);
  const steps = MINE_LOSS[roll - 1]!;
  events.push({ type: 'mine_exploded', hex: unit.hex, unit: unit.id, camp: unit.camp, roll, steps });
  if (steps > 0) damage(state, unit, steps, events);
  return state.units.find((u) => u.id === unit.id);
}

/** Why `unit` may not lay a field at `at` on this board, or undefined when it may. */
export function layMineProblem(scenario: Scenario, board: Board, unit: Unit, at: Hex): EngineError | undefined {
  const type = typeOf(scenario, unit);
  if (unit.camp !== 'is') return refuse('cannot_lay_mine', 'mine_not_is', {}, 'unit');
  if (type.carBomb) return refuse('cannot_lay_mine', 'mine_car_bomb', { unit: unit.name }, 'unit');
  if (unit.acted || unit.mp < type.movement) return refuse('already_acted', 'mine_first', { unit: unit.name }, 'unit');
  if (board.mines.stock <= 0) return refuse('no_mines', 'no_mines', {}, 'unit');
  if (!scenario.map.isOnMap(at)) return refuse('off_map', 'off_map', { hex: hexParam(at) }, 'at');
  if (hexDistance(unit.hex, at) > 1) return refuse('cannot_lay_mine', 'mine_too_far', { hex: hexParam(at), unit: unit.name }, 'at');
  if (scenario.map.riverBetween(unit.hex, at)) return refuse('cannot_lay_mine', 'mine_river_between', { unit: unit.name, hex: hexParam(at) }, 'at');
  const terrain = scenario.map.terrainAt(at);
  if (terrain === 'river') return refuse('cannot_lay_mine', 'mine_open_river', { hex: hexParam(at) }, 'at');
  const k = hexKey(at);
  if (board.mines.hidden.includes(k) || board.mines.known.includes(k)) return refuse('cannot_lay_mine', 'mine_there', { hex: hexParam(at) }, 'at');
  if (unitsAt(board, at).some((u) => u.camp !== unit.camp)) return refuse('cannot_lay_mine', 'mine_enemy_there', { hex: hexParam(at) }, 'at');
  return undefined;
}

/** Hexes where `unit` may lay a field now: its own and its neighbours. */
export function mineSites(scenario: Scenario, board: Board, unit: Unit): Hex[] {
  if (board.status !== 'playing' || unit.camp !== board.phase || board.mines.stock <= 0) return [];
  return [unit.hex, ...hexNeighbors(unit.hex)].filter((h) => !layMineProblem(scenario, board, unit, h));
}

export function layMine(scenario: Scenario, state: GameState, unit: Unit, cmd: LayMineCommand, events: GameEvent[]): EngineError | undefined {
  const problem = layMineProblem(scenario, state, unit, cmd.at);
  if (problem) return problem;
  state.mines = { ...state.mines, hidden: [...state.mines.hidden, hexKey(cmd.at)], stock: state.mines.stock - 1 };
  const layer = mutableUnit(state, unit);
  layer.acted = true;
  layer.mp = 0;
  events.push({ type: 'mine_laid', hex: cmd.at, unit: unit.id, camp: unit.camp });
  return undefined;
}

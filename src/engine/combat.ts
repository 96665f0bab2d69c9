// Combat: the odds of an attack, and its resolution with one seeded die. Losses fall on the
// strongest defender first; an assault that empties the hex advances into it.
import { type Board, typeOf, unitsAt } from './board';
import { type Hex, hexDistance } from './hex';
import { mutableUnit } from './clone';
import type { Dice } from './rng';
import { CRT, LOSSES, ODDS_COLUMNS, TERRAIN_DEFENCE, oddsColumn, resultFor } from './rules';
import type { Scenario } from './scenario';
import type { Camp, CombatKind, CombatResult, GameEvent, GameState, Unit } from './types';

export interface Odds {
  kind: CombatKind;
  attack: number;
  defence: number;
  odds: string;
  column: number;
  /** Chance in sixths of each result. */
  sixths: Record<CombatResult, number>;
  /** Chance in whole percent that the defenders lose at least one step. */
  hitPct: number;
  /** Chance in whole percent that the attacker loses at least one step. */
  riskPct: number;
}

export function attackKind(scenario: Scenario, unit: Unit): CombatKind {
  const type = typeOf(scenario, unit);
  if (type.carBomb) return 'car_bomb';
  return type.range > 1 ? 'fire' : 'assault';
}

/** The defence of the units on `target`, with its terrain. */
export function defenceOf(scenario: Scenario, board: Board, target: Hex): number {
  let raw = 0;
  for (const u of board.units) if (u.hex.q === target.q && u.hex.r === target.r) raw += typeOf(scenario, u).defence * u.strength;
  return defenceAt(scenario, target, raw);
}

/** `raw` defence (unit defence × strength, summed) standing on `h`, with its terrain: for a stack not there yet. */
export function defenceAt(scenario: Scenario, h: Hex, raw: number): number {
  return Math.floor((raw * TERRAIN_DEFENCE[scenario.map.terrainAt(h) ?? 'desert']) / 100);
}

export function oddsFor(kind: CombatKind, attack: number, defence: number): Odds {
  const column = oddsColumn(attack, defence);
  const sixths: Record<CombatResult, number> = { AL2: 0, AL: 0, NE: 0, EX: 0, DL: 0, DL2: 0 };
  for (const raw of CRT[column]!) sixths[resultFor(kind, raw)]++;
  const pct = (n: number): number => Math.floor((n * 100 + 3) / 6);
  return {
    kind, attack, defence, odds: ODDS_COLUMNS[column]!.label, column, sixths,
    hitPct: pct(sixths.EX + sixths.DL + sixths.DL2),
    riskPct: pct(sixths.EX + sixths.AL + sixths.AL2),
  };
}

/**
 * Can `unit` hit `target` at this distance (adjacent for an assault, within range for fire)? An
 * assault or a car bomb never goes across a river side: it would advance over the river.
 */
export function inReach(scenario: Scenario, unit: Unit, target: Hex): boolean {
  const d = hexDistance(unit.hex, target);
  if (d < 1 || d > typeOf(scenario, unit).range) return false;
  return d > 1 || attackKind(scenario, unit) === 'fire' || !scenario.map.riverBetween(unit.hex, target);
}

/** Takes `steps` from the hex's units, strongest first, and reports the hits. Mutates `state`. */
function inflict(state: GameState, target: Hex, steps: number, events: GameEvent[]): void {
  for (let i = 0; i < steps; i++) {
    const victims = unitsAt(state, target).sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
    const v = victims[0];
    if (!v) return;
    damage(state, v, 1, events);
  }
}

export function damage(state: GameState, shared: Unit, steps: number, events: GameEvent[]): void {
  const unit = mutableUnit(state, shared);
  const lost = Math.min(steps, unit.strength);
  unit.strength -= lost;
  events.push({ type: 'unit_hit', unit: unit.id, camp: unit.camp, steps: lost, strength: unit.strength });
  if (unit.strength <= 0) {
    state.units = state.units.filter((u) => u !== unit);
    events.push({ type: 'unit_destroyed', unit: unit.id, camp: unit.camp, hex: unit.hex, greatPower: unit.greatPower });
  }
}

/**
 * Resolves an attack on `target` with one die and mutates `state`. Returns the combat event's
 * result so the caller can advance after an assault.
 */
export function resolveAttack(
  scenario: Scenario, state: GameState, dice: Dice, camp: Camp,
  attacker: Unit | null, kind: CombatKind, attack: number, target: Hex, events: GameEvent[],
): CombatResult {
  const defenders = unitsAt(state, target).map((u) => u.id);
  const defence = defenceOf(scenario, state, target);
  const column = oddsColumn(attack, defence);
  const roll = dice.roll(6);
  const result = resultFor(kind, CRT[column]![roll - 1]!);
  const loss = LOSSES[result];
  events.push({
    type: 'combat', kind, camp, attacker: attacker?.id ?? null, target, defenders, attack, defence,
    odds: ODDS_COLUMNS[column]!.label, roll, result, attackerLoss: loss.attacker, defenderLoss: loss.defender,
  });
  inflict(state, target, loss.defender, events);
  if (attacker && loss.attacker > 0) damage(state, attacker, loss.attacker, events);
  return result;
}

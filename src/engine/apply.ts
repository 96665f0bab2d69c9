// The one function that changes game state: applyCommand. It validates the command, applies it to a
// copy of the state and returns the new state with the events it caused, or a typed error and no change.
import { typeOf, unitById, unitsAt } from './board';
import { checkMove } from './agreements';
import { copyState, mutableUnit } from './clone';
import { detonate } from './carBombs';
import { hexParam, refuse } from './refusals';
import { attackKind } from './combat';
import { parseCommand } from './commands';
import { boardSeenBy } from './fog';
import { type Hex, hexDistance, hexKey } from './hex';
import { sendMessage } from './hotline';
import { orderProxy } from './proxies';
import { ruleOnIncident } from './rulings';
import { fireInject } from './injects';
import { attackProblem, pontoonProblem, strikeProblem } from './legal';
import { layMine, minedFor, setOffMine } from './mines';
import { destinationOf } from './movement';
import { hostile } from './rules';
import { Dice } from './rng';
import type { Scenario } from './scenario';
import { conductAttack } from './strikes';
import { endPhase } from './phases';
import type {
  AirStrikeCommand, ApplyResult, AttackCommand, BuildPontoonCommand, EngineError, GameEvent, GameState,
  MoveCommand, Unit,
} from './types';


export function applyCommand(scenario: Scenario, state: GameState, raw: unknown): ApplyResult {
  const parsed = parseCommand(raw);
  if (!parsed.ok) return parsed;
  if (state.status === 'over') return { ok: false, error: refuse('game_over', 'game_over', {}) };
  const next = copyState(state);
  const events: GameEvent[] = [];
  const dice = new Dice(next.rng);
  const cmd = parsed.command;
  let error: EngineError | undefined;
  switch (cmd.type) {
    case 'move': error = move(scenario, next, cmd, dice, events); break;
    case 'attack': error = attack(scenario, next, cmd, dice, events); break;
    case 'air_strike': error = airStrike(scenario, next, cmd, dice, events); break;
    case 'build_pontoon': error = buildPontoon(scenario, next, cmd, events); break;
    case 'lay_mine': {
      const unit = ownUnit(next, cmd.unit);
      error = isError(unit) ? unit : layMine(scenario, next, unit, cmd, events);
      break;
    }
    case 'end_phase': endPhase(scenario, next, dice, events); break;
    case 'hotline': error = sendMessage(scenario, next, cmd.message, dice, events, cmd.remark); break;
    case 'inject': error = fireInject(scenario, next, cmd.inject, dice, events); break;
    case 'order': error = orderProxy(next, cmd, events); break;
    case 'ruling': error = ruleOnIncident(next, cmd, events); break;
  }
  if (error) return { ok: false, error };
  if (dice.draws > 0) {
    next.rng = dice.save();
    next.rngDraws += dice.draws;
  }
  return { ok: true, state: next, events };
}

/** The acting unit: it must exist and belong to the camp whose phase it is. */
function ownUnit(state: GameState, id: string): Unit | EngineError {
  const unit = unitById(state, id);
  if (!unit) return refuse('unknown_unit', 'unknown_unit', { unit: id }, 'unit');
  if (unit.camp !== state.phase) return refuse('not_your_unit', 'not_your_unit', { unit: unit.name, camp: unit.camp, phase: state.phase }, 'unit');
  return unit;
}

const isError = (v: unknown): v is EngineError => typeof v === 'object' && v !== null && 'code' in v;

function onMap(scenario: Scenario, h: Hex, field: string): EngineError | undefined {
  return scenario.map.isOnMap(h) ? undefined : refuse('off_map', 'off_map', { hex: hexParam(h) }, field);
}

function capture(scenario: Scenario, state: GameState, unit: Unit, hexes: readonly Hex[], events: GameEvent[]): void {
  if (typeOf(scenario, unit).carBomb) return; // a car bomb holds no ground
  for (const h of hexes) {
    const obj = scenario.objectiveAt.get(hexKey(h));
    if (!obj || state.control[obj.id] === unit.camp) continue;
    events.push({ type: 'objective_captured', objective: obj.id, camp: unit.camp, from: state.control[obj.id] ?? null });
    // `control` is shared with the earlier state (copyState): replaced, never changed in place.
    state.control = { ...state.control, [obj.id]: unit.camp };
  }
}

/**
 * A move is planned on what the mover can see. Walking it, the unit stops short of a hidden unit in
 * its way, stops on entering a hidden enemy's zone of control, and stops on a hidden minefield.
 */
function move(scenario: Scenario, state: GameState, cmd: MoveCommand, dice: Dice, events: GameEvent[]): EngineError | undefined {
  const unit = ownUnit(state, cmd.unit);
  if (isError(unit)) return unit;
  const off = onMap(scenario, cmd.to, 'to');
  if (off) return off;
  if (unit.acted || unit.mp <= 0) return refuse('already_acted', 'no_movement', { unit: unit.name }, 'unit');
  const seen = boardSeenBy(scenario, state, unit.camp);
  const dest = destinationOf(scenario, seen, unit.id, cmd.to);
  if (!dest) return refuse('unreachable', 'unreachable', { unit: unit.name, hex: hexParam(cmd.to) }, 'to');

  // In a hostile zone of control: next to a hostile unit (hostileZoc's set, asked of only the hexes walked).
  const hostiles = state.units.filter((u) => hostile(u.camp, unit.camp));
  const inZoc = (h: Hex): boolean => hostiles.some((u) => hexDistance(u.hex, h) === 1);
  const walked: Hex[] = [unit.hex];
  let stopped = false;
  let mined = false;
  for (const h of dest.path.slice(1)) {
    const blocker = unitsAt(state, h).find((u) => u.camp !== unit.camp);
    if (blocker) {
      events.push({ type: 'move_interrupted', unit: unit.id, camp: unit.camp, at: walked[walked.length - 1]!, contact: h });
      stopped = true;
      break;
    }
    walked.push(h);
    if (minedFor(state, unit.camp, h)) { stopped = mined = true; break; }
    if (inZoc(h)) { stopped = true; break; }
  }
  let moved: Unit | undefined = mutableUnit(state, unit);
  moved.hex = walked[walked.length - 1]!;
  // A walk cut short ends the move; a whole one costs what the search found (searchRange sums stepCostFor's
  // costs along the same path), so no step costs are worked out again here.
  moved.mp = stopped ? 0 : moved.mp - dest.cost;
  if (walked.length > 1) events.push({ type: 'unit_moved', unit: unit.id, camp: unit.camp, path: walked });
  if (mined) moved = setOffMine(state, moved, dice, events);
  if (!moved) return undefined;
  capture(scenario, state, moved, walked.slice(1), events);
  checkMove(scenario, state, moved, walked, events);
  return undefined;
}

function attack(scenario: Scenario, state: GameState, cmd: AttackCommand, dice: Dice, events: GameEvent[]): EngineError | undefined {
  const found = ownUnit(state, cmd.unit);
  if (isError(found)) return found;
  let unit = found;
  const bad = attackProblem(scenario, state, unit, cmd.target);
  if (bad) return bad;
  const type = typeOf(scenario, unit);
  const kind = attackKind(scenario, unit);
  if (kind === 'car_bomb') { detonate(scenario, state, dice, unit, cmd.target, events); return undefined; }
  unit = mutableUnit(state, unit); // its own from here on: the identity test below needs the unit that stays in state.units
  unit.acted = true;
  unit.mp = 0;
  conductAttack(scenario, state, dice, unit.camp, unit, kind, type.attack * unit.strength, cmd.target, events);
  const survived = state.units.includes(unit);
  if (kind === 'assault' && survived && unitsAt(state, cmd.target).length === 0) {
    const from = unit.hex;
    unit.hex = cmd.target;
    events.push({ type: 'unit_advanced', unit: unit.id, camp: unit.camp, to: cmd.target });
    // Advancing onto a field sets it off like a move: no capture if it destroys the unit.
    const standing = minedFor(state, unit.camp, cmd.target) ? setOffMine(state, unit, dice, events) : unit;
    if (!standing) return undefined;
    capture(scenario, state, standing, [cmd.target], events);
    checkMove(scenario, state, standing, [from, cmd.target], events);
  }
  return undefined;
}

function airStrike(scenario: Scenario, state: GameState, cmd: AirStrikeCommand, dice: Dice, events: GameEvent[]): EngineError | undefined {
  const camp = state.phase;
  const bad = strikeProblem(scenario, state, cmd.target);
  if (bad) return bad;
  state.sortiesLeft[camp] -= 1;
  conductAttack(scenario, state, dice, camp, null, 'air', scenario.data.camps[camp].airAttack, cmd.target, events);
  return undefined;
}

function buildPontoon(scenario: Scenario, state: GameState, cmd: BuildPontoonCommand, events: GameEvent[]): EngineError | undefined {
  const unit = ownUnit(state, cmd.unit);
  if (isError(unit)) return unit;
  const bad = pontoonProblem(scenario, state, unit, cmd.at);
  if (bad) return bad;
  state.pontoons.push(hexKey(cmd.at));
  const builder = mutableUnit(state, unit);
  builder.acted = true;
  builder.mp = 0;
  events.push({ type: 'pontoon_built', hex: cmd.at, unit: unit.id, camp: unit.camp });
  return undefined;
}

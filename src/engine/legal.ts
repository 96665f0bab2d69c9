// What the current camp may do: targets with their odds, pontoon sites, and the full list of legal
// commands. All of it works on a camp's view as well as on the full state. The *Problem predicates
// are the rules themselves: applyCommand refuses a command with the same predicate that leaves it
// out of these lists, so what is offered and what is allowed cannot drift apart.
import { type Board, typeOf, unitsAt } from './board';
import { type Odds, attackKind, defenceOf, inReach, oddsFor } from './combat';
import { agreedLine } from './areas';
import { gridOf } from './grid';
import { type CrisisBoard, type GameView, seesHex, sightOfBoard } from './fog';
import { checkMessage } from './hotline';
import { ANSWERS } from './hotlineAnswers';
import type { MessageBody } from './crisisTypes';
import { hexParam, refuse } from './refusals';
import { type Hex, hexDistance, hexKey, hexNeighbors } from './hex';
import { mineSites } from './mines';
import { movementRange } from './movement';
import { orderProblem, proxyFireRisk } from './proxies';
import type { Scenario } from './scenario';
import type { Command, EngineError, Unit } from './types';

export interface Target { hex: Hex; odds: Odds }

/**
 * Target hexes per view, kept on the view in a hidden field (quicker than a WeakMap entry per view):
 * a view never changes, and the AI asks for targets unit by unit.
 */
const VIEW_TARGETS = Symbol('targets');

/** Hexes the camp sees that hold another camp's units, each once, in the order of the units. */
function targetHexes(scenario: Scenario, board: Board): readonly Hex[] {
  const view = board as Partial<GameView>;
  if (view.visible === undefined || view.viewer !== board.phase) return findTargetHexes(scenario, board);
  let cached = (board as { [VIEW_TARGETS]?: readonly Hex[] })[VIEW_TARGETS];
  if (!cached) Object.defineProperty(board, VIEW_TARGETS, { value: (cached = findTargetHexes(scenario, board)) });
  return cached;
}

function findTargetHexes(scenario: Scenario, board: Board): readonly Hex[] {
  const sees = seesHex(scenario, sightOfBoard(scenario, board, board.phase));
  const out: Hex[] = [];
  // A seen hex is on the map: each once by its grid cell, not by a "q,r" string per unit.
  const grid = gridOf(scenario);
  const cells = new Set<number>();
  for (const u of board.units) {
    if (u.camp === board.phase) continue;
    const c = grid.cellOf(u.hex);
    // targetProblem's test, without its message: u itself is another camp's unit on the hex.
    if (cells.has(c) || !scenario.map.isOnMap(u.hex) || !sees(u.hex)) continue;
    cells.add(c);
    out.push({ q: u.hex.q, r: u.hex.r });
  }
  return out;
}

/**
 * Why the camp whose phase it is may not fire on `target` (by unit or from the air), or undefined:
 * the hex must be on the map, in its sight, and hold another camp's unit.
 */
export function targetProblem(
  scenario: Scenario, board: Board, target: Hex, sees = seesHex(scenario, sightOfBoard(scenario, board, board.phase)),
): EngineError | undefined {
  if (!scenario.map.isOnMap(target)) return refuse('off_map', 'off_map', { hex: hexParam(target) }, 'target');
  if (!sees(target)) return refuse('not_visible', 'not_visible', { camp: board.phase, hex: hexParam(target) }, 'target');
  if (!unitsAt(board, target).some((u) => u.camp !== board.phase)) {
    return refuse('no_target', 'no_target', { hex: hexParam(target) }, 'target');
  }
  return undefined;
}

/**
 * Why `unit` (of the camp in phase) may not attack `target`, or undefined. `isTarget` is the target
 * test: targetProblem, unless the caller has already kept only the hexes that pass it.
 */
export function attackProblem(
  scenario: Scenario, board: Board, unit: Unit, target: Hex, isTarget = (h: Hex): EngineError | undefined => targetProblem(scenario, board, h),
): EngineError | undefined {
  if (unit.acted) return refuse('already_acted', 'already_acted', { unit: unit.name }, 'unit');
  if (unit.restrained) return refuse('restrained', 'restrained', { unit: unit.name }, 'unit');
  const type = typeOf(scenario, unit);
  if (type.attack <= 0) return refuse('cannot_attack', 'cannot_attack', { unit: unit.name }, 'unit');
  if (!scenario.map.isOnMap(target)) return refuse('off_map', 'off_map', { hex: hexParam(target) }, 'target');
  if (!inReach(scenario, unit, target)) {
    return refuse('out_of_range', 'out_of_range', { hex: hexParam(target), distance: hexDistance(unit.hex, target), unit: unit.name, range: type.range }, 'target');
  }
  return isTarget(target);
}

/** Why the camp in phase may not strike `target` from the air, or undefined. */
export function strikeProblem(scenario: Scenario, board: Board, target: Hex): EngineError | undefined {
  if (board.sortiesLeft[board.phase] <= 0) return refuse('no_sorties', 'no_sorties', { camp: board.phase });
  return targetProblem(scenario, board, target);
}

/** Why `unit` may not build a pontoon at `at`, or undefined. */
export function pontoonProblem(scenario: Scenario, board: Board, unit: Unit, at: Hex): EngineError | undefined {
  const type = typeOf(scenario, unit);
  if (!type.engineer) return refuse('cannot_build', 'build_not_engineer', { unit: unit.name }, 'unit');
  if (unit.acted || unit.mp < type.movement) return refuse('already_acted', 'build_first', { unit: unit.name }, 'unit');
  if (!scenario.map.isOnMap(at)) return refuse('off_map', 'off_map', { hex: hexParam(at) }, 'at');
  if (hexDistance(unit.hex, at) !== 1) return refuse('cannot_build', 'build_not_next', { hex: hexParam(at), unit: unit.name }, 'at');
  if (scenario.map.terrainAt(at) !== 'river') return refuse('cannot_build', 'build_not_river', { hex: hexParam(at) }, 'at');
  if (board.pontoons.includes(hexKey(at))) return refuse('cannot_build', 'build_pontoon_there', { hex: hexParam(at) }, 'at');
  return undefined;
}

export function attackTargets(scenario: Scenario, board: Board, unit: Unit): Target[] {
  if (board.status !== 'playing' || unit.camp !== board.phase || unit.acted || unit.restrained || typeOf(scenario, unit).attack <= 0) return [];
  const kind = attackKind(scenario, unit);
  const attack = typeOf(scenario, unit).attack * unit.strength;
  const out: Target[] = [];
  // Each target its own hex object, as when they were parsed from keys: callers may keep them.
  for (const h of targetHexes(scenario, board)) {
    // attackProblem's test, without its message: the unit may attack (above), and targetHexes passed targetProblem.
    if (!inReach(scenario, unit, h)) continue;
    const hex = { q: h.q, r: h.r };
    out.push({ hex, odds: oddsFor(kind, attack, defenceOf(scenario, board, hex)) });
  }
  return out;
}

export function strikeTargets(scenario: Scenario, board: Board): Target[] {
  if (board.status !== 'playing' || board.sortiesLeft[board.phase] <= 0) return [];
  const attack = scenario.data.camps[board.phase].airAttack;
  // targetHexes keeps the hexes that pass targetProblem; with sorties left, that is strikeProblem.
  return targetHexes(scenario, board).map((h) => {
    const hex = { q: h.q, r: h.r };
    return { hex, odds: oddsFor('air', attack, defenceOf(scenario, board, hex)) };
  });
}

export function pontoonSites(scenario: Scenario, board: Board, unit: Unit): Hex[] {
  if (board.status !== 'playing' || unit.camp !== board.phase) return [];
  return hexNeighbors(unit.hex).filter((h) => !pontoonProblem(scenario, board, unit, h));
}

/**
 * Hotline commands worth listing: every answer to the messages waiting for this camp (except counters,
 * which need a line), and a river-line proposal unless one stands. Free-form messages (areas, lines) are not enumerated.
 */
export function hotlineOptions(scenario: Scenario, board: CrisisBoard): Command[] {
  const bodies: MessageBody[] = [];
  for (const m of board.crisis.messages) {
    if (m.to !== board.phase || m.answer !== null || m.status === 'unanswered') continue;
    for (const kind of ANSWERS[m.body.kind] ?? []) {
      if (kind !== 'counter') bodies.push({ kind, to: m.id } as MessageBody);
    }
  }
  if (agreedLine(board.crisis.agreements, board.turn)?.line?.kind !== 'river') bodies.push({ kind: 'propose_line', line: { kind: 'river' } });
  return bodies.filter((b) => !checkMessage(scenario, board, b)).map((message) => ({ type: 'hotline', message }));
}

/**
 * The order worth listing for a proxy: free for a restrained one; restrain for one that has not acted
 * and stands within PROXY_REACH of the other power's proxies the camp knows of (elsewhere it changes nothing but its attacks).
 */
export function orderOption(board: CrisisBoard, unit: Unit): Command | undefined {
  const order = unit.restrained ? 'free' : 'restrain';
  if (orderProblem(board, unit, order)) return undefined;
  if (order === 'restrain' && proxyFireRisk(board, unit).target === null) return undefined;
  return { type: 'order', unit: unit.id, order };
}

/** Every legal command for the camp whose phase it is, in a stable order; end_phase last. */
export function legalCommands(scenario: Scenario, board: CrisisBoard): Command[] {
  if (board.status !== 'playing') return [];
  const out: Command[] = [];
  for (const unit of board.units) {
    if (unit.camp !== board.phase) continue;
    for (const d of movementRange(scenario, board, unit.id).values()) out.push({ type: 'move', unit: unit.id, to: d.hex });
    for (const t of attackTargets(scenario, board, unit)) out.push({ type: 'attack', unit: unit.id, target: t.hex });
    for (const h of pontoonSites(scenario, board, unit)) out.push({ type: 'build_pontoon', unit: unit.id, at: h });
    for (const h of mineSites(scenario, board, unit)) out.push({ type: 'lay_mine', unit: unit.id, at: h });
    const order = orderOption(board, unit);
    if (order) out.push(order);
  }
  for (const t of strikeTargets(scenario, board)) out.push({ type: 'air_strike', target: t.hex });
  out.push(...hotlineOptions(scenario, board));
  out.push({ type: 'end_phase' });
  return out;
}

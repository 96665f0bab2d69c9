// The IS AI: it cannot win the race, only make it costly. Its car bombs strike first, at the most
// valuable targets in reach; then it counterattacks weak or exposed units, mines the approaches to
// the towns it garrisons, garrisons the towns and fields it still holds, and otherwise holds its
// ground along the valley, falling back to a town only when a unit outside one is badly outnumbered.
import { type Command, type GameView, type Hex, type Scenario, type Unit, hexDistance, hexKey, hostile, isCarBomb, movementRange } from '../engine';
import { COUNTERATTACK_MIN_COLUMN, PhaseMemory, hostileTargets } from './common';
import { carBombOrder, mineOrder } from './isWeapons';
import type { Policy, PolicyFactory } from './policy';

/** A unit down to its last step is worth attacking at lower odds (3:2). */
const WEAK_TARGET_COLUMN = 2;
/** Hostile units next to an IS unit outside a town that make it fall back. */
const OUTNUMBERED = 2;
/** How far a unit looks for a town to garrison or fall back to. */
const GARRISON_REACH = 8;

const isWeak = (view: GameView, h: Hex, camp: Unit['camp']): boolean =>
  view.units.filter((u) => hostile(u.camp, camp) && u.hex.q === h.q && u.hex.r === h.r).every((u) => u.strength <= 1);

function counterattack(scenario: Scenario, view: GameView, unit: Unit): Command | undefined {
  const target = hostileTargets(scenario, view, unit, WEAK_TARGET_COLUMN)
    .find((t) => t.odds.column >= COUNTERATTACK_MIN_COLUMN || isWeak(view, t.hex, unit.camp));
  return target ? { type: 'attack', unit: unit.id, target: target.hex } : undefined;
}

/** The IS-held objectives with no IS unit on them, nearest first. */
function emptyTowns(scenario: Scenario, view: GameView, unit: Unit): Hex[] {
  // Held: an IS unit other than a car bomb stands on it (looked up only for the few towns in reach).
  const held = (h: Hex): boolean => view.units.some((u) => u.camp === unit.camp && u.hex.q === h.q && u.hex.r === h.r && !isCarBomb(scenario, u));
  return scenario.objectives
    .filter((o) => view.control[o.id] === unit.camp && hexDistance(o.hex, unit.hex) <= GARRISON_REACH && !held(o.hex))
    .map((o) => o.hex)
    .sort((a, b) => hexDistance(a, unit.hex) - hexDistance(b, unit.hex) || a.q - b.q || a.r - b.r);
}

function onObjective(scenario: Scenario, unit: Unit): boolean {
  return scenario.objectiveAt.has(hexKey(unit.hex));
}

/** A move towards the nearest town that needs a garrison (or, for an outnumbered unit, any IS town). */
function garrison(scenario: Scenario, view: GameView, unit: Unit): Command | undefined {
  if (onObjective(scenario, unit)) return undefined;
  const near = view.units.filter((u) => hostile(u.camp, unit.camp) && hexDistance(u.hex, unit.hex) === 1).length;
  const towns = emptyTowns(scenario, view, unit);
  if (towns.length === 0 && near < OUTNUMBERED) return undefined;
  const goals = towns.length > 0 ? towns : scenario.objectives.filter((o) => view.control[o.id] === unit.camp).map((o) => o.hex);
  if (goals.length === 0) return undefined;
  const goal = goals[0]!;
  let best: { hex: Hex; d: number; cost: number } | undefined;
  const here = hexDistance(unit.hex, goal);
  for (const dest of movementRange(scenario, view, unit.id).values()) {
    const d = hexDistance(dest.hex, goal);
    if (d >= here) continue;
    if (!best || d < best.d || (d === best.d && dest.cost < best.cost)) best = { hex: dest.hex, d, cost: dest.cost };
  }
  return best ? { type: 'move', unit: unit.id, to: best.hex } : undefined;
}

export const islamicState: PolicyFactory = ({ camp }): Policy => {
  const memory = new PhaseMemory();
  return {
    name: 'ai:is',
    next(scenario, view): Command {
      memory.sync(view);
      // Car bombs first: a drive is followed by its blast, so a bomb is done only when it has no order.
      for (const unit of view.units) {
        if (unit.camp !== camp || memory.done.has(unit.id) || !isCarBomb(scenario, unit)) continue;
        const command = carBombOrder(scenario, view, unit);
        if (command) return command;
        memory.done.add(unit.id);
      }
      for (const unit of view.units) {
        if (unit.camp !== camp || memory.done.has(unit.id)) continue;
        memory.done.add(unit.id);
        const command = counterattack(scenario, view, unit) ?? mineOrder(scenario, view, unit) ?? garrison(scenario, view, unit);
        if (command) return command;
      }
      return { type: 'end_phase' };
    },
    refused(command) {
      if ('unit' in command) memory.done.add(command.unit);
    },
  };
};

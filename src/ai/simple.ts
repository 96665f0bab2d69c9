// The built-in policies for now: `advance` for the great powers (take the nearest objective, attack IS
// at good odds, call air on the front), `hold` for IS (stand and counterattack weak units), `random`
// (any legal command) and `pass`. Each is deterministic given the view and its own seed.
import {
  type Command, type GameView, type Scenario, type Unit, attackTargets, hexDistance, hexKey, hostile, legalCommands,
  movementRange, pontoonSites, strikeTargets, typeOf,
} from '../engine';
import { Dice, seedState } from '../engine';
import { ObjectiveDistances } from './distance';
import type { Policy, PolicyFactory } from './policy';

/** Remembers which units it has finished with in the current phase. */
class PhaseMemory {
  private phaseKey = '';
  readonly done = new Set<string>();
  sync(view: GameView): void {
    const key = `${view.turn}/${view.phase}`;
    if (key !== this.phaseKey) { this.phaseKey = key; this.done.clear(); }
  }
}

const ASSAULT_MIN_COLUMN = 2; // 3:2
const COUNTERATTACK_MIN_COLUMN = 3; // 2:1

function bestHostileTarget(scenario: Scenario, view: GameView, unit: Unit, minColumn: number) {
  const targets = attackTargets(scenario, view, unit)
    .filter((t) => view.units.some((u) => hexKey(u.hex) === hexKey(t.hex) && hostile(u.camp, unit.camp)))
    .filter((t) => t.odds.kind !== 'assault' || t.odds.column >= minColumn);
  targets.sort((a, b) => b.odds.column - a.odds.column || a.odds.defence - b.odds.defence || a.hex.q - b.hex.q || a.hex.r - b.hex.r);
  return targets[0];
}

export const advance: PolicyFactory = ({ camp }) => {
  const memory = new PhaseMemory();
  let distances: ObjectiveDistances | undefined;
  return {
    name: 'advance',
    next(scenario, view): Command {
      memory.sync(view);
      distances ??= new ObjectiveDistances(scenario);
      const own = view.units.filter((u) => u.camp === camp && !memory.done.has(u.id));
      for (const unit of own) {
        const target = bestHostileTarget(scenario, view, unit, ASSAULT_MIN_COLUMN);
        if (target) { memory.done.add(unit.id); return { type: 'attack', unit: unit.id, target: target.hex }; }
        const sites = pontoonSites(scenario, view, unit);
        if (sites.length > 0 && view.turn >= 3 && view.pontoons.length === 0) {
          memory.done.add(unit.id);
          return { type: 'build_pontoon', unit: unit.id, at: sites[0]! };
        }
        const step = advanceStep(scenario, view, unit, distances);
        memory.done.add(unit.id);
        if (step) return step;
      }
      const strike = strikeTargets(scenario, view)
        .filter((t) => view.units.some((u) => hexKey(u.hex) === hexKey(t.hex) && hostile(u.camp, camp)))
        .sort((a, b) => b.odds.column - a.odds.column || a.hex.q - b.hex.q || a.hex.r - b.hex.r)[0];
      if (strike) return { type: 'air_strike', target: strike.hex };
      return { type: 'end_phase' };
    },
    refused(command) {
      if ('unit' in command) memory.done.add(command.unit);
    },
  };
};

/** Moves one step of the way to the nearest objective the camp does not hold; artillery keeps back. */
function advanceStep(scenario: Scenario, view: GameView, unit: Unit, distances: ObjectiveDistances): Command | undefined {
  let goal: { id: string; d: number } | undefined;
  for (const o of scenario.objectives) {
    if (view.control[o.id] === unit.camp) continue;
    const d = distances.get(o.id, view.pontoons).get(hexKey(unit.hex));
    if (d !== undefined && (!goal || d < goal.d)) goal = { id: o.id, d };
  }
  if (!goal) return undefined;
  const field = distances.get(goal.id, view.pontoons);
  const isGun = typeOf(scenario, unit).range > 1;
  const hostiles = view.units.filter((u) => hostile(u.camp, unit.camp));
  let best: { hex: Unit['hex']; d: number; cost: number } | undefined;
  for (const dest of movementRange(scenario, view, unit.id).values()) {
    const d = field.get(hexKey(dest.hex));
    if (d === undefined || d >= goal.d) continue;
    if (isGun && hostiles.some((h) => hexDistance(h.hex, dest.hex) < 2)) continue;
    if (!best || d < best.d || (d === best.d && dest.cost < best.cost)) best = { hex: dest.hex, d, cost: dest.cost };
  }
  return best ? { type: 'move', unit: unit.id, to: best.hex } : undefined;
}

export const hold: PolicyFactory = ({ camp }) => {
  const memory = new PhaseMemory();
  return {
    name: 'hold',
    next(scenario, view): Command {
      memory.sync(view);
      for (const unit of view.units) {
        if (unit.camp !== camp || memory.done.has(unit.id)) continue;
        memory.done.add(unit.id);
        const target = bestHostileTarget(scenario, view, unit, COUNTERATTACK_MIN_COLUMN);
        if (target) return { type: 'attack', unit: unit.id, target: target.hex };
      }
      return { type: 'end_phase' };
    },
  };
};

export const random: PolicyFactory = ({ seed, camp }) => {
  const dice = new Dice(seedState(`${seed}/${camp}/random`));
  return {
    name: 'random',
    next(scenario, view): Command {
      const options = legalCommands(scenario, view);
      return options[dice.int(options.length)]!;
    },
  };
};

export const pass: PolicyFactory = () => ({ name: 'pass', next: (): Command => ({ type: 'end_phase' }) });

export const POLICIES: Readonly<Record<string, PolicyFactory>> = { advance, hold, random, pass };
export const DEFAULT_POLICY = { coalition: 'advance', russia: 'advance', is: 'hold' } as const;

export type { Policy };

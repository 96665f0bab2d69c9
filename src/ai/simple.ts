// The built-in policies. For the great powers: `advance` (the default AI: take the nearest objective,
// attack IS at good odds, call air on the front, and talk on the hotline), `careful` and `reckless`
// (see powers.ts and hotline.ts). For IS: `hold` (stand and counterattack weak units). Any camp:
// `random` (any legal command) and `pass`. Each is deterministic given the view and its own seed.
import { type Command, Dice, legalCommands, seedState } from '../engine';
import { COUNTERATTACK_MIN_COLUMN, PhaseMemory, bestHostileTarget } from './common';
import type { Policy, PolicyFactory } from './policy';
import { advance, careful, reckless } from './powers';
import { AI_POLICIES } from './doctrines';

export { advance, careful, reckless };

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

export const POLICIES: Readonly<Record<string, PolicyFactory>> = { ...AI_POLICIES, advance, careful, reckless, hold, random, pass };
export const DEFAULT_POLICY = { coalition: 'advance', russia: 'advance', is: 'hold' } as const;

export type { Policy };

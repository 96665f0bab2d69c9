// The AI opponent's difficulty, chosen in the menu beside its doctrine. The doctrine says how much risk
// the other power takes in the crisis; the level how well it fights (src/ai/doctrines.ts). Normal is the
// doctrine's own AI, so a game without a level plays as before.
import type { Doctrine } from '../engine/core';

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The policy name of a doctrine at a level: `ai:balanced` for normal, else `ai:balanced:hard`. */
export function levelPolicyName(doctrine: Doctrine, level: Difficulty): string {
  return level === 'normal' ? `ai:${doctrine}` : `ai:${doctrine}:${level}`;
}

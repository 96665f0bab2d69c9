// The chance of a firefight between units in contact: a rule of the turn's end (crisisTurn.ts) that the
// escalation ladder's tip shows before any command is given, so it stays apart from the command rules.
import { agreedLine } from './areas';
import { FIREFIGHT, clamp, rungOf } from './crisisRules';
import type { GameState } from './types';

/** Chance in percent of a firefight this turn, given contact. */
export function firefightChance(state: Pick<GameState, 'crisis' | 'turn'>): number {
  const crisis = state.crisis;
  const line = agreedLine(crisis.agreements, state.turn);
  const broken = line !== undefined && line.violations.includes(state.turn);
  const chance = FIREFIGHT.base + FIREFIGHT.perRung * rungOf(crisis.escalation.points)
    - Math.floor(crisis.trust / FIREFIGHT.trustDivisor) + (broken ? FIREFIGHT.lineBroken : 0);
  return clamp(chance, FIREFIGHT.min, FIREFIGHT.max);
}

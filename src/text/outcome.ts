// A game's outcome in a player's words: camps by name, never by id ("Government side wins").
import type { GameState } from '../engine';
import { clashSetOff } from './crisisText';
import { CAMP_SHORT } from './places';

export function outcomeText(state: Pick<GameState, 'result' | 'turn'>): string {
  const r = state.result;
  if (!r) return `In progress (turn ${state.turn})`;
  if (r.reason === 'direct_clash') return `Direct clash${clashSetOff(r)}: both camps lose`;
  return r.winner === 'draw' || r.winner === 'none' ? 'A draw' : `${CAMP_SHORT[r.winner]} wins`;
}

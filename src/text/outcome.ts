// A game's outcome in a player's words: camps by name, never by id ("Government side wins").
import type { GameState } from '../engine';
import { t } from '../i18n/messages';
import { clashAuthor } from './crisisText';
import { CAMP_SHORT } from './places';

export function outcomeText(state: Pick<GameState, 'result' | 'turn'>): string {
  const r = state.result;
  if (!r) return t().common_outcome_in_progress({ turn: state.turn });
  if (r.reason === 'direct_clash') {
    const by = clashAuthor(r);
    return by === undefined ? t().common_outcome_clash() : t().common_outcome_clash_by({ by });
  }
  return r.winner === 'draw' || r.winner === 'none' ? t().common_outcome_draw() : t().common_outcome_win({ camp: CAMP_SHORT[r.winner] });
}

// When may the player take a command back? Only when undoing it hides nothing the player learnt and
// re-rolls nothing: no dice drawn, no unit of another camp came into sight, and no event beyond the
// move itself (an incident, an escalation, a message already sent cannot be taken back).
import type { Command, GameEvent, GameState, GameView } from '../engine/core';

/** Events a quiet move or pontoon may cause; any other event makes the command final. */
const QUIET = new Set<GameEvent['type']>(['unit_moved', 'move_interrupted', 'objective_captured', 'pontoon_built', 'proxy_order']);

/** Why the command cannot be undone, or null when it can. */
export function undoBlocker(
  command: Command, before: { state: GameState; view: GameView }, after: { state: GameState; view: GameView }, events: readonly GameEvent[],
): string | null {
  if (command.type === 'end_phase') return 'Nothing to undo yet this turn.';
  if (command.type === 'hotline') return 'A hotline message cannot be taken back once sent.';
  if (after.state.rngDraws !== before.state.rngDraws) return 'That order rolled dice: it cannot be undone (no re-rolls).';
  const seen = new Set(before.view.units.map((u) => u.id));
  const revealed = after.view.units.filter((u) => u.camp !== after.view.viewer && !seen.has(u.id));
  if (revealed.length > 0) return 'That move revealed another camp\'s units: it cannot be undone.';
  const loud = events.find((e) => !QUIET.has(e.type));
  if (loud) return `That order had consequences (${loud.type.replace(/_/g, ' ')}): it cannot be undone.`;
  return null;
}

// Why a replay does not play back or cannot be checked, in the player's language, from its code and
// data (src/replay/verifyErrors.ts keeps the English for `npm run replay`). Unit ids, coordinates and
// hashes stay as recorded; the refusal inside an illegal command is worded from its reason.
import type { Command } from '../engine';
import type { VerifyCode, VerifyParams, VerifyProblem } from '../replay/verifyErrors';
import { type Messages, t } from '../i18n/messages';
import { commandText } from './commandText';
import { refusalText } from './refusalText';

/** The command as the CLI names it (ids, "q,r"), in the page's language. */
const order = (c: Command): string => commandText(c, (id) => id, (h) => `${h.q},${h.r}`);

/** One wording per code: a code without one is a type error here and a failing test. */
const VERIFY: { readonly [C in VerifyCode]: (m: Messages, p: VerifyParams<C>) => string } = {
  desync_start: (m, p) => m.replay_verify_desync_start(p),
  desync_checkpoint: (m, p) => m.replay_verify_desync_checkpoint({ ...p, order: order(p.order) }),
  desync_draws: (m, p) => m.replay_verify_desync_draws({ ...p, order: order(p.order) }),
  illegal: (m, p) => m.replay_verify_illegal({ command: p.command, turn: p.turn, order: order(p.order), reason: refusalText(p.error) }),
  unchecked: (m, p) => (p.covered === 0 ? m.replay_verify_unchecked_start : m.replay_verify_unchecked)({ count: p.unchecked, covered: p.covered, total: p.total }),
};

/** A failed verification in the current language; one without a code keeps its English. */
export function verifyErrorText(r: { message: string; problem?: VerifyProblem }): string {
  const p = r.problem;
  if (!p || !Object.hasOwn(VERIFY, p.code)) return r.message;
  return (VERIFY[p.code] as (m: Messages, params: unknown) => string)(t(), p.params);
}

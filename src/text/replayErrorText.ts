// Why a replay file or link is refused, in the player's language, from its code and data
// (src/replay/parseErrors.ts keeps the English for `npm run replay`). Paths stay as the file has them;
// a command's or the JSON parser's own detail is quoted as it came.
import type { ReplayCode, ReplayParams, ReplayProblem } from '../replay/parseErrors';
import { type Messages, t } from '../i18n/messages';
import { formatNumber } from '../i18n/format';
import { dataErrorText } from './dataErrorText';

/** One wording per code: a code without one is a type error here and a failing test. */
const REPLAY: { readonly [C in ReplayCode]: (m: Messages, p: ReplayParams<C>) => string } = {
  too_big: (m, p) => m.error_replay_too_big({ mb: formatNumber(Number(p.mb), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }),
  not_json: (m, p) => (p.truncated ? m.error_replay_not_json_cut(p) : m.error_replay_not_json(p)),
  not_replay: (m, p) => m.error_replay_not_replay(p),
  version: (m, p) => m.error_replay_version(p),
  malformed: (m, p) => m.error_replay_malformed({ path: p.path, reason: dataErrorText({ message: p.detail, problem: p.shape }) }),
  rules: (m, p) => m.error_replay_rules(p),
  unknown_scenario: (m, p) => m.error_replay_unknown_scenario(p),
  scenario_data: (m, p) => m.error_replay_scenario_data(p),
  draws: (m, p) => m.error_replay_draws(p),
  command: (m, p) => m.error_replay_command(p),
  checkpoint: (m, p) => m.error_replay_checkpoint(p),
  link_too_big: (m) => m.error_replay_link_too_big(),
  link_damaged: (m, p) => m.error_replay_link_damaged(p),
  link_cut: (m) => m.error_replay_link_cut(),
  link_turn: (m, p) => m.error_replay_link_turn(p),
  link_long: (m) => m.error_replay_link_long(),
  link_base64: (m) => m.error_replay_link_base64(),
};

/** A refused replay's reason in the current language; one without a code keeps its English. */
export function replayErrorText(r: { message: string; problem?: ReplayProblem }): string {
  const p = r.problem;
  if (!p || !Object.hasOwn(REPLAY, p.code)) return r.message;
  return (REPLAY[p.code] as (m: Messages, params: unknown) => string)(t(), p.params);
}

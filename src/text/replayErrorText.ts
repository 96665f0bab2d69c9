// Why a replay file or link is refused, in the player's language, from its code and data
// (src/replay/parseErrors.ts keeps the English for `npm run replay`). Paths stay as the file has them;
// a malformed command's detail is worded from its reason, the JSON parser's from where it failed.
import type { ReplayCode, ReplayParams, ReplayProblem } from '../replay/parseErrors';
import { type Messages, t } from '../i18n/messages';
import { formatNumber } from '../i18n/format';
import { dataErrorText } from './dataErrorText';
import { jsonFaultText } from './jsonFaultText';
import { refusalText } from './refusalText';

/** One wording per code: a code without one is a type error here and a failing test. */
const REPLAY: { readonly [C in ReplayCode]: (m: Messages, p: ReplayParams<C>) => string } = {
  too_big: (m, p) => m.replay_error_too_big({ mb: formatNumber(Number(p.mb), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }),
  not_json: (m, p) => (p.truncated ? m.replay_error_not_json_cut : m.replay_error_not_json)({ detail: jsonFaultText(p.fault) }),
  not_replay: (m, p) => m.replay_error_not_replay(p),
  version: (m, p) => m.replay_error_version(p),
  malformed: (m, p) => m.replay_error_malformed({ path: p.path, reason: dataErrorText({ message: p.detail, problem: p.shape }) }),
  rules: (m, p) => m.replay_error_rules(p),
  unknown_scenario: (m, p) => m.replay_error_unknown_scenario(p),
  scenario_data: (m, p) => m.replay_error_scenario_data(p),
  draws: (m, p) => m.replay_error_draws(p),
  command: (m, p) => m.replay_error_command({ path: p.path, detail: refusalText({ message: p.detail, refusal: p.refusal }) }),
  checkpoint: (m, p) => m.replay_error_checkpoint(p),
  link_too_big: (m) => m.replay_error_link_too_big(),
  // fflate's words for what broke (English) stay in the message, which the page logs.
  link_damaged: (m) => m.replay_error_link_damaged(),
  link_cut: (m) => m.replay_error_link_cut(),
  link_turn: (m, p) => m.replay_error_link_turn(p),
  link_long: (m) => m.replay_error_link_long(),
  link_base64: (m) => m.replay_error_link_base64(),
};

/** A refused replay's reason in the current language; one without a code keeps its English. */
export function replayErrorText(r: { message: string; problem?: ReplayProblem }): string {
  const p = r.problem;
  if (!p || !Object.hasOwn(REPLAY, p.code)) return r.message;
  return (REPLAY[p.code] as (m: Messages, params: unknown) => string)(t(), p.params);
}

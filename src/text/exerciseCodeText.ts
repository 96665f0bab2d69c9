// Why an exercise code cannot be used, in the player's language, from its code and data
// (src/exercise/codeErrors.ts keeps the English).
import type { Doctrine } from '../engine';
import type { ExerciseCodeError, ExerciseCodeParams, ExerciseCodeProblem } from '../exercise/codeErrors';
import { type Messages, t } from '../i18n/messages';
import { formatList } from '../i18n/format';
import { campLabel, doctrineName } from './choiceNames';

const setting = (m: Messages, s: string): string => (s === 'human' ? m.exercise_error_team_human() : doctrineName(s as Doctrine));

/** One wording per code: a code without one is a type error here and a failing test. */
const WHY: { readonly [C in ExerciseCodeError]: (m: Messages, p: ExerciseCodeParams<C>) => string } = {
  empty: (m) => m.exercise_error_empty(),
  too_long: (m, p) => m.exercise_error_too_long(p),
  bad_chars: (m) => m.exercise_error_bad_chars(),
  no_decode: (m) => m.exercise_error_no_decode(),
  no_settings: (m) => m.exercise_error_no_settings(),
  unknown_setting: (m, p) => m.exercise_error_unknown_setting(p),
  unknown_scenario: (m, p) => m.exercise_error_unknown_scenario(p),
  seed: (m, p) => m.exercise_error_seed(p),
  no_teams: (m) => m.exercise_error_no_teams(),
  team_setting: (m, p) => m.exercise_error_team_setting({ camp: campLabel(p.camp), allowed: formatList(p.allowed.map((s) => setting(m, s)), 'disjunction') }),
  team_camp: (m) => m.exercise_error_team_camp(),
  no_team: (m) => m.exercise_error_no_team(),
  control: (m) => m.exercise_error_control(),
  no_injects: (m) => m.exercise_error_no_injects(),
  unknown_inject: (m, p) => m.exercise_error_unknown_inject(p),
};

/** A refused exercise code's sentence in the current language; one without a code keeps its English. */
export function exerciseCodeText(r: { message: string; problem?: ExerciseCodeProblem }): string {
  const p = r.problem;
  if (!p || !Object.hasOwn(WHY, p.code)) return r.message;
  const m = t();
  return m.exercise_error_cannot_use({ why: (WHY[p.code] as (m: Messages, params: unknown) => string)(m, p.params) });
}

// Why an exercise code (a link's ?exercise=) cannot be used: a stable code and its data for the page
// to word in the player's language; the English sentence stays the message.
type None = Record<never, never>;

/** The English reason of each code. A code added here needs a wording (src/text/exerciseCodeText.ts). */
export const EXERCISE_CODE_TEXT = {
  empty: (_: None) => 'it is empty',
  too_long: (p: { max: number }) => `it is longer than ${p.max} characters`,
  bad_chars: (_: None) => 'it has characters an exercise code never has (it may be cut or mistyped)',
  no_decode: (_: None) => 'it does not decode (it may be cut short)',
  no_settings: (_: None) => 'it holds no settings',
  unknown_setting: (p: { key: string }) => `unknown setting "${p.key}"`,
  unknown_scenario: (p: { scenario: string }) => `scenario ${p.scenario} is not in this build`,
  seed: (p: { max: number }) => `the seed must be text of 1 to ${p.max} characters`,
  no_teams: (_: None) => 'who plays each camp is missing',
  team_setting: (p: { camp: 'coalition' | 'russia'; allowed: readonly string[] }) => `${p.camp} must be played by one of ${p.allowed.join(', ')}`,
  team_camp: (_: None) => 'only the coalition and russia can be teams',
  no_team: (_: None) => 'no camp is played by a team',
  control: (_: None) => 'whether Control takes part must be true or false',
  no_injects: (_: None) => 'the list of injects is missing',
  unknown_inject: (p: { inject: string }) => `inject ${p.inject} is not in this scenario`,
} as const;

export type ExerciseCodeError = keyof typeof EXERCISE_CODE_TEXT;
export type ExerciseCodeParams<C extends ExerciseCodeError> = Parameters<(typeof EXERCISE_CODE_TEXT)[C]>[0];
export type ExerciseCodeProblem = { [C in ExerciseCodeError]: { code: C; params: ExerciseCodeParams<C> } }[ExerciseCodeError];

export function badCode<C extends ExerciseCodeError>(code: C, params: ExerciseCodeParams<C>): { ok: false; message: string; problem: ExerciseCodeProblem } {
  const why = (EXERCISE_CODE_TEXT[code] as (p: ExerciseCodeParams<C>) => string)(params);
  return { ok: false, message: `This exercise code cannot be used: ${why}.`, problem: { code, params } as ExerciseCodeProblem };
}

// Why a replay file or link is refused: a stable code and its data for the page to word in the
// player's language; the English sentence stays the message (npm run replay, logs).
import type { DataProblem, JsonFault, Refusal } from '../engine';

type None = Record<never, never>;

/** The English of each code. A code added here needs a wording (src/text/replayErrorText.ts). */
export const REPLAY_TEXT = {
  too_big: (p: { mb: string }) => `The replay is ${p.mb} MB: more than the 5 MB limit.`,
  /** `detail` is the JSON parser's English; `fault` where it went wrong, for other languages. */
  not_json: (p: { truncated: boolean; detail: string; fault: JsonFault }) => `The replay is not valid JSON${p.truncated ? ' (the file looks cut short)' : ''}: ${p.detail}.`,
  not_replay: (p: { format: string; expected: string }) => `This is not a Deconfliction replay: "format" is ${p.format}, expected "${p.expected}".`,
  version: (p: { version: number; reads: number }) => `Replay format version ${p.version} is not known to this build, which reads version ${p.reads}.`,
  /** A field of the wrong shape: `shape` is the schema's reason (dataErrors.ts), `detail` its English. */
  malformed: (p: { path: string; shape: DataProblem; detail: string }) => `The replay is malformed at ${p.path}: ${p.detail}.`,
  rules: (p: { made: number; plays: number }) => `The replay was made under rules version ${p.made}; this build plays rules version ${p.plays} and would not give the same game, so it is refused.`,
  unknown_scenario: (p: { id: string }) => `The replay's scenario "${p.id}" is not in this build.`,
  scenario_data: (p: { id: string; hash: string; have: string }) => `The replay was made on other data for scenario "${p.id}" (hash ${p.hash}; this build has ${p.have}).`,
  draws: (p: { draws: number; commands: number }) => `The replay is malformed at draws: ${p.draws} entries for ${p.commands} commands.`,
  /** A command that is not the game's: `detail` is the command parser's English, `refusal` its reason. */
  command: (p: { path: string; detail: string; refusal?: Refusal }) => `The replay is malformed at ${p.path}: ${p.detail}.`,
  checkpoint: (p: { path: string; command: number; last: number }) => `The replay is malformed at ${p.path}: ${p.command} is past the last command (${p.last}).`,
  link_too_big: (_: None) => 'The link\'s replay unpacks to more than the 5 MB limit.',
  link_damaged: (p: { detail: string }) => `The link's replay is damaged: it does not unpack (${p.detail}).`,
  link_cut: (_: None) => 'The link\'s replay is cut short: it ends before its data does.',
  link_turn: (p: { turn: string }) => `The link's turn "${p.turn}" is not a turn number.`,
  link_long: (_: None) => 'The link is longer than the 5 MB limit.',
  link_base64: (_: None) => 'The link\'s replay is damaged: it is not base64url text.',
} as const;

export type ReplayCode = keyof typeof REPLAY_TEXT;
export type ReplayParams<C extends ReplayCode> = Parameters<(typeof REPLAY_TEXT)[C]>[0];
export type ReplayProblem = { [C in ReplayCode]: { code: C; params: ReplayParams<C> } }[ReplayCode];
/** A refused replay: the English message and, for the page, its code and data. */
export interface ReplayRefusal { ok: false; message: string; problem: ReplayProblem }

export function replayRefusal<C extends ReplayCode>(code: C, params: ReplayParams<C>): ReplayRefusal {
  return { ok: false, message: (REPLAY_TEXT[code] as (p: ReplayParams<C>) => string)(params), problem: { code, params } as ReplayProblem };
}

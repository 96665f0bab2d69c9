// Why a replay does not play back or cannot be checked: a stable code and its data for the page to word
// in the player's language (src/text/verifyErrorText.ts); the English sentence stays the message
// (npm run replay, logs).
import type { Command, EngineError } from '../engine';

/** A command in the CLI's English: ids and coordinates as recorded. */
export function describeCommand(c: Command): string {
  switch (c.type) {
    case 'move': return `move ${c.unit} to ${c.to.q},${c.to.r}`;
    case 'attack': return `attack by ${c.unit} on ${c.target.q},${c.target.r}`;
    case 'air_strike': return `air strike on ${c.target.q},${c.target.r}`;
    case 'build_pontoon': return `pontoon by ${c.unit} at ${c.at.q},${c.at.r}`;
    case 'lay_mine': return `minefield by ${c.unit} at ${c.at.q},${c.at.r}`;
    case 'end_phase': return 'end of phase';
    case 'hotline': return `hotline ${c.message.kind}`;
    case 'inject': return c.inject.kind === 'scenario' ? `inject ${c.inject.id}` : `custom inject "${c.inject.title}"`;
    case 'order': return `${c.order} ${c.unit}`;
    case 'ruling': return `Control's ruling on ${c.incident}: ${c.finding}`;
  }
}

/** A checkpoint's state against the replayed one: hashes and dice draws. */
interface Hashes { turn: number; hash: string; draws: number; actualHash: string; actualDraws: number }

/** The English of each code. A code added here needs a wording (src/text/verifyErrorText.ts). */
export const VERIFY_TEXT = {
  desync_start: (p: Hashes) => `Desync at the checkpoint of turn ${p.turn}, before the first command: the recorded state ${p.hash} (${p.draws} draws) differs from the replayed ${p.actualHash} (${p.actualDraws} draws).`,
  desync_checkpoint: (p: Hashes & { command: number; order: Command }) => `Desync at the checkpoint of turn ${p.turn}, after command #${p.command} (${describeCommand(p.order)}): the recorded state ${p.hash} (${p.draws} draws) differs from the replayed ${p.actualHash} (${p.actualDraws} draws).`,
  desync_draws: (p: { command: number; order: Command; turn: number; draws: number; recorded: number }) => `Desync at command #${p.command} (${describeCommand(p.order)}, turn ${p.turn}): it drew the dice to ${p.draws}, the recording says ${p.recorded}.`,
  /** `error` is the engine's refusal: its message is English, its `refusal` the reason to word. */
  illegal: (p: { command: number; order: Command; turn: number; error: Pick<EngineError, 'message' | 'refusal'> }) => `Command #${p.command} (${describeCommand(p.order)}, turn ${p.turn}) is illegal at its point: ${p.error.message}.`,
  /** `covered`: the command the last checkpoint follows (0: before the first); `total`: the replay's commands. */
  unchecked: (p: { unchecked: number; covered: number; total: number }) => `${p.unchecked} ${p.unchecked === 1 ? 'command is' : 'commands are'} unchecked: the last checkpoint is `
    + `${p.covered === 0 ? 'before the first command' : `after command #${p.covered}`} of ${p.total}, `
    + 'and a replay must end with a checkpoint at its last command.',
} as const;

export type VerifyCode = keyof typeof VERIFY_TEXT;
export type VerifyParams<C extends VerifyCode> = Parameters<(typeof VERIFY_TEXT)[C]>[0];
export type VerifyProblem = { [C in VerifyCode]: { code: C; params: VerifyParams<C> } }[VerifyCode];

/** A problem and its English message. */
export function verifyProblem<C extends VerifyCode>(code: C, params: VerifyParams<C>): { message: string; problem: VerifyProblem } {
  return { message: (VERIFY_TEXT[code] as (p: VerifyParams<C>) => string)(params), problem: { code, params } as VerifyProblem };
}

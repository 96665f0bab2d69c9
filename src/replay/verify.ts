// Plays a replay's commands through the engine and checks every checkpoint. A desync is reported at
// the first command whose dice count differs, else at the first checkpoint whose hash differs, and
// names the turn and the command. A replay whose last commands no checkpoint covers is refused
// ('unchecked') even when they play. Never throws on bad data: every failure is a typed result.
import { type GameState, type Scenario, StateHasher, newGame } from '../engine';
import { foldSteps } from '../match/fold';
import type { Replay } from './format';
import { type VerifyProblem, verifyProblem } from './verifyErrors';

export { describeCommand } from './verifyErrors';

export type VerifyResult =
  | { ok: true; state: GameState; states?: GameState[] }
  | { ok: false; kind: 'illegal' | 'desync' | 'unchecked'; turn: number; command: number; message: string; problem: VerifyProblem; state: GameState };

export interface VerifyOptions {
  /** Keep the state after every command (the replay viewer steps through them). */
  keepStates?: boolean;
}

export function verifyReplay(scenario: Scenario, replay: Replay, opts: VerifyOptions = {}): VerifyResult {
  let state = newGame(scenario, replay.seed);
  const states = opts.keepStates ? [state] : undefined;
  const checkpoints = [...replay.checkpoints].sort((a, b) => a.command - b.command);
  let next = 0;
  // The states of a replay are never changed once made: the hasher reuses what it hashed before.
  const hasher = new StateHasher();
  const check = (index: number): VerifyResult | null => {
    while (next < checkpoints.length && checkpoints[next]!.command === index) {
      const cp = checkpoints[next++]!;
      const hash = cp.rngDraws === state.rngDraws && cp.turn === state.turn ? hasher.hash(state) : '';
      if (hash !== cp.hash) {
        const hashes = { turn: cp.turn, hash: cp.hash, draws: cp.rngDraws, actualHash: hasher.hash(state), actualDraws: state.rngDraws };
        return { ok: false, kind: 'desync', turn: cp.turn, command: index, state,
          ...(index === 0 ? verifyProblem('desync_start', hashes) : verifyProblem('desync_checkpoint', { ...hashes, command: index, order: replay.commands[index - 1]! })) };
      }
    }
    return null;
  };
  const first = check(0);
  if (first) return first;
  const steps = foldSteps(scenario, state, replay.commands);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      const refused = step.value.refused;
      if (!refused) break;
      const i = refused.index;
      return { ok: false, kind: 'illegal', turn: state.turn, command: i + 1, state,
        ...verifyProblem('illegal', { command: i + 1, order: refused.command, turn: state.turn, error: refused.error }) };
    }
    const { index: i, command, before } = step.value;
    const turn = before.turn;
    state = step.value.state;
    states?.push(state);
    const recorded = replay.draws[i];
    if (recorded !== undefined && recorded !== state.rngDraws) {
      return { ok: false, kind: 'desync', turn, command: i + 1, state,
        ...verifyProblem('desync_draws', { command: i + 1, order: command, turn, draws: state.rngDraws, recorded }) };
    }
    const bad = check(i + 1);
    if (bad) return bad;
  }
  // Commands after the last checkpoint could be swapped for other legal ones (and their draws
  // rewritten) unseen: a replay must end with a checkpoint at its last command.
  const covered = checkpoints.at(-1)?.command ?? 0;
  const unchecked = replay.commands.length - covered;
  if (unchecked > 0) {
    return { ok: false, kind: 'unchecked', turn: state.turn, command: covered, state,
      ...verifyProblem('unchecked', { unchecked, covered, total: replay.commands.length }) };
  }
  return states ? { ok: true, state, states } : { ok: true, state };
}

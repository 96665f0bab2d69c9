// Plays a replay's commands through the engine and checks every checkpoint. A desync is reported at
// the first command whose dice count differs, else at the first checkpoint whose hash differs, and
// names the turn and the command. A replay whose last commands no checkpoint covers is refused
// ('unchecked') even when they play. Never throws on bad data: every failure is a typed result.
import { type Command, type GameState, type Scenario, StateHasher, newGame } from '../engine';
import { foldSteps } from '../match/fold';
import type { Replay } from './format';

export type VerifyResult =
  | { ok: true; state: GameState; states?: GameState[] }
  | { ok: false; kind: 'illegal' | 'desync' | 'unchecked'; turn: number; command: number; message: string; state: GameState };

export interface VerifyOptions {
  /** Keep the state after every command (the replay viewer steps through them). */
  keepStates?: boolean;
}

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
        const at = index === 0 ? 'before the first command' : `after command #${index} (${describeCommand(replay.commands[index - 1]!)})`;
        return { ok: false, kind: 'desync', turn: cp.turn, command: index, state,
          message: `Desync at the checkpoint of turn ${cp.turn}, ${at}: the recorded state ${cp.hash} (${cp.rngDraws} draws) differs from the replayed ${hasher.hash(state)} (${state.rngDraws} draws).` };
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
        message: `Command #${i + 1} (${describeCommand(refused.command)}, turn ${state.turn}) is illegal at its point: ${refused.error.message}.` };
    }
    const { index: i, command, before } = step.value;
    const turn = before.turn;
    state = step.value.state;
    states?.push(state);
    if (replay.draws[i] !== undefined && replay.draws[i] !== state.rngDraws) {
      return { ok: false, kind: 'desync', turn, command: i + 1, state,
        message: `Desync at command #${i + 1} (${describeCommand(command)}, turn ${turn}): it drew the dice to ${state.rngDraws}, the recording says ${replay.draws[i]}.` };
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
      message: `${unchecked} ${unchecked === 1 ? 'command is' : 'commands are'} unchecked: the last checkpoint is `
        + `${covered === 0 ? 'before the first command' : `after command #${covered}`} of ${replay.commands.length}, `
        + 'and a replay must end with a checkpoint at its last command.' };
  }
  return states ? { ok: true, state, states } : { ok: true, state };
}

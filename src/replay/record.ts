// Records a game as it is played: every applied command (the AI's too), the dice drawn by each, and
// a checkpoint at the start of every turn and one at the last command. The browser session and `npm run sim` both record.
import { type Command, type GameState, type Power, RULES_VERSION, type Scenario, hashState } from '../engine/core';
import { type Checkpoint, type Player, REPLAY_FORMAT, REPLAY_VERSION, type Replay } from './format';
import { scenarioHash } from './scenarioHash';

export const checkpointOf = (state: GameState, command: number): Checkpoint =>
  ({ turn: state.turn, command, hash: hashState(state), rngDraws: state.rngDraws });

export class ReplayRecorder {
  private readonly commands: Command[] = [];
  private readonly draws: number[] = [];
  private readonly checkpoints: Checkpoint[];
  private lastTurn: number;
  private last: GameState;

  constructor(
    private readonly scenario: Scenario,
    private readonly seed: string,
    private readonly players: Record<Power | 'is', Player>,
    start: GameState,
  ) {
    this.checkpoints = [checkpointOf(start, 0)];
    this.lastTurn = start.turn;
    this.last = start;
  }

  /** Continues a recorded game (a replay loaded, or a save that carried its record). */
  static resume(scenario: Scenario, replay: Replay, start: GameState, final: GameState): ReplayRecorder {
    const r = new ReplayRecorder(scenario, replay.seed, replay.players, start);
    r.commands.push(...replay.commands);
    r.draws.push(...replay.draws);
    r.checkpoints.splice(0, r.checkpoints.length, ...replay.checkpoints);
    r.lastTurn = final.turn;
    r.last = final;
    return r;
  }

  /** Adds a command that was applied and the state it led to. */
  push(command: Command, after: GameState): void {
    this.commands.push(command);
    this.draws.push(after.rngDraws);
    if (after.turn !== this.lastTurn) {
      this.checkpoints.push(checkpointOf(after, this.commands.length));
      this.lastTurn = after.turn;
    }
    this.last = after;
  }

  /** Drops the last command (an undo): its state must be `before`. */
  pop(before: GameState): void {
    this.commands.pop();
    this.draws.pop();
    while (this.checkpoints.length > 1 && this.checkpoints.at(-1)!.command > this.commands.length) this.checkpoints.pop();
    this.lastTurn = before.turn;
    this.last = before;
  }

  get length(): number { return this.commands.length; }

  /** The replay so far: it always ends with a checkpoint of the last state (verify refuses one that does not). */
  toReplay(): Replay {
    const checkpoints = [...this.checkpoints];
    const tail = checkpoints.at(-1)!;
    if (tail.command !== this.commands.length) checkpoints.push(checkpointOf(this.last, this.commands.length));
    return {
      format: REPLAY_FORMAT, version: REPLAY_VERSION, rulesVersion: RULES_VERSION,
      scenario: { id: this.scenario.id, hash: scenarioHash(this.scenario) },
      seed: this.seed, players: { ...this.players },
      commands: [...this.commands], draws: [...this.draws], checkpoints,
    };
  }
}

// Replays for the replay tests: a whole game of the main scenario and a short one (its first turn),
// recorded from scripted policies so they do not change when the AI is tuned.
import { type Command, applyCommand, hashState, newGame } from '../../src/engine';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';
import { playGame } from '../../src/sim/play';
import type { Replay } from '../../src/replay/format';
import { playerOf, replayFromCommands } from '../../src/replay/fromCommands';

export const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
const NAMES = { coalition: 'advance', russia: 'reckless', is: 'hold' };
export const PLAYERS: Replay['players'] = { coalition: playerOf('advance'), russia: playerOf('reckless'), is: playerOf('hold') };

export interface RecordedGame { replay: Replay; commands: Command[]; finalHash: string }
let full: RecordedGame | undefined;

/** The seed of the full game: one that runs all 20 turns. */
export const FULL_SEED = 'replay-3';

/** A full game (seed FULL_SEED), recorded once per test file. */
export function fullGame(): RecordedGame {
  if (!full) {
    const played = playGame(scenario, FULL_SEED, NAMES);
    full = { replay: replayFromCommands(scenario, FULL_SEED, PLAYERS, played.commands), commands: played.commands, finalHash: hashState(played.state) };
  }
  return full;
}

/** The first `turns` turns of a game: a quick replay for the fuzz test. */
export function opening(seed: string, turns: number): Replay {
  const { commands } = playGame(scenario, seed, NAMES);
  let state = newGame(scenario, seed);
  let n = 0;
  while (n < commands.length && state.turn <= turns) {
    const r = applyCommand(scenario, state, commands[n]!);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    n++;
  }
  return replayFromCommands(scenario, seed, PLAYERS, commands.slice(0, n));
}

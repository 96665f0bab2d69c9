// Builds a replay by applying a list of commands from the start: for games played outside a session
// (the command line, the tests), whose commands are known but whose per-command dice are not.
import { type Command, type Scenario, newGame } from '../engine/core';
import { fold } from '../match/fold';
import type { Player, Replay } from './format';
import { ReplayRecorder } from './record';

export function replayFromCommands(scenario: Scenario, seed: string, players: Replay['players'], commands: readonly Command[]): Replay {
  const start = newGame(scenario, seed);
  const recorder = new ReplayRecorder(scenario, seed, players, start);
  const end = fold(scenario, start, commands, (step) => recorder.push(step.command, step.state));
  if (end.refused) throw new Error(`command #${end.refused.index + 1} is illegal: ${end.refused.error.message}`);
  return recorder.toReplay();
}

/** The record of a policy name: 'ai:balanced' keeps its doctrine apart, anything else is its name. */
export function playerOf(policy: string): Player {
  const m = /^ai:(cautious|balanced|assertive)$/.exec(policy);
  return m ? { kind: 'ai', policy: 'ai', doctrine: m[1] as 'cautious' | 'balanced' | 'assertive' } : { kind: 'ai', policy };
}

// One finished game reduced to the figures the simulation reports: small enough to send from a
// worker thread and to write one line per game to --out.
import { type Camp, type Scenario, RUNGS } from '../engine';
import { type PolicyNames, playGame } from './play';
import { type Timeline, TimelineRecorder } from './timeline';

export type Outcome = 'coalition' | 'russia' | 'draw' | 'clash';

export interface GameResult {
  seed: number;
  outcome: Outcome;
  /** The power whose action brought the direct clash, or null. */
  clashBy: Camp | null;
  /** Name of the highest rung reached. */
  maxRung: string;
  turns: number;
  points: Record<Camp, number>;
  incidents: number;
  messages: number;
  commands: number;
  /** The game's dated story: captures, crossings, incidents, meetings, messages by kind. */
  timeline: Timeline;
}

export function playRecord(scenario: Scenario, seed: number, policies: PolicyNames): GameResult {
  const recorder = new TimelineRecorder(scenario);
  const game = playGame(scenario, String(seed), policies, (phase) => recorder.add(phase.events));
  const report = game.state.result!;
  const crisis = game.state.crisis;
  return {
    seed,
    outcome: report.reason === 'direct_clash' || report.winner === 'none' ? 'clash' : report.winner,
    clashBy: report.clashBy,
    maxRung: RUNGS[crisis.escalation.peak]!.name,
    turns: game.state.turn,
    points: { ...report.points },
    incidents: crisis.incidents.length,
    messages: crisis.messages.length,
    commands: game.commands.length,
    timeline: recorder.finish(game.state),
  };
}

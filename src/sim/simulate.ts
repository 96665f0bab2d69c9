// Many seeded games, summarised: the computation behind `npm run sim`.
import { type Camp, type Scenario, RUNGS } from '../engine';
import { playGame } from './play';

export interface SimOptions { games: number; seed: number; policies: Record<Camp, string> }

export interface SimSummary {
  scenario: string;
  games: number;
  seed: number;
  policies: Record<Camp, string>;
  /** Games won by each power, drawn, and ended by a direct clash (which both powers lose). */
  results: { coalition: number; russia: number; draw: number; clash: number };
  /** Fraction of games ended by a direct clash, 0..1. */
  clashRate: number;
  /** Games by the highest rung of the escalation ladder they reached, keyed by rung name, bottom to top. */
  maxRung: Record<string, number>;
  meanTurns: number;
  meanPoints: Record<Camp, number>;
  meanCommands: number;
  /** Incidents between the two powers per game. */
  meanIncidents: number;
  /** Hotline messages per game (openings and replies). */
  meanMessages: number;
  msPerGame: number;
}

export function simulate(scenario: Scenario, opts: SimOptions): SimSummary {
  const results = { coalition: 0, russia: 0, draw: 0, clash: 0 };
  const points: Record<Camp, number> = { coalition: 0, russia: 0, is: 0 };
  const maxRung: Record<string, number> = Object.fromEntries(RUNGS.map((r) => [r.name, 0]));
  let turns = 0;
  let commands = 0;
  let incidents = 0;
  let messages = 0;
  const start = performance.now();
  for (let i = 0; i < opts.games; i++) {
    const game = playGame(scenario, String(opts.seed + i), opts.policies);
    const report = game.state.result!;
    results[report.reason === 'direct_clash' || report.winner === 'none' ? 'clash' : report.winner] += 1;
    for (const c of ['coalition', 'russia', 'is'] as const) points[c] += report.points[c];
    const crisis = game.state.crisis;
    maxRung[RUNGS[crisis.escalation.peak]!.name]! += 1;
    turns += game.state.turn;
    commands += game.commands.length;
    incidents += crisis.incidents.length;
    messages += crisis.messages.length;
  }
  const ms = performance.now() - start;
  const mean = (n: number): number => n / opts.games;
  return {
    scenario: scenario.id,
    games: opts.games,
    seed: opts.seed,
    policies: opts.policies,
    results,
    clashRate: mean(results.clash),
    maxRung,
    meanTurns: mean(turns),
    meanPoints: { coalition: mean(points.coalition), russia: mean(points.russia), is: mean(points.is) },
    meanCommands: mean(commands),
    meanIncidents: mean(incidents),
    meanMessages: mean(messages),
    msPerGame: ms / opts.games,
  };
}

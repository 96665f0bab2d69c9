// Many seeded games, summarised: the computation behind `npm run sim`.
import type { Camp, Scenario } from '../engine';
import { playGame } from './play';

export interface SimOptions { games: number; seed: number; policies: Record<Camp, string> }

export interface SimSummary {
  scenario: string;
  games: number;
  seed: number;
  policies: Record<Camp, string>;
  results: { coalition: number; russia: number; draw: number; clash: number };
  meanTurns: number;
  meanPoints: Record<Camp, number>;
  meanCommands: number;
  msPerGame: number;
}

export function simulate(scenario: Scenario, opts: SimOptions): SimSummary {
  const results = { coalition: 0, russia: 0, draw: 0, clash: 0 };
  const points: Record<Camp, number> = { coalition: 0, russia: 0, is: 0 };
  let turns = 0;
  let commands = 0;
  const start = performance.now();
  for (let i = 0; i < opts.games; i++) {
    const game = playGame(scenario, String(opts.seed + i), opts.policies);
    const report = game.state.result!;
    results[report.winner === 'none' ? 'clash' : report.winner] += 1;
    for (const c of ['coalition', 'russia', 'is'] as const) points[c] += report.points[c];
    turns += game.state.turn;
    commands += game.commands.length;
  }
  const ms = performance.now() - start;
  const mean = (n: number): number => n / opts.games;
  return {
    scenario: scenario.id,
    games: opts.games,
    seed: opts.seed,
    policies: opts.policies,
    results,
    meanTurns: mean(turns),
    meanPoints: { coalition: mean(points.coalition), russia: mean(points.russia), is: mean(points.is) },
    meanCommands: mean(commands),
    msPerGame: ms / opts.games,
  };
}

// The figures of many seeded games: shared by `npm run sim` (Node's worker threads) and the class
// page's Monte Carlo (a Web Worker), so the same records give the same summary in both.
import { type Camp, RUNGS } from '../engine';
import type { PolicyNames } from './play';
import type { GameResult } from './record';

/** What a run is: the scenario, the games (game i uses seed + i) and the policies. */
export interface SimSpec { scenario: string; games: number; seed: number; policies: PolicyNames }

export interface SimSummary {
  scenario: string;
  games: number;
  seed: number;
  policies: Record<Camp, string>;
  /** Games won by each power, drawn, and ended by a direct clash (which both powers lose). */
  results: { coalition: number; russia: number; draw: number; clash: number };
  /** Fraction of games ended by a direct clash, 0..1. */
  clashRate: number;
  /** Direct clashes set off by each power. */
  clashBy: { coalition: number; russia: number };
  /** Games by the highest rung of the escalation ladder they reached, keyed by rung name, bottom to top. */
  maxRung: Record<string, number>;
  meanTurns: number;
  meanPoints: Record<Camp, number>;
  meanCommands: number;
  /** Incidents between the two powers per game. */
  meanIncidents: number;
  /** Hotline messages per game (openings and replies). */
  meanMessages: number;
}

/** The figures over `records` (in game order: the same records give the same summary). */
export function summarise(opts: SimSpec, records: readonly GameResult[]): SimSummary {
  const results = { coalition: 0, russia: 0, draw: 0, clash: 0 };
  const clashBy = { coalition: 0, russia: 0 };
  const points: Record<Camp, number> = { coalition: 0, russia: 0, is: 0 };
  const maxRung: Record<string, number> = Object.fromEntries(RUNGS.map((r) => [r.name, 0]));
  let turns = 0;
  let commands = 0;
  let incidents = 0;
  let messages = 0;
  for (const r of records) {
    results[r.outcome] += 1;
    if (r.clashBy === 'coalition' || r.clashBy === 'russia') clashBy[r.clashBy] += 1;
    for (const c of ['coalition', 'russia', 'is'] as const) points[c] += r.points[c];
    maxRung[r.maxRung]! += 1;
    turns += r.turns;
    commands += r.commands;
    incidents += r.incidents;
    messages += r.messages;
  }
  const mean = (n: number): number => n / records.length;
  return {
    scenario: opts.scenario,
    games: records.length,
    seed: opts.seed,
    policies: opts.policies,
    results,
    clashRate: mean(results.clash),
    clashBy,
    maxRung,
    meanTurns: mean(turns),
    meanPoints: { coalition: mean(points.coalition), russia: mean(points.russia), is: mean(points.is) },
    meanCommands: mean(commands),
    meanIncidents: mean(incidents),
    meanMessages: mean(messages),
  };
}

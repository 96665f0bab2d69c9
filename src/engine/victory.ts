// Victory points from the objectives each camp holds, and the report at the end.
import type { Scenario } from './scenario';
import { CAMPS, type Camp, type GameState, type VictoryReport } from './types';

export function victoryPoints(scenario: Scenario, control: GameState['control']): Record<Camp, number> {
  const points = Object.fromEntries(CAMPS.map((c) => [c, 0])) as Record<Camp, number>;
  for (const o of scenario.objectives) {
    const owner = control[o.id];
    if (owner) points[owner] += o.points;
  }
  return points;
}

export function victoryReport(scenario: Scenario, state: GameState): VictoryReport {
  const points = victoryPoints(scenario, state.control);
  const winner = points.coalition > points.russia ? 'coalition' : points.russia > points.coalition ? 'russia' : 'draw';
  return {
    reason: 'last_turn',
    winner,
    clashBy: null,
    score: { coalition: points.coalition, russia: points.russia },
    points,
    objectives: scenario.objectives.map((o) => ({ id: o.id, name: o.name, owner: state.control[o.id] ?? null, points: o.points })),
  };
}

// The flow of turns and phases: each turn every camp has a phase in the scenario's order; after the
// last turn the game ends with a victory report. A command's rule (end_phase), so it loads with them.
import { occupancy } from './board';
import { type Hex, hexKey, hexRing } from './hex';
import { crisisEndOfPhase, crisisEndOfTurn, crisisStartOfTurn } from './crisisTurn';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import { startPhase, turnDate } from './turns';
import type { Camp, GameEvent, GameState } from './types';
import { victoryReport } from './victory';

/** Ends the current phase; after the last camp's phase the turn ends. Mutates `state`. */
export function endPhase(scenario: Scenario, state: GameState, dice: Dice, events: GameEvent[]): void {
  const order = scenario.data.phaseOrder;
  const next = order.indexOf(state.phase) + 1;
  state.sortiesLeft[state.phase] = 0;
  crisisEndOfPhase(scenario, state, state.phase, dice, events);
  if (state.status !== 'playing') return;
  if (next < order.length) {
    startPhase(scenario, state, order[next]!);
    events.push({ type: 'phase_started', turn: state.turn, camp: state.phase });
    return;
  }
  crisisEndOfTurn(scenario, state, dice, events);
  if (state.status !== 'playing') return;
  if (state.turn >= scenario.data.turns) {
    state.status = 'over';
    state.result = victoryReport(scenario, state);
    events.push({ type: 'game_over', report: state.result });
    return;
  }
  state.turn += 1;
  events.push({ type: 'turn_started', turn: state.turn, date: turnDate(scenario, state.turn) });
  crisisStartOfTurn(scenario, state, events);
  bringReinforcements(scenario, state, events);
  startPhase(scenario, state, order[0]!);
  events.push({ type: 'phase_started', turn: state.turn, camp: state.phase });
}

/** Units due this turn enter at their hex, or the nearest land hex where they may stand. */
function bringReinforcements(scenario: Scenario, state: GameState, events: GameEvent[]): void {
  const due = state.reinforcements.filter((r) => r.turn <= state.turn);
  if (due.length === 0) return;
  state.reinforcements = state.reinforcements.filter((r) => r.turn > state.turn);
  const arrived = new Map<Camp, string[]>();
  for (const { unit } of due) {
    const spot = freeHexNear(scenario, state, unit.camp, unit.hex);
    if (!spot) continue;
    // A copy: the waiting unit is shared with earlier states (copyState).
    state.units.push({ ...unit, hex: spot });
    arrived.set(unit.camp, [...(arrived.get(unit.camp) ?? []), unit.id]);
  }
  for (const [camp, units] of arrived) events.push({ type: 'reinforcements_arrived', camp, units });
}

function freeHexNear(scenario: Scenario, state: GameState, camp: Camp, at: Hex): Hex | undefined {
  const occ = occupancy(state);
  for (let radius = 0; radius <= 6; radius++) {
    for (const h of hexRing(at, radius)) {
      const t = scenario.map.terrainAt(h);
      if (!t || t === 'river' || t === 'island') continue;
      const o = occ.get(hexKey(h));
      if (!o || (o.camp === camp && o.count < scenario.data.stackLimit)) return h;
    }
  }
  return undefined;
}

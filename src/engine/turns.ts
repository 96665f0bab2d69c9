// A new game, and the flow of turns and phases: each turn every camp has a phase in the scenario's
// order; after the last turn the game ends with a victory report.
import { occupancy, typeOf } from './board';
import { dateOfTurn } from './calendar';
import { mutableUnit } from './clone';
import { type Hex, hexKey, hexRing } from './hex';
import { crisisEndOfPhase, crisisEndOfTurn, crisisStartOfTurn } from './crisisTurn';
import { newCrisis } from './escalation';
import { startingMines } from './mines';
import { type Dice, seedState } from './rng';
import type { Scenario } from './scenario';
import { CAMPS, type Camp, type GameEvent, type GameState, type Unit } from './types';
import { victoryReport } from './victory';

export function newGame(scenario: Scenario, seed: string): GameState {
  const data = scenario.data;
  const units: Unit[] = [];
  const reinforcements: GameState['reinforcements'] = [];
  for (const u of data.units) {
    const type = scenario.unitTypes[u.type]!;
    const unit: Unit = {
      id: u.id, name: u.name, camp: u.camp, type: u.type, hex: { q: u.hex[0], r: u.hex[1] },
      strength: u.strength ?? type.steps, greatPower: u.greatPower ?? type.greatPower, mp: type.movement, acted: false,
    };
    if ((u.arrives ?? 1) > 1) reinforcements.push({ turn: u.arrives!, unit });
    else units.push(unit);
  }
  const state: GameState = {
    scenarioId: scenario.id,
    seed,
    turn: 1,
    phase: data.phaseOrder[0]!,
    status: 'playing',
    units,
    reinforcements,
    control: Object.fromEntries(scenario.objectives.map((o) => [o.id, o.owner])),
    pontoons: [],
    mines: startingMines(scenario),
    sortiesLeft: Object.fromEntries(CAMPS.map((c) => [c, 0])) as Record<Camp, number>,
    rng: seedState(seed),
    rngDraws: 0,
    result: null,
    crisis: newCrisis(scenario),
  };
  startPhase(scenario, state, state.phase);
  return state;
}

export const turnDate = (scenario: Pick<Scenario, 'data'>, turn: number): string =>
  dateOfTurn(scenario.data.startDate, scenario.data.daysPerTurn, turn);

function startPhase(scenario: Scenario, state: GameState, camp: Camp): void {
  state.phase = camp;
  for (const shared of state.units) {
    if (shared.camp !== camp) continue;
    const u = mutableUnit(state, shared);
    u.mp = typeOf(scenario, u).movement;
    u.acted = false;
  }
  state.sortiesLeft[camp] = scenario.data.camps[camp].sortiesPerTurn;
}

/** Ends the current phase; after the last camp's phase the turn ends. Mutates `state`. */
export function endPhase(scenario: Scenario, state: GameState, dice: Dice, events: GameEvent[]): void {
  const order = scenario.data.phaseOrder;
  const next = order.indexOf(state.phase) + 1;
  state.sortiesLeft[state.phase] = 0;
  crisisEndOfPhase(scenario, state, state.phase, events);
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
  crisisStartOfTurn(state, events);
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

// A new game and a turn's date; the phases' flow (endPhase) is in phases.ts, with the command rules: a
// page draws a new game's first frame before it loads them (issue 19).
import { typeOf } from './board';
import { dateOfTurn } from './calendar';
import { mutableUnit } from './clone';
import { newCrisis } from './escalation';
import { startingMines } from './mines';
import { seedState } from './rng';
import type { Scenario } from './scenario';
import { CAMPS, type Camp, type GameState, type Unit } from './types';

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

/** `camp`'s phase begins: its units' movement and actions, and its sorties, renewed. */
export function startPhase(scenario: Scenario, state: GameState, camp: Camp): void {
  state.phase = camp;
  for (const shared of state.units) {
    if (shared.camp !== camp) continue;
    const movement = typeOf(scenario, shared).movement;
    // A unit that neither moved nor acted stays shared as it is (same fields): no copy, and the
    // replay's hasher meets it again instead of walking a new object.
    if (shared.mp === movement && shared.acted === false) continue;
    const u = mutableUnit(state, shared);
    u.mp = movement;
    u.acted = false;
  }
  state.sortiesLeft[camp] = scenario.data.camps[camp].sortiesPerTurn;
}

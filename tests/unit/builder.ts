// A scenario builder for rules tests: a small map drawn as text, a few units, three lines per case.
import { type Camp, type Command, type GameState, type Scenario, applyCommand, newGame } from '../../src/engine';
import { loadScenario } from '../../src/engine/validation';
import type { ApplyResult } from '../../src/engine/types';
import type { ScenarioData } from '../../src/engine/scenario';
import { offsetToAxial } from '../../src/engine/hex';
import type { MapData } from '../../src/engine/map';
import { DEFAULT_CRISIS } from '../../src/engine/scenario';

/** Unit types shared by the test scenarios: round numbers that make hand-computed cases easy. */
export const TEST_UNIT_TYPES: ScenarioData['unitTypes'] = {
  inf: { name: 'Infantry', sidc: '10031000001211000000', movement: 4, attack: 2, defence: 2, range: 1, sight: 2, steps: 3, greatPower: false, engineer: false, carBomb: false },
  mech: { name: 'Mechanised', sidc: '10031000001211020000', movement: 8, attack: 3, defence: 2, range: 1, sight: 2, steps: 3, greatPower: false, engineer: false, carBomb: false },
  arty: { name: 'Artillery', sidc: '10031000001303000000', movement: 4, attack: 4, defence: 1, range: 3, sight: 1, steps: 2, greatPower: true, engineer: false, carBomb: false },
  bomb: { name: 'Car bomb', sidc: '10031500002104000000', movement: 8, attack: 8, defence: 1, range: 1, sight: 1, steps: 1, greatPower: false, engineer: false, carBomb: true },
  eng: { name: 'Engineers', sidc: '10031000001407000000', movement: 4, attack: 1, defence: 1, range: 1, sight: 1, steps: 2, greatPower: true, engineer: true, carBomb: false },
};

export interface UnitSpec { id: string; camp: Camp; type?: string; at: [number, number]; strength?: number; arrives?: number; greatPower?: boolean }

export interface BuildOptions {
  /** Terrain rows in offset (col, row) layout using MapData codes: d desert, v valley, r river, u urban, i island... */
  terrain?: string[];
  units: UnitSpec[];
  objectives?: { id: string; at: [number, number]; points?: number; owner?: Camp | null }[];
  roads?: [number, number][][];
  turns?: number;
  sorties?: number;
  airAttack?: number;
  phaseOrder?: Camp[];
  /** Crisis settings over DEFAULT_CRISIS: starting escalation and trust, contact distance, hotline capacity... */
  crisis?: Partial<ScenarioData['crisis']>;
  /** The scenario's injects, as a scenario file writes them (hexes as axial [q, r]). */
  injects?: unknown[];
  /** IS minefields (offset [col, row]) and the stock IS may lay. */
  mines?: { at: [number, number][]; stock?: number };
  /** River sides between neighbouring land hexes (offset [col, row] pairs). */
  riverSides?: [[number, number], [number, number]][];
}

const DEFAULT_TERRAIN = [
  'dddddddd',
  'dddddddd',
  'dddddddd',
  'dddddddd',
  'dddddddd',
  'dddddddd',
];

/** Coordinates in specs are offset [col, row], converted to axial here, as a map author would draw them. */
export const at = (col: number, row: number) => offsetToAxial(col, row);

export function buildScenario(opts: BuildOptions): Scenario {
  const terrain = opts.terrain ?? DEFAULT_TERRAIN;
  const ax = ([c, r]: [number, number]): [number, number] => { const h = offsetToAxial(c, r); return [h.q, h.r]; };
  const map: MapData = {
    id: 'test-map', name: 'Test map', hexSizeKm: 5, projection: 'none', cols: terrain[0]!.length, rows: terrain.length, terrain,
    roads: (opts.roads ?? []).map((hexes, i) => ({ name: `road ${i}`, hexes: hexes.map(ax) })),
    bridges: [], khabur: [], places: [], offMap: [], credits: [],
    ...(opts.riverSides ? { riverSides: opts.riverSides.map(([a, b]) => [ax(a), ax(b)] as [[number, number], [number, number]]) } : {}),
  };
  const camp = (name: string) => ({ name, sortiesPerTurn: opts.sorties ?? 0, airAttack: opts.airAttack ?? 6 });
  const data = {
    id: 'test', title: 'Test', summary: '', map: 'test-map', startDate: '2017-09-09', daysPerTurn: 2, turns: opts.turns ?? 3,
    phaseOrder: opts.phaseOrder ?? ['russia', 'coalition', 'is'], stackLimit: 2,
    crisis: { ...DEFAULT_CRISIS, ...opts.crisis },
    camps: { coalition: camp('Coalition'), russia: camp('Russia'), is: { name: 'IS', sortiesPerTurn: 0, airAttack: 0 } },
    unitTypes: TEST_UNIT_TYPES,
    objectives: (opts.objectives ?? [{ id: 'obj', at: [7, 5] }]).map((o) => ({ id: o.id, name: o.id, hex: ax(o.at), points: o.points ?? 10, owner: o.owner ?? null })),
    units: opts.units.map((u) => ({
      id: u.id, name: u.id, camp: u.camp, type: u.type ?? 'inf', hex: ax(u.at),
      ...(u.strength !== undefined ? { strength: u.strength } : {}), ...(u.arrives !== undefined ? { arrives: u.arrives } : {}),
      ...(u.greatPower !== undefined ? { greatPower: u.greatPower } : {}),
    })),
    ...(opts.injects ? { injects: opts.injects } : {}),
    ...(opts.mines ? { mines: { hexes: opts.mines.at.map(ax), stock: opts.mines.stock ?? 0 } } : {}),
  };
  const loaded = loadScenario(data, map);
  if (!loaded.ok) throw new Error(`test scenario invalid: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return loaded.scenario;
}

export function buildGame(opts: BuildOptions, seed = 'test'): { scenario: Scenario; state: GameState } {
  const scenario = buildScenario(opts);
  return { scenario, state: newGame(scenario, seed) };
}

/** The result of a command that must succeed; throws with the engine's error otherwise. */
export function ok(r: ApplyResult): Extract<ApplyResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

/** Applies commands that must all succeed. */
export const run = (scenario: Scenario, state: GameState, ...cmds: Command[]): GameState =>
  cmds.reduce((s, c) => ok(applyCommand(scenario, s, c)).state, state);

/** Ends phases until it is `camp`'s. */
export const phaseTo = (scenario: Scenario, state: GameState, camp: string): GameState => {
  let s = state;
  while (s.phase !== camp) s = run(scenario, s, { type: 'end_phase' });
  return s;
};

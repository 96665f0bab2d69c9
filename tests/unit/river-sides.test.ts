// A river side: two neighbouring land hexes on opposite banks with the river along the side between
// them (the city and the industrial zone on the main map). No step and no assault crosses it; fire,
// sight and contact do, as across 300 m of water.
import { describe, expect, it } from 'vitest';
import { type GameState, type Scenario, applyCommand, attackTargets, hashState, movementRange } from '../../src/engine';
import { loadScenario } from '../../src/engine/validation';
import { type BuildOptions, at, buildGame } from './builder';

// A river down column 4, except row 3, where the side between (3,3) and (4,3) carries it.
const TERRAIN = ['ddddrddd', 'ddddrddd', 'ddddrddd', 'dddddddd', 'ddddrddd', 'ddddrddd'];
const SIDE: [[number, number], [number, number]] = [[3, 3], [4, 3]];
const WEST = at(3, 3);
const EAST = at(4, 3);

const applyMove = (scenario: Scenario, state: GameState) => applyCommand(scenario, state, { type: 'move', unit: 'gov', to: EAST });
const loadAttack = (scenario: Scenario, state: GameState, unit: string) => applyCommand(scenario, state, { type: 'attack', unit, target: EAST });

const setup = (units: BuildOptions['units'], sides = true) =>
  buildGame({ terrain: TERRAIN, units, phaseOrder: ['russia', 'coalition', 'is'], ...(sides ? { riverSides: [SIDE] } : {}) });

describe('a river side', () => {
  it('puts its two hexes on opposite banks, in either direction', () => {
    const { scenario } = setup([{ id: 'a', camp: 'russia', at: [0, 0] }]);
    expect(scenario.map.bankOf(WEST)).toBe('W');
    expect(scenario.map.bankOf(EAST)).toBe('E');
    expect(scenario.map.riverBetween(WEST, EAST) && scenario.map.riverBetween(EAST, WEST)).toBe(true);
    expect(scenario.map.riverBetween(WEST, at(3, 2))).toBe(false);
    // Without it the gap joins the banks: the side is what keeps them apart.
    const open = setup([{ id: 'a', camp: 'russia', at: [0, 0] }], false).scenario;
    expect(open.map.bankOf(EAST)).toBe(open.map.bankOf(WEST));
  });

  it('stops every move across it, and only it', () => {
    const { scenario, state } = setup([{ id: 'gov', camp: 'russia', type: 'mech', at: [3, 3] }]);
    const range = movementRange(scenario, state, 'gov');
    expect(range.has(`${EAST.q},${EAST.r}`)).toBe(false);
    expect([...range.values()].some((d) => scenario.map.bankOf(d.hex) === 'E')).toBe(false);
    expect(range.size).toBeGreaterThan(5);
    const open = setup([{ id: 'gov', camp: 'russia', type: 'mech', at: [3, 3] }], false);
    expect(movementRange(open.scenario, open.state, 'gov').has(`${EAST.q},${EAST.r}`)).toBe(true);
    const before = hashState(state);
    const r = applyMove(scenario, state);
    expect(r.ok).toBe(false);
    expect(hashState(state)).toBe(before);
  });

  it('allows no assault or car bomb across it, but fire', () => {
    const { scenario, state } = setup([
      { id: 'inf', camp: 'russia', at: [3, 3] },
      { id: 'is', camp: 'is', at: [4, 3] },
      { id: 'guns', camp: 'russia', type: 'arty', at: [2, 3] },
    ]);
    const inf = state.units.find((u) => u.id === 'inf')!;
    expect(attackTargets(scenario, state, inf).map((t) => t.hex)).toEqual([]);
    const before = hashState(state);
    expect(loadAttack(scenario, state, 'inf')).toMatchObject({ ok: false });
    expect(hashState(state)).toBe(before);
    expect(loadAttack(scenario, state, 'guns')).toMatchObject({ ok: true });
    const bombs = setup([{ id: 'inf', camp: 'russia', at: [3, 3] }, { id: 'bomb', camp: 'is', type: 'bomb', at: [4, 3] }]);
    expect(attackTargets(bombs.scenario, bombs.state, bombs.state.units.find((u) => u.id === 'bomb')!)).toEqual([]);
    const guns = state.units.find((u) => u.id === 'guns')!;
    expect(attackTargets(scenario, state, guns).map((t) => t.hex)).toContainEqual(EAST);
    const open = setup([{ id: 'inf', camp: 'russia', at: [3, 3] }, { id: 'is', camp: 'is', at: [4, 3] }], false);
    expect(attackTargets(open.scenario, open.state, open.state.units[0]!).map((t) => t.hex)).toContainEqual(EAST);
  });

  it('lets IS lay no minefield across it', () => {
    const { scenario, state } = buildGame({ terrain: TERRAIN, riverSides: [SIDE], mines: { at: [], stock: 2 }, phaseOrder: ['is', 'russia', 'coalition'],
      units: [{ id: 'g', camp: 'is', at: [3, 3] }] });
    expect(applyCommand(scenario, state, { type: 'lay_mine', unit: 'g', at: EAST })).toMatchObject({ ok: false, error: { code: 'cannot_lay_mine', field: 'at' } });
    expect(applyCommand(scenario, state, { type: 'lay_mine', unit: 'g', at: at(2, 3) })).toMatchObject({ ok: true });
  });

  it('is refused in map data unless it joins two neighbouring land hexes, naming the side', () => {
    const { scenario } = setup([{ id: 'a', camp: 'russia', at: [0, 0] }]);
    const bad = (side: [[number, number], [number, number]]) =>
      loadScenario(scenario.data, { ...scenario.map.data, riverSides: [side] });
    const far = bad([[WEST.q, WEST.r], [EAST.q + 1, EAST.r]]);
    expect(far.ok ? [] : far.errors).toContainEqual(expect.objectContaining({ path: 'map.riverSides[0]', message: expect.stringContaining('not neighbours') }));
    const wet = at(4, 2);
    const river = bad([[WEST.q, WEST.r], [wet.q, wet.r]]);
    expect(river.ok ? [] : river.errors).toContainEqual(expect.objectContaining({ path: 'map.riverSides[0]', message: expect.stringContaining('land') }));
  });
});

// Movement, combat, zones of control, river crossings, fog and victory, each against a case worked by hand.
import { describe, expect, it } from 'vitest';
import { applyCommand, attackTargets, hashState, hexDistance, hexKey, movementRange, viewFor } from '../../src/engine';
import { unitById } from '../../src/engine/board';
import { at, buildGame, ok, phaseTo, run } from './builder';
import { withRolls } from './dice';

describe('movement', () => {
  it('infantry (4 MP) goes 2 hexes off-road (2 MP each), 4 along a road (1 MP each)', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'a', camp: 'russia', at: [3, 2] }], roads: [[[3, 2], [4, 2], [5, 2], [6, 2], [7, 2]]] });
    const range = movementRange(scenario, state, 'a');
    expect(range.get(hexKey(at(7, 2)))?.cost).toBe(4);
    expect(range.get(hexKey(at(3, 4)))?.cost).toBe(4); // two rows south, off-road
    expect(range.has(hexKey(at(3, 5)))).toBe(false); // three hexes off-road
    expect(range.has(hexKey(at(0, 2)))).toBe(false); // three hexes west, no road
    const next = run(scenario, state, { type: 'move', unit: 'a', to: at(7, 2) });
    expect(unitById(next, 'a')).toMatchObject({ hex: at(7, 2), mp: 0 });
  });

  it('cannot end on a hex of another camp or above the stack limit', () => {
    const { scenario, state } = buildGame({ units: [
      { id: 'a', camp: 'russia', at: [2, 2] }, { id: 'b', camp: 'russia', at: [3, 2] }, { id: 'c', camp: 'russia', at: [3, 2] },
      { id: 'us', camp: 'coalition', at: [1, 2] },
    ] });
    const range = movementRange(scenario, state, 'a');
    expect(range.has(hexKey(at(3, 2)))).toBe(false);
    expect(range.has(hexKey(at(1, 2)))).toBe(false);
    expect(range.has(hexKey(at(4, 2)))).toBe(true); // through the friendly stack
  });

  it('a zone of control stops a move and holds the unit for the phase', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'a', camp: 'russia', type: 'mech', at: [1, 2] }, { id: 'is', camp: 'is', at: [4, 2] }] });
    const range = movementRange(scenario, state, 'a');
    // (3,2) touches the IS unit: reachable, but nothing beyond it along the row.
    expect(range.has(hexKey(at(3, 2)))).toBe(true);
    for (const d of range.values()) {
      const inZoc = d.path.slice(0, -1).filter((h) => hexDistance(h, at(4, 2)) === 1);
      expect(inZoc).toEqual([]);
    }
    const s = run(scenario, state, { type: 'move', unit: 'a', to: at(3, 2) });
    expect(unitById(s, 'a')!.mp).toBe(0);
    const again = applyCommand(scenario, s, { type: 'move', unit: 'a', to: at(2, 2) });
    expect(again.ok || again.error.code).toBe('already_acted');
  });

  it('the river stops a move until engineers bridge it; islands take a whole move', () => {
    const terrain = ['ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddiddd', 'ddddrddd', 'ddddrddd'];
    const { scenario, state } = buildGame({ terrain, units: [
      { id: 'a', camp: 'russia', type: 'mech', at: [3, 2] }, { id: 'e', camp: 'russia', type: 'eng', at: [3, 1] },
      { id: 'b', camp: 'russia', at: [3, 3] },
    ] });
    expect(movementRange(scenario, state, 'a').has(hexKey(at(5, 2)))).toBe(false);
    const island = at(4, 3);
    expect(movementRange(scenario, state, 'b').get(hexKey(island))?.cost).toBe(4); // infantry's whole allowance
    const bridged = run(scenario, state, { type: 'build_pontoon', unit: 'e', at: at(4, 1) });
    expect(bridged.pontoons).toEqual([hexKey(at(4, 1))]);
    expect(movementRange(scenario, bridged, 'a').has(hexKey(at(5, 2)))).toBe(true);
    const r = applyCommand(scenario, bridged, { type: 'build_pontoon', unit: 'a', at: at(4, 2) });
    expect(r.ok || r.error.code).toBe('cannot_build');
  });
});

describe('combat', () => {
  const duel = (defenderAt: [number, number], terrain?: string[]) => buildGame({
    terrain,
    units: [{ id: 'sdf', camp: 'coalition', at: [2, 2] }, { id: 'is', camp: 'is', at: defenderAt }],
    phaseOrder: ['coalition', 'russia', 'is'],
  });

  it('1:1 on open ground (attack 2x3 = 6 vs defence 2x3 = 6), roll 5: defender loses a step', () => {
    const { scenario, state } = duel([3, 2]);
    const target = attackTargets(scenario, state, unitById(state, 'sdf')!)[0]!;
    expect(target.odds).toMatchObject({ attack: 6, defence: 6, odds: '1:1', hitPct: 50, riskPct: 50 });
    const r = ok(applyCommand(scenario, withRolls(state, [5]), { type: 'attack', unit: 'sdf', target: at(3, 2) }));
    expect(r.events[0]).toMatchObject({ type: 'combat', odds: '1:1', roll: 5, result: 'DL' });
    expect(unitById(r.state, 'is')!.strength).toBe(2);
    expect(r.state.rngDraws).toBe(1);
  });

  it('urban terrain doubles defence: 6 vs 12 is 1:2, roll 1 costs the attacker two steps', () => {
    const { scenario, state } = duel([3, 2], ['dddddddd', 'dddddddd', 'ddduDddd'.replace('D', 'd'), 'dddddddd', 'dddddddd', 'dddddddd']);
    const r = ok(applyCommand(scenario, withRolls(state, [1]), { type: 'attack', unit: 'sdf', target: at(3, 2) }));
    expect(r.events[0]).toMatchObject({ defence: 12, odds: '1:2', result: 'AL2' });
    expect(unitById(r.state, 'sdf')!.strength).toBe(1);
  });

  it('an assault that empties the hex advances into it and takes the objective there', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 'sdf', camp: 'coalition', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2], strength: 1 }],
      objectives: [{ id: 'town', at: [3, 2], owner: 'is' }],
      phaseOrder: ['coalition', 'russia', 'is'],
    });
    // 6 vs 2 = 300% = 3:1; roll 5 = DL2.
    const r = ok(applyCommand(scenario, withRolls(state, [5]), { type: 'attack', unit: 'sdf', target: at(3, 2) }));
    expect(r.events.map((e) => e.type)).toEqual(['combat', 'unit_hit', 'unit_destroyed', 'unit_advanced', 'objective_captured']);
    expect(unitById(r.state, 'sdf')!.hex).toEqual(at(3, 2));
    expect(r.state.control.town).toBe('coalition');
  });

  it('artillery fires at range without risk: an exchange reads as a defender loss', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 'gun', camp: 'coalition', type: 'arty', at: [0, 2] }, { id: 'spot', camp: 'coalition', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }],
      phaseOrder: ['coalition', 'russia', 'is'],
    });
    // 4x2 = 8 vs 6 = 133% = 3:2; roll 3 = EX on the table, DL for fire.
    const r = ok(applyCommand(scenario, withRolls(state, [3]), { type: 'attack', unit: 'gun', target: at(3, 2) }));
    expect(r.events[0]).toMatchObject({ kind: 'fire', odds: '3:2', result: 'DL', attackerLoss: 0 });
    expect(unitById(r.state, 'gun')!.strength).toBe(2);
  });

  it('air strikes spend sorties', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'spot', camp: 'russia', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }], sorties: 1 });
    const s = run(scenario, state, { type: 'air_strike', target: at(3, 2) });
    expect(s.sortiesLeft.russia).toBe(0);
    const again = applyCommand(scenario, s, { type: 'air_strike', target: at(3, 2) });
    expect(again.ok || again.error.code).toBe('no_sorties');
  });
});

describe('fog of war', () => {
  it('a view holds only what its units see, and never the dice or the seed', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'a', camp: 'russia', at: [0, 0] }, { id: 'near', camp: 'is', at: [2, 0] }, { id: 'far', camp: 'is', at: [7, 5] }] });
    const view = viewFor(scenario, state, 'russia');
    expect(view.units.map((u) => u.id).sort()).toEqual(['a', 'near']);
    const text = JSON.stringify(view);
    expect(text).not.toContain('"far"');
    expect(view).not.toHaveProperty('rng');
    expect(view).not.toHaveProperty('seed');
    expect(viewFor(scenario, state, 'all').units).toHaveLength(3);
  });

  it('a move into a hex held by an unseen unit stops short of it', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'a', camp: 'russia', type: 'mech', at: [0, 2] }, { id: 'hidden', camp: 'coalition', at: [3, 2] }] });
    expect(viewFor(scenario, state, 'russia').units.map((u) => u.id)).toEqual(['a']);
    // Along one row the straight path is the only shortest one: it runs into the unseen unit.
    const r = ok(applyCommand(scenario, state, { type: 'move', unit: 'a', to: at(4, 2) }));
    expect(r.events.find((e) => e.type === 'move_interrupted')).toMatchObject({ contact: at(3, 2), at: at(2, 2) });
    expect(unitById(r.state, 'a')).toMatchObject({ hex: at(2, 2), mp: 0 });
  });
});

describe('turns and victory', () => {
  it('reinforcements arrive on their turn; the last turn ends the game with a report', () => {
    const { scenario, state } = buildGame({
      turns: 2,
      units: [{ id: 'a', camp: 'russia', at: [0, 0] }, { id: 'late', camp: 'coalition', at: [7, 0], arrives: 2 }, { id: 'is', camp: 'is', at: [7, 5] }],
      objectives: [{ id: 'x', at: [1, 0], points: 10, owner: 'is' }, { id: 'y', at: [5, 5], points: 4, owner: 'coalition' }],
    });
    expect(unitById(state, 'late')).toBeUndefined();
    let s = run(scenario, state, { type: 'move', unit: 'a', to: at(1, 0) }, { type: 'end_phase' }, { type: 'end_phase' }, { type: 'end_phase' });
    expect(s.turn).toBe(2);
    expect(unitById(s, 'late')?.hex).toEqual(at(7, 0));
    s = run(scenario, s, { type: 'end_phase' }, { type: 'end_phase' });
    const last = ok(applyCommand(scenario, s, { type: 'end_phase' }));
    expect(last.state.status).toBe('over');
    expect(last.state.result).toMatchObject({ winner: 'russia', points: { russia: 10, coalition: 4, is: 0 } });
    const after = applyCommand(scenario, last.state, { type: 'end_phase' });
    expect(after.ok || after.error.code).toBe('game_over');
    expect(hashState(last.state)).toBe(hashState(structuredClone(last.state)));
  });

  it('phases run in the scenario order and refill the acting camp', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'a', camp: 'russia', at: [0, 0] }, { id: 'b', camp: 'coalition', at: [7, 5] }] });
    const s = phaseTo(scenario, state, 'coalition');
    expect(s.phase).toBe('coalition');
    const r = applyCommand(scenario, s, { type: 'move', unit: 'a', to: at(1, 0) });
    expect(r.ok || r.error.code).toBe('not_your_unit');
  });
});

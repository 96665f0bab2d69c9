// Car bombs and IS minefields, each against a case worked by hand: a car bomb is expended whatever
// its roll; a hidden field stops a power's move and rolls for losses; the powers' views, legal
// commands and ranges never show a hidden field; an illegal lay_mine changes nothing.
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, applyCommand, attackTargets, hashState, hexKey, legalCommands, movementRange, sharedView, viewFor } from '../../src/engine';
import type { ApplyResult } from '../../src/engine/types';
import { unitById } from '../../src/engine/board';
import { at, buildGame, buildScenario, ok, phaseTo, run } from './builder';
import { withRolls } from './dice';

const types = (r: Extract<ApplyResult, { ok: true }>): string[] => r.events.map((e) => e.type);

describe('car bombs', () => {
  it('are expended by their assault even when it clears the hex: no advance, no loss rolled on the bomb', () => {
    // 8 attack v one step of infantry (2) in desert: 400%, the 4:1 column; roll 1 there is DL.
    const { scenario, state } = buildGame({ phaseOrder: ['is', 'russia', 'coalition'], units: [
      { id: 'vb', camp: 'is', type: 'bomb', at: [2, 2] }, { id: 'saa', camp: 'russia', at: [3, 2], strength: 1 },
    ] });
    const r = ok(applyCommand(scenario, withRolls(state, [1]), { type: 'attack', unit: 'vb', target: at(3, 2) }));
    expect(types(r)).toEqual(['car_bomb_detonated', 'combat', 'unit_hit', 'unit_destroyed']);
    expect(r.events[1]).toMatchObject({ kind: 'car_bomb', attacker: 'vb', odds: '4:1', result: 'DL', attackerLoss: 0 });
    expect(unitById(r.state, 'vb')).toBeUndefined();
    expect(r.state.units).toEqual([]);
  });

  it('at poor odds its attacker results read as no effect, and it is gone all the same', () => {
    // 8 v two full infantry units (12): 66%, the 1:2 column, where roll 1 is AL2 for an assault.
    const { scenario, state } = buildGame({ phaseOrder: ['is', 'russia', 'coalition'], units: [
      { id: 'vb', camp: 'is', type: 'bomb', at: [2, 2] }, { id: 'a', camp: 'russia', at: [3, 2] }, { id: 'b', camp: 'russia', at: [3, 2] },
    ] });
    expect(attackTargets(scenario, state, unitById(state, 'vb')!)[0]!.odds).toMatchObject({ kind: 'car_bomb', odds: '1:2', riskPct: 0, hitPct: 17 });
    const r = ok(applyCommand(scenario, withRolls(state, [1]), { type: 'attack', unit: 'vb', target: at(3, 2) }));
    expect(types(r)).toEqual(['car_bomb_detonated', 'combat']);
    expect(r.events[1]).toMatchObject({ result: 'NE', attackerLoss: 0, defenderLoss: 0 });
    expect(r.state.units.map((u) => u.id)).toEqual(['a', 'b']);
  });

  it('takes no objective: it holds no ground', () => {
    const { scenario, state } = buildGame({ phaseOrder: ['is', 'russia', 'coalition'], objectives: [{ id: 'town', at: [3, 2], owner: 'russia' }],
      units: [{ id: 'vb', camp: 'is', type: 'bomb', at: [1, 2] }, { id: 'saa', camp: 'russia', at: [7, 5] }] });
    const s = run(scenario, state, { type: 'move', unit: 'vb', to: at(3, 2) });
    expect(unitById(s, 'vb')!.hex).toEqual(at(3, 2));
    expect(s.control.town).toBe('russia');
  });
});

describe('minefields', () => {
  // A mechanised unit (8 MP, 2 a desert hex) driving four hexes east along row 2, over a field at (3,2).
  const mined = () => buildGame({ mines: { at: [[3, 2]] }, units: [
    { id: 'm', camp: 'russia', type: 'mech', at: [1, 2] }, { id: 'is', camp: 'is', at: [7, 5] },
  ] });

  it('stop a power\'s move on the field, roll for losses and become known', () => {
    const { scenario, state } = mined();
    expect(state.mines).toEqual({ hidden: [hexKey(at(3, 2))], known: [], stock: 0 });
    const r = ok(applyCommand(scenario, withRolls(state, [6]), { type: 'move', unit: 'm', to: at(5, 2) }));
    expect(types(r)).toEqual(['unit_moved', 'mine_exploded', 'unit_hit']);
    expect(r.events[1]).toMatchObject({ unit: 'm', hex: at(3, 2), roll: 6, steps: 2 });
    expect(unitById(r.state, 'm')).toMatchObject({ hex: at(3, 2), mp: 0, strength: 1 });
    expect(r.state.mines).toEqual({ hidden: [], known: [hexKey(at(3, 2))], stock: 0 });
    expect(r.state.rngDraws).toBe(state.rngDraws + 1);
    // Spent: the next unit over it goes through.
    const again = run(scenario, r.state, { type: 'end_phase' }, { type: 'end_phase' }, { type: 'end_phase' });
    expect(unitById(run(scenario, again, { type: 'move', unit: 'm', to: at(5, 2) }), 'm')!.hex).toEqual(at(5, 2));
  });

  it('a low roll costs nothing but the rest of the move', () => {
    const { scenario, state } = mined();
    const r = ok(applyCommand(scenario, withRolls(state, [2]), { type: 'move', unit: 'm', to: at(5, 2) }));
    expect(types(r)).toEqual(['unit_moved', 'mine_exploded']);
    expect(unitById(r.state, 'm')).toMatchObject({ hex: at(3, 2), mp: 0, strength: 3 });
  });

  it('a field that destroys the unit leaves the objective on it untaken', () => {
    const { scenario, state } = buildGame({ mines: { at: [[3, 2]] }, objectives: [{ id: 'town', at: [3, 2], owner: 'is' }],
      units: [{ id: 'm', camp: 'russia', type: 'mech', at: [1, 2], strength: 1 }, { id: 'is', camp: 'is', at: [7, 5] }] });
    const r = ok(applyCommand(scenario, withRolls(state, [4]), { type: 'move', unit: 'm', to: at(3, 2) }));
    expect(types(r)).toEqual(['unit_moved', 'mine_exploded', 'unit_hit', 'unit_destroyed']);
    expect(r.state.control.town).toBe('is');
  });

  it('an assault that advances onto a field sets it off', () => {
    const { scenario, state } = buildGame({ mines: { at: [[3, 2]] }, units: [
      { id: 'a', camp: 'russia', type: 'mech', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2], strength: 1 },
    ] });
    // 9 v 2: the 4:1 column, roll 1 DL clears the hex; then the field's roll 3 costs a step.
    const r = ok(applyCommand(scenario, withRolls(state, [1, 3]), { type: 'attack', unit: 'a', target: at(3, 2) }));
    expect(types(r).slice(-3)).toEqual(['unit_advanced', 'mine_exploded', 'unit_hit']);
    expect(unitById(r.state, 'a')).toMatchObject({ hex: at(3, 2), strength: 2 });
  });

  it('do not catch IS units', () => {
    const { scenario, state } = buildGame({ phaseOrder: ['is', 'russia', 'coalition'], mines: { at: [[3, 2]] },
      units: [{ id: 'i', camp: 'is', type: 'mech', at: [1, 2] }, { id: 'saa', camp: 'russia', at: [7, 5] }] });
    const r = ok(applyCommand(scenario, state, { type: 'move', unit: 'i', to: at(5, 2) }));
    expect(types(r)).toEqual(['unit_moved']);
    expect(r.state.mines.hidden).toEqual([hexKey(at(3, 2))]);
  });

  it('are absent from the powers\' views, legal commands and movement ranges', () => {
    const { scenario, state } = mined();
    const clear: GameState = { ...state, mines: { hidden: [], known: [], stock: 0 } };
    for (const camp of ['russia', 'coalition'] as const) {
      const view = viewFor(scenario, state, camp);
      expect(view.mines).toEqual({ hidden: [], known: [], stock: 0 });
      expect(sharedView(scenario, state, camp).mines.hidden).toEqual([]);
      expect(view).toEqual(viewFor(scenario, clear, camp));
    }
    const view = viewFor(scenario, state, 'russia');
    expect(legalCommands(scenario, view)).toEqual(legalCommands(scenario, viewFor(scenario, clear, 'russia')));
    const range = [...movementRange(scenario, view, 'm').values()].map((d) => [hexKey(d.hex), d.cost]);
    expect(range).toContainEqual([hexKey(at(5, 2)), 8]);
    expect(range).toEqual([...movementRange(scenario, clear, 'm').values()].map((d) => [hexKey(d.hex), d.cost]));
    expect(viewFor(scenario, state, 'is').mines.hidden).toEqual([hexKey(at(3, 2))]);
    expect(viewFor(scenario, state, 'all').mines.hidden).toEqual([hexKey(at(3, 2))]);
  });

  it('come from the scenario, which must put them on land, once each', () => {
    expect(() => buildScenario({ terrain: ['dddd', 'drdd'], mines: { at: [[1, 1]] }, objectives: [{ id: 'o', at: [0, 0] }], units: [{ id: 'a', camp: 'is', at: [3, 0] }] }))
      .toThrow(/mines.hexes\[0\]: hex .* is river/);
    expect(() => buildScenario({ mines: { at: [[1, 1], [1, 1]] }, units: [{ id: 'a', camp: 'is', at: [3, 0] }] }))
      .toThrow(/mines.hexes\[1\]: .* is already mined/);
  });
});

describe('lay_mine', () => {
  const setup = () => {
    const { scenario, state } = buildGame({ terrain: ['dddddddd', 'dddrdddd', 'dddddddd', 'dddddddd'], phaseOrder: ['is', 'russia', 'coalition'], mines: { at: [[5, 2]], stock: 2 },
      units: [
        { id: 'g', camp: 'is', at: [4, 1] }, { id: 'vb', camp: 'is', type: 'bomb', at: [1, 3] },
        { id: 'saa', camp: 'russia', at: [5, 1] }, { id: 'far', camp: 'is', at: [7, 3] },
      ], objectives: [{ id: 'o', at: [0, 0] }] });
    return { scenario, state };
  };

  it('lays a hidden field on the unit\'s hex or next to it, for its action and one of the stock', () => {
    const { scenario, state } = setup();
    const sites = legalCommands(scenario, viewFor(scenario, state, 'is')).filter((c) => c.type === 'lay_mine' && c.unit === 'g');
    // Its own hex and its free land neighbours: not the river (3,1), the Russian-held (5,1) nor the field at (5,2).
    expect(sites.map((c) => (c as { at: { q: number; r: number } }).at).map(hexKey).sort())
      .toEqual([at(4, 1), at(4, 0), at(5, 0), at(4, 2)].map(hexKey).sort());
    const r = ok(applyCommand(scenario, state, { type: 'lay_mine', unit: 'g', at: at(4, 2) }));
    expect(r.events).toEqual([{ type: 'mine_laid', hex: at(4, 2), unit: 'g', camp: 'is' }]);
    expect(r.state.mines).toEqual({ hidden: [hexKey(at(5, 2)), hexKey(at(4, 2))], known: [], stock: 1 });
    expect(unitById(r.state, 'g')).toMatchObject({ acted: true, mp: 0 });
    expect(viewFor(scenario, r.state, 'russia').mines).toEqual({ hidden: [], known: [], stock: 0 });
  });

  it.each<[string, Command, string, string?]>([
    ['far from the unit', { type: 'lay_mine', unit: 'g', at: at(4, 3) }, 'cannot_lay_mine', 'at'],
    ['on the river', { type: 'lay_mine', unit: 'g', at: at(3, 1) }, 'cannot_lay_mine', 'at'],
    ['under a Russian unit', { type: 'lay_mine', unit: 'g', at: at(5, 1) }, 'cannot_lay_mine', 'at'],
    ['on a field already laid', { type: 'lay_mine', unit: 'far', at: at(5, 2) }, 'cannot_lay_mine', 'at'],
    ['by a car bomb', { type: 'lay_mine', unit: 'vb', at: at(1, 3) }, 'cannot_lay_mine', 'unit'],
    ['off the map', { type: 'lay_mine', unit: 'g', at: { q: 40, r: 40 } }, 'cannot_lay_mine', 'at'],
    ['by no unit on the map', { type: 'lay_mine', unit: 'ghost', at: at(4, 2) }, 'unknown_unit', 'unit'],
    ['without a hex', { type: 'lay_mine', unit: 'g' } as unknown as Command, 'malformed_command', 'at'],
  ])('is refused %s, and changes nothing', (_name, cmd, code, field) => {
    const { scenario, state } = setup();
    const before = hashState(state);
    const r = applyCommand(scenario, state, cmd);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code === 'off_map' ? 'cannot_lay_mine' : r.error.code).toBe(code);
    if (field) expect(r.error.field).toBe(field);
    expect(hashState(state)).toBe(before);
  });

  it('is refused after the unit moved, without stock, and to a power', () => {
    const { scenario, state } = setup();
    const moved = run(scenario, state, { type: 'move', unit: 'far', to: at(6, 3) });
    expect(applyCommand(scenario, moved, { type: 'lay_mine', unit: 'far', at: at(6, 3) })).toMatchObject({ ok: false, error: { code: 'already_acted' } });
    const empty = run(scenario, state, { type: 'lay_mine', unit: 'g', at: at(4, 2) }, { type: 'lay_mine', unit: 'far', at: at(7, 3) });
    expect(empty.mines.stock).toBe(0);
    expect(applyCommand(scenario, { ...empty, units: empty.units.map((u) => ({ ...u, acted: false, mp: 4 })) }, { type: 'lay_mine', unit: 'g', at: at(4, 0) }))
      .toMatchObject({ ok: false, error: { code: 'no_mines' } });
    const russian = phaseTo(scenario, state, 'russia');
    expect(applyCommand(scenario, russian, { type: 'lay_mine', unit: 'saa', at: at(5, 1) })).toMatchObject({ ok: false, error: { code: 'cannot_lay_mine', field: 'unit' } });
    expect(legalCommands(scenario, viewFor(scenario, russian, 'russia')).some((c) => c.type === 'lay_mine')).toBe(false);
  });

  it('gives the same state and events for the same commands, a field going off included', () => {
    const { scenario, state } = setup();
    const laid = run(scenario, state, { type: 'lay_mine', unit: 'g', at: at(5, 0) }, { type: 'end_phase' });
    const go = () => ok(applyCommand(scenario, laid, { type: 'move', unit: 'saa', to: at(5, 0) }));
    expect(go().events.map((e) => e.type)).toContain('mine_exploded');
    expect(go().events).toEqual(go().events);
    expect(hashState(go().state)).toBe(hashState(go().state));
  });
});

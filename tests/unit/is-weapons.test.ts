// The IS AI's car bombs and minefields: the bomb picks the target worth most and drives to it; a
// garrison mines the approach of an enemy in sight; in whole games IS uses both.
import { describe, expect, it } from 'vitest';
import { type GameEvent, hexDistance, hexKey, newGame, viewFor } from '../../src/engine';
import { carBombOrder, mineOrder } from '../../src/ai/isWeapons';
import { makePolicies, playPhase } from '../../src/sim/play';
import { builtinScenario } from '../../src/scenarios';
import { at, buildGame } from './builder';

const bombGame = (units: Parameters<typeof buildGame>[0]['units']) =>
  buildGame({ phaseOrder: ['is', 'russia', 'coalition'], objectives: [{ id: 'o', at: [0, 0], owner: 'is' }], units });

describe('IS car bombs and minefields (AI)', () => {
  it('a car bomb strikes the great-power guns before a local unit at the same odds', () => {
    const { scenario, state } = bombGame([
      { id: 'vb', camp: 'is', type: 'bomb', at: [3, 3] },
      { id: 'inf', camp: 'russia', at: [2, 3], strength: 1 }, { id: 'guns', camp: 'coalition', type: 'arty', at: [4, 3] },
    ]);
    const view = viewFor(scenario, state, 'is');
    expect(carBombOrder(scenario, view, view.units.find((u) => u.id === 'vb')!)).toEqual({ type: 'attack', unit: 'vb', target: at(4, 3) });
  });

  it('drives to a target out of reach, then blows up; holds when nothing is worth it', () => {
    const { scenario, state } = bombGame([{ id: 'vb', camp: 'is', type: 'bomb', at: [1, 3] }, { id: 'inf', camp: 'russia', at: [4, 3], strength: 1 },
      { id: 'eye', camp: 'is', at: [4, 1] }]);
    const view = viewFor(scenario, state, 'is');
    const drive = carBombOrder(scenario, view, view.units.find((u) => u.id === 'vb')!);
    expect(drive?.type).toBe('move');
    expect(hexDistance((drive as { to: { q: number; r: number } }).to, at(4, 3))).toBe(1);
    const strong = bombGame([{ id: 'vb', camp: 'is', type: 'bomb', at: [1, 3] }, { id: 'a', camp: 'russia', at: [2, 3] }, { id: 'b', camp: 'russia', at: [2, 3] }]);
    const v2 = viewFor(strong.scenario, strong.state, 'is');
    expect(carBombOrder(strong.scenario, v2, v2.units.find((u) => u.id === 'vb')!)).toBeUndefined(); // 8 v 12: 1:2, a 17% chance
  });

  it('a garrison mines the neighbouring hex nearest an enemy in sight', () => {
    const { scenario, state } = buildGame({ phaseOrder: ['is', 'russia', 'coalition'], mines: { at: [], stock: 1 },
      objectives: [{ id: 'town', at: [2, 2], owner: 'is' }], units: [{ id: 'g', camp: 'is', at: [2, 2] }, { id: 'saa', camp: 'russia', at: [4, 2] }] });
    const view = viewFor(scenario, state, 'is');
    expect(mineOrder(scenario, view, view.units[0]!)).toEqual({ type: 'lay_mine', unit: 'g', at: at(3, 2) });
    const none = { ...view, mines: { ...view.mines, stock: 0 } };
    expect(mineOrder(scenario, none, view.units[0]!)).toBeUndefined();
  });

  it('in whole games IS sets off car bombs at even odds or better and lays fields the powers run into', () => {
    const scenario = builtinScenario('deir-ez-zor-2017')!;
    const count: Record<string, number> = {};
    for (const seed of ['1', '2', '3']) {
      const policies = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, seed);
      let state = newGame(scenario, seed);
      while (state.status === 'playing') {
        const phase = playPhase(scenario, state, policies[state.phase]);
        for (const e of phase.events as GameEvent[]) {
          count[e.type] = (count[e.type] ?? 0) + 1;
          if (e.type === 'combat' && e.kind === 'car_bomb') expect(['1:1', '3:2', '2:1', '3:1', '4:1']).toContain(e.odds);
          if (e.type === 'mine_laid') expect(scenario.objectiveAt.has(hexKey(e.hex))).toBe(false);
        }
        state = phase.state;
      }
    }
    expect(count.car_bomb_detonated).toBeGreaterThanOrEqual(3);
    expect(count.mine_laid).toBeGreaterThanOrEqual(3);
    expect(count.mine_exploded).toBeGreaterThanOrEqual(3);
  });
});

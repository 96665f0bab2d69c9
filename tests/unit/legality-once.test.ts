// Legality is stated once: for every state of a golden game, what legal.ts offers (attack targets,
// air strike targets, pontoon sites) is exactly what applyCommand accepts, hex by hex.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, applyCommand, attackTargets, hexKey, pontoonSites, strikeTargets } from '../../src/engine';
import { hexNeighbors, hexRange } from '../../src/engine/hex';
import { builtinScenario } from '../../src/scenarios';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';

const parsed = parseReplayText(readFileSync('tests/golden/russia-wins.json', 'utf8'), builtinScenario);
if (!parsed.ok) throw new Error(parsed.message);
const { scenario, replay } = parsed;
const verified = verifyReplay(scenario, replay, { keepStates: true });
if (!verified.ok) throw new Error(verified.message);
// Every 7th state: each camp's phases, early and late, at a test's cost.
const all: GameState[] = verified.states!.filter((s) => s.status === 'playing');
const states = all.filter((_, i) => i % 7 === 0);

const accepted = (state: GameState, command: Command): boolean => applyCommand(scenario, state, command).ok;
const keys = (hexes: readonly { q: number; r: number }[]): string[] => hexes.map(hexKey).sort();

describe('legal.ts offers what applyCommand accepts', () => {
  it('attack targets, hex by hex within each unit\'s range and one beyond', () => {
    let offered = 0;
    for (const state of states) {
      for (const unit of state.units) {
        if (unit.camp !== state.phase) continue;
        const range = scenario.unitTypes[unit.type]!.range + 1;
        const ok = hexRange(unit.hex, range).filter((h) => accepted(state, { type: 'attack', unit: unit.id, target: h }));
        const targets = attackTargets(scenario, state, unit).map((t) => t.hex);
        expect(keys(targets), `${unit.id} on turn ${state.turn}`).toEqual(keys(ok));
        offered += targets.length;
      }
    }
    expect(offered).toBeGreaterThan(0);
  });

  it('air strike targets, over every hex that holds a unit', () => {
    let offered = 0;
    for (const state of states) {
      const hexes = [...new Map(state.units.map((u) => [hexKey(u.hex), u.hex])).values()];
      const ok = hexes.filter((h) => accepted(state, { type: 'air_strike', target: h }));
      const targets = strikeTargets(scenario, state).map((t) => t.hex);
      expect(keys(targets), `turn ${state.turn} ${state.phase}`).toEqual(keys(ok));
      offered += targets.length;
    }
    expect(offered).toBeGreaterThan(0);
  });

  it('pontoon sites, over every neighbour: of the engineers in every state, of the others in some', () => {
    let offered = 0;
    for (const [i, state] of all.entries()) {
      for (const unit of state.units) {
        if (unit.camp !== state.phase || (i % 7 !== 0 && !scenario.unitTypes[unit.type]!.engineer)) continue;
        const ok = hexNeighbors(unit.hex).filter((h) => accepted(state, { type: 'build_pontoon', unit: unit.id, at: h }));
        const sites = pontoonSites(scenario, state, unit);
        expect(keys(sites), `${unit.id} on turn ${state.turn}`).toEqual(keys(ok));
        offered += sites.length;
      }
    }
    expect(offered).toBeGreaterThan(0);
  });
});

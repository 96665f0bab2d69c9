// The main scenario loads and follows the history; malformed scenario files are refused with errors
// that name the JSON path and the reason.
import { describe, expect, it } from 'vitest';
import { newGame, viewFor } from '../../src/engine';
import { loadScenario } from '../../src/engine/validation';
import mapJson from '../../assets/maps/middle-euphrates.json';
import scenarioJson from '../../assets/scenarios/deir-ez-zor-2017.json';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;

describe('the race for Deir ez-Zor', () => {
  it('loads, with the objectives the brief names on the right banks', () => {
    expect(scenario.objectives.map((o) => o.id)).toEqual([
      'deir-ez-zor', 'airbase', 'industrial-zone', 'conoco', 'jafra', 'al-omar', 'mayadin', 'bukamal', 'hawijat-saqr',
    ]);
    const bank = (id: string) => scenario.map.bankOf(scenario.objectives.find((o) => o.id === id)!.hex);
    expect(['deir-ez-zor', 'airbase', 'mayadin', 'bukamal'].map(bank)).toEqual(['W', 'W', 'W', 'W']);
    expect(['industrial-zone', 'conoco', 'jafra', 'al-omar'].map(bank)).toEqual(['E', 'E', 'E', 'E']);
    expect(scenario.map.terrainAt(scenario.objectives.find((o) => o.id === 'hawijat-saqr')!.hex)).toBe('island');
  });

  it('starts on 9 September 2017 with the government west of the river, the SDF east, IS between', () => {
    const state = newGame(scenario, '1');
    const banks = (camp: string) => new Set(state.units.filter((u) => u.camp === camp).map((u) => scenario.map.bankOf(u.hex)));
    expect(banks('russia')).toEqual(new Set(['W']));
    expect(banks('coalition')).toEqual(new Set(['E']));
    expect(banks('is')).toEqual(new Set(['W', 'E', undefined])); // both banks, and Hawijat Kati (an island has no bank)
    expect(state.control.airbase).toBe('russia');
    expect(state.control['deir-ez-zor']).toBe('is');
    // US advisers only: the Marines' M777s came to this front after Raqqa (CJTF-OIR), after the last turn.
    expect(state.units.filter((u) => u.greatPower).map((u) => u.camp).sort()).toEqual(['coalition', 'russia', 'russia']);
    expect(state.reinforcements.filter((r) => r.unit.camp === 'russia').length).toBeGreaterThan(2); // along the Sukhnah road
    expect(scenario.map.data.bridges.every((b) => b.state === 'destroyed')).toBe(true);
  });

  it('shows each camp only part of the other camps at the start', () => {
    const state = newGame(scenario, '1');
    const view = viewFor(scenario, state, 'coalition');
    expect(view.units.length).toBeLessThan(state.units.length);
    const seen = (camp: string) => view.units.filter((u) => u.camp === camp).length;
    const all = (camp: string) => state.units.filter((u) => u.camp === camp).length;
    expect(seen('coalition')).toBe(all('coalition'));
    expect(seen('russia')).toBeLessThan(all('russia'));
    expect(seen('is')).toBeLessThan(all('is'));
  });
});

type Json = Record<string, unknown>;
const clone = (): Json => structuredClone(scenarioJson) as unknown as Json;
const units = (s: Json) => s.units as Json[];

const malformed: [string, (s: Json) => unknown, string, RegExp][] = [
  ['not an object', () => 'scenario', '(root)', /object/i],
  ['missing title', (s) => { delete s.title; return s; }, 'title', /expected string/i],
  ['turns zero', (s) => { s.turns = 0; return s; }, 'turns', /too small|>=1/i],
  ['bad start date', (s) => { s.startDate = '9 Sep 2017'; return s; }, 'startDate', /YYYY-MM-DD/],
  ['unknown camp in phase order', (s) => { s.phaseOrder = ['russia', 'usa', 'is']; return s; }, 'phaseOrder[1]', /invalid option|expected one of/i],
  ['a camp twice in phase order', (s) => { s.phaseOrder = ['russia', 'russia', 'is']; return s; }, 'phaseOrder', /exactly once/],
  ['unit hex not a pair', (s) => { units(s)[3]!.hex = [1]; return s; }, 'units[3].hex', /./],
  ['unit hex fractional', (s) => { units(s)[0]!.hex = [0.5, 21]; return s; }, 'units[0].hex[0]', /int/i],
  ['unknown crisis doctrine', (s) => { (s.crisis as Json).doctrine = { coalition: 'balanced', russia: 'reckless' }; return s; }, 'crisis.doctrine.russia', /invalid option|expected one of/i],
  ['crisis escalation at the top rung', (s) => { (s.crisis as Json).escalation = 100; return s; }, 'crisis.escalation', /too big|<=99/i],
  ['unknown crisis field', (s) => { (s.crisis as Json).nukes = 1; return s; }, 'crisis', /unrecognized key/i],
  ['unit of unknown type', (s) => { units(s)[2]!.type = 'battleship'; return s; }, 'units[2].type', /unknown unit type "battleship"/],
  ['unit off the map', (s) => { units(s)[1]!.hex = [90, 90]; return s; }, 'units[1].hex', /off the map/],
  ['unit in the river', (s) => { units(s)[1]!.hex = [1, 19]; return s; }, 'units[1].hex', /river/],
  ['duplicate unit id', (s) => { units(s)[4]!.id = units(s)[0]!.id; return s; }, 'units[4].id', /duplicate id/],
  ['two camps on one hex', (s) => { units(s)[0]!.hex = [1, 20]; return s; }, 'units[20].hex', /already holds a russia unit/],
  ['strength above the type\'s steps', (s) => { units(s)[0]!.strength = 9; return s; }, 'units[0].strength', /exceeds/],
  ['unknown field', (s) => { s.victoryConditions = 'win'; return s; }, '(root)', /victoryConditions/],
  ['objective points negative', (s) => { (s.objectives as Json[])[0]!.points = -5; return s; }, 'objectives[0].points', /small|>=0/i],
  ['reinforcement after the last turn', (s) => { units(s)[7]!.arrives = 99; return s; }, 'units[7].arrives', /after the last turn/],
  ['unit type with no movement field', (s) => { delete ((s.unitTypes as Json).sdf_inf as Json).movement; return s; }, 'unitTypes.sdf_inf.movement', /expected number/i],
  ['wrong map', (s) => { s.map = 'the-moon'; return s; }, 'map', /the-moon/],
];

describe('malformed scenarios are refused with the path and the reason', () => {
  it.each(malformed)('%s', (_name, mutate, path, reason) => {
    const r = loadScenario(mutate(clone()), mapJson);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.errors.find((e) => e.path === path);
    expect(hit, `errors were: ${JSON.stringify(r.errors)}`).toBeDefined();
    expect(hit!.message).toMatch(reason);
  });

  it('a malformed map is refused too, with its path under map.', () => {
    const map = structuredClone(mapJson) as unknown as Json;
    (map.terrain as string[])[3] = 'ddzz';
    const r = loadScenario(clone(), map);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('map.terrain[3]');
  });
});

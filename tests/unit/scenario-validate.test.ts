// The scenario validator (engine/scenarioCheck.ts through scenarioFile.ts) and npm run scenario -- validate.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/engine/validation';
import { MAX_SCENARIO_BYTES, validateScenarioText } from '../../src/scenarioFile';
import { BUILTIN_MAPS, SCENARIO_IDS, builtinScenarioFile } from '../../src/scenarios';

const BROKEN = 'tests/fixtures/scenarios/broken.json';
const MAIN = 'assets/scenarios/deir-ez-zor-2017.json';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the JSON freely
const main = (): Record<string, any> => JSON.parse(readFileSync(MAIN, "utf8"));

describe('validateScenario', () => {
  it('passes every built-in scenario without errors', () => {
    for (const id of SCENARIO_IDS) {
      const r = validateScenario(builtinScenarioFile(id), BUILTIN_MAPS);
      expect(r.errors, id).toEqual([]);
      expect(r.scenario?.id).toBe(id);
    }
  });

  it('names each fault of the broken fixture by its path', () => {
    const r = validateScenarioText(readFileSync(BROKEN, 'utf8'));
    const at = (path: string): string => r.errors.filter((e) => e.path === path).map((e) => e.message).join(' | ');
    expect(at('units[6].hex')).toMatch(/east bank, but russia's bank \(banks\.russia\) is the west/); // wrong bank
    expect(at('units[7].hex')).toMatch(/is river/); // on water
    expect(at('units[8].hex')).toMatch(/99,99 is off the map/);
    expect(at('units[9].arrives')).toMatch(/turn 9 is after the last turn \(4\)/); // a reinforcement after the end
    expect(at('units[10].hex')).toMatch(/-40,23 is off the map/); // a reinforcement off the map
    expect(at('units[11].id')).toMatch(/duplicate id "dmc-1"/);
    expect(at('objectives[9].id')).toMatch(/duplicate id "jafra"/);
    expect(at('objectives[7].hex')).toMatch(/bukamal .* unreachable by the last turn \(4\)/);
    expect(at('injects[1].turn')).toMatch(/turn 9 is after the last turn/);
    expect(at('injects[3].id')).toMatch(/duplicate inject id "strike-16-sep"/);
    expect(r.scenario).toBeUndefined();
  });

  it('names shape errors by path, and an inject before turn 1', () => {
    const s = main();
    s.injects[0].turn = 0;
    s.units[2].camp = 'france';
    const r = validateScenario(s, BUILTIN_MAPS);
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['injects[0].turn', 'units[2].camp']));
  });

  it('finds an objective no power can reach at all, and one reachable only with engineers', () => {
    const s = main();
    // The government's units are all on the west bank and the coalition's all gone: east-bank objectives need a pontoon.
    s.units = s.units.filter((u: { camp: string }) => u.camp !== 'coalition');
    s.unitTypes.ru_eng.engineer = false;
    // Islands are reached by boat, so the east bank still is: only a hex shut in by river sides would not be.
    expect(validateScenario(s, BUILTIN_MAPS).errors.filter((e) => e.path.startsWith('objectives'))).toEqual([]);
    s.units = s.units.filter((u: { camp: string }) => u.camp === 'is');
    const r = validateScenario(s, BUILTIN_MAPS);
    expect(r.errors.find((e) => e.path === 'objectives[0].hex')?.message).toMatch(/no coalition or russia unit can get there/);
  });

  it('warns of what is missing without failing the file', () => {
    const s = main();
    delete s.classMinutes;
    delete s.banks;
    const r = validateScenario(s, BUILTIN_MAPS);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['classMinutes', 'banks.coalition', 'banks.russia']));
  });

  it('refuses an unknown map, bad JSON, a non-object and an oversized file at the root', () => {
    expect(validateScenario({ ...main(), map: 'moon' }, BUILTIN_MAPS).errors).toEqual([{ path: 'map', message: expect.stringMatching(/unknown map "moon"; known maps: middle-euphrates/), problem: { code: 'unknown_map', params: { map: 'moon', known: ['middle-euphrates'] } } }]);
    expect(validateScenarioText('{"id": ').errors[0]).toMatchObject({ path: '(root)', message: expect.stringMatching(/not valid JSON/) });
    expect(validateScenarioText('[1, 2]').errors[0]).toMatchObject({ path: '(root)', message: 'a scenario must be a JSON object' });
    expect(validateScenarioText(' '.repeat(MAX_SCENARIO_BYTES + 1)).errors[0]!.message).toMatch(/more than the 1024 KB limit/);
    expect(validateScenarioText(`\uFEFF${readFileSync(MAIN, 'utf8')}`).errors).toEqual([]);
  });
});

const run = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['src/cli/scenario.ts', ...args], { encoding: 'utf8' });
// Each case starts tsx (about a second on a quiet machine, several under load).
const SLOW = 120_000;

describe('npm run scenario -- validate', () => {
  it('exits 0 for the built-in scenario', () => {
    const r = run('validate', MAIN, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, scenario: 'deir-ez-zor-2017', errors: [] });
  }, SLOW);

  it('exits 2 for the broken fixture and prints each fault with its path', () => {
    const json = run('validate', BROKEN, '--json');
    expect(json.status).toBe(2);
    const out = JSON.parse(json.stdout);
    expect(out.valid).toBe(false);
    expect(out.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['units[6].hex', 'objectives[7].hex', 'injects[1].turn']));
    const text = run('validate', BROKEN);
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/^error {3}units\[7\]\.hex: hex 1,18 is river$/m);
    expect(text.stderr).toMatch(/11 errors/);
  }, SLOW);

  it('exits 2 with the usage for bad usage, and 2 for a file it cannot read or parse', () => {
    for (const args of [[], ['check', MAIN], ['validate'], ['validate', MAIN, MAIN], ['validate', MAIN, '--xml']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/usage: npm run scenario -- validate FILE/);
    }
    expect(run('validate', 'no/such/file.json').status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'scenario-cli-'));
    writeFileSync(join(dir, 'cut.json'), readFileSync(MAIN, 'utf8').slice(0, 300));
    const cut = run('validate', join(dir, 'cut.json'));
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/\(root\): not valid JSON/);
  }, SLOW);
});

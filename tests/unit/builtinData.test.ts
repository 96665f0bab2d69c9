// The build checks the shipped scenario files with the full validator and ships its output
// (scripts/builtinData.ts); the browser then takes them as checked (src/checkedData.build.ts). What the
// browser builds from that output must be the scenario Node loads from the files, and a broken file
// must stop the build with the validator's message.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type MapData, type ScenarioData, trustedScenario } from '../../src/engine';
import { scenarioHash } from '../../src/replay/scenarioHash';
import { SCENARIO_IDS, builtinScenario } from '../../src/scenarios';
import { tutorialScenario } from '../../src/tutorial/setup';
import { KIT_IDS, kitFor } from '../../src/exercise/kits';
import { checkShippedData } from '../../scripts/builtinData';

const tmp = mkdtempSync(join(tmpdir(), 'builtin-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the shipped data, checked at build time', async () => {
  const { output, errors } = await checkShippedData();
  const shipped = (file: string): unknown => JSON.parse(JSON.stringify(output.get(join(process.cwd(), file))));
  const map = shipped('assets/maps/middle-euphrates.json') as MapData;

  it('passes, and gives each scenario as the browser builds it equal to what Node loads', () => {
    expect(errors).toEqual([]);
    const scenarios = [...SCENARIO_IDS.map((id) => [`assets/scenarios/${id}.json`, builtinScenario(id)!] as const), ['assets/scenarios/tutorial-2017.json', tutorialScenario()] as const];
    for (const [file, loaded] of scenarios) {
      const built = trustedScenario(shipped(file) as ScenarioData, map);
      expect(JSON.parse(JSON.stringify(built.data)), file).toEqual(JSON.parse(JSON.stringify(loaded.data)));
      expect(built.objectives, file).toEqual(loaded.objectives);
      expect(built.injects, file).toEqual(loaded.injects);
      expect(scenarioHash(built), file).toBe(scenarioHash(loaded));
    }
  });

  it('gives each teaching kit as Node loads it against its scenario', () => {
    expect(KIT_IDS.length).toBeGreaterThan(0);
    for (const id of KIT_IDS) expect(shipped(`assets/kits/${id}.json`), id).toEqual(JSON.parse(JSON.stringify(kitFor(builtinScenario(id)!))));
  });

  it('names the file and each JSON path of a broken one', async () => {
    cpSync('assets', join(tmp, 'assets'), { recursive: true });
    const file = join(tmp, 'assets/scenarios/khasham-2018.json');
    const broken = JSON.parse(readFileSync(file, 'utf8')) as { turns: number; units: { hex: number[] }[] };
    broken.turns = 0;
    writeFileSync(file, JSON.stringify(broken));
    const checked = await checkShippedData(join(tmp, 'assets'));
    expect(checked.errors).toHaveLength(1);
    expect(checked.errors[0]).toMatch(/khasham-2018\.json.*\n {2}turns: Too small/);
  });

  it('names a kit that does not fit its scenario', async () => {
    cpSync('assets', join(tmp, 'assets2'), { recursive: true });
    const file = join(tmp, 'assets2/kits/the-crossing-2017.json');
    const kit = JSON.parse(readFileSync(file, 'utf8')) as { objectives: unknown[] };
    kit.objectives = [];
    writeFileSync(file, JSON.stringify(kit));
    const checked = await checkShippedData(join(tmp, 'assets2'));
    expect(checked.errors).toHaveLength(1);
    expect(checked.errors[0]).toMatch(/kits\/the-crossing-2017\.json.*\n {2}objectives/);
  });

  it('names a translation overlay whose key names no text, with the file and the key', async () => {
    cpSync('assets', join(tmp, 'assets3'), { recursive: true });
    const file = join(tmp, 'assets3/scenarios/i18n/deir-ez-zor-2017.ru.json');
    const overlay = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    overlay['units.no-such-unit.name'] = 'Нет такого';
    overlay['units.tiger-1.name'] = ['not text'];
    writeFileSync(file, JSON.stringify(overlay));
    const checked = await checkShippedData(join(tmp, 'assets3'));
    expect(checked.errors).toHaveLength(1);
    expect(checked.errors[0]).toMatch(/scenarios\/i18n\/deir-ez-zor-2017\.ru\.json:\n {2}units\.tiger-1\.name: expected a non-empty string.*\n {2}units\.no-such-unit\.name: names no prose text/);
  });
});

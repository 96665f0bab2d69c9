// The built-in teaching kits by scenario id, each checked once against the scenario it is asked for.
import type { Scenario } from '../engine';
import { builtinScenario } from '../scenarios';
import alBukamal from '../../assets/kits/al-bukamal-2017.json';
import deirEzZor from '../../assets/kits/deir-ez-zor-2017.json';
import khasham from '../../assets/kits/khasham-2018.json';
import theCrossing from '../../assets/kits/the-crossing-2017.json';
import { type Kit, loadKit } from './kit';

const RAW: Readonly<Record<string, unknown>> = {
  'deir-ez-zor-2017': deirEzZor,
  'the-crossing-2017': theCrossing,
  'khasham-2018': khasham,
  'al-bukamal-2017': alBukamal,
};

const cache = new WeakMap<Scenario, Kit | null>();

/**
 * The scenario's kit, or undefined when it has none. A scenario file loaded from disk under a built-in
 * id may not fit that id's kit (its injects or objectives differ): it then plays without one. Throws
 * only if a shipped kit does not fit its shipped scenario.
 */
export function kitFor(scenario: Scenario): Kit | undefined {
  const cached = cache.get(scenario);
  if (cached !== undefined) return cached ?? undefined;
  const raw = RAW[scenario.id];
  const loaded = raw === undefined ? null : loadKit(raw, scenario);
  if (loaded && !loaded.ok && builtinScenario(scenario.id) === scenario) {
    throw new Error(`the teaching kit of ${scenario.id} is invalid:\n${loaded.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
  const kit = loaded?.ok ? loaded.kit : null;
  cache.set(scenario, kit);
  return kit ?? undefined;
}

export const KIT_IDS = Object.keys(RAW);

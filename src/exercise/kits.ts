// The built-in teaching kits by scenario id, each checked once against the scenario it is asked for.
import type { Scenario } from '../engine';
import alBukamal from '../../assets/kits/al-bukamal-2017.json';
import deirEzZor from '../../assets/kits/deir-ez-zor-2017.json';
import khasham from '../../assets/kits/khasham-2018.json';
import theCrossing from '../../assets/kits/the-crossing-2017.json';
import type { Kit } from './kit';
import { kitFrom } from './kitCheck';
import { builtinScenario } from '../scenarios';

const RAW: Readonly<Record<string, unknown>> = {
  'deir-ez-zor-2017': deirEzZor,
  'the-crossing-2017': theCrossing,
  'khasham-2018': khasham,
  'al-bukamal-2017': alBukamal,
};

/**
 * The scenario's kit, or undefined when it has none. A scenario file loaded from disk under a built-in
 * id may not fit that id's kit (its injects or objectives differ): it then plays without one. Throws
 * only if a shipped kit does not fit its shipped scenario.
 */
export const kitFor = (scenario: Scenario): Kit | undefined => kitFrom(RAW[scenario.id], scenario, builtinScenario(scenario.id));

export const KIT_IDS = Object.keys(RAW);

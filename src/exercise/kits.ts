// The built-in teaching kits by scenario id, loaded and checked once against their scenario.
import type { Scenario } from '../engine';
import deirEzZor from '../../assets/kits/deir-ez-zor-2017.json';
import { type Kit, loadKit } from './kit';

const RAW: Readonly<Record<string, unknown>> = {
  'deir-ez-zor-2017': deirEzZor,
};

const cache = new Map<string, Kit>();

/** The scenario's kit, or undefined when it has none. Throws only if a shipped kit is broken. */
export function kitFor(scenario: Scenario): Kit | undefined {
  const cached = cache.get(scenario.id);
  if (cached) return cached;
  const raw = RAW[scenario.id];
  if (raw === undefined) return undefined;
  const loaded = loadKit(raw, scenario);
  if (!loaded.ok) throw new Error(`the teaching kit of ${scenario.id} is invalid:\n${loaded.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  cache.set(scenario.id, loaded.kit);
  return loaded.kit;
}

export const KIT_IDS = Object.keys(RAW);

// One scenario's teaching kit, its file loaded when asked for: the briefing, on the game page's first
// screen, needs only the kit of the scenario played, not the four (kits.ts).
import type { Scenario } from '../engine/core';
import type { Kit } from './kit';
import { kitFrom } from './kitCheck';
import { MAIN_SCENARIO_ID, mainScenario } from '../mainScenario';

const FILES = import.meta.glob<unknown>('../../assets/kits/*.json', { import: 'default' });

/** The scenario's kit, or undefined when it has none (see kitFor). */
export async function kitOf(scenario: Scenario): Promise<Kit | undefined> {
  const load = FILES[`../../assets/kits/${scenario.id}.json`];
  if (!load) return undefined;
  // The main scenario's game needs no other scenario (src/mainScenario.ts).
  const shipped = scenario.id === MAIN_SCENARIO_ID ? mainScenario() : (await import('../scenarios')).builtinScenario(scenario.id);
  return kitFrom(await load(), scenario, shipped);
}

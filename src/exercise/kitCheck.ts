// A scenario's teaching kit from its file, checked once per scenario (checkedData.ts: in the browser,
// at build time), for kits.ts (every kit, at once) and kitOf.ts (one, loaded when asked for).
import type { Scenario } from '../engine/core';
import { checkedKit } from '../checkedData';
import type { Kit } from './kit';

const cache = new WeakMap<Scenario, Kit | null>();

/** What loadKit's checks read of the scenario: its id, its turns, its injects' and objectives' ids. */
const kitFacts = (s: Scenario): string => JSON.stringify([s.id, s.data.turns, s.injects.map((j) => j.id), s.objectives.map((o) => o.id)]);

/**
 * The scenario's kit from its file (`raw`; undefined when it has none), or undefined. A scenario file
 * loaded from disk under a built-in id may not fit that id's kit (its injects or objectives differ): it
 * then plays without one. `shipped`: the built-in scenario of that id (builtinScenario), if any.
 * Throws only if a shipped kit does not fit its shipped scenario.
 */
export function kitFrom(raw: unknown, scenario: Scenario, shipped: Scenario | undefined): Kit | undefined {
  const cached = cache.get(scenario);
  if (cached !== undefined) return cached ?? undefined;
  const builtin = shipped === scenario;
  // A game's scenario may be the built-in one with another opponent doctrine (withOpponentDoctrine):
  // the same for the kit's checks, so the build's check of the kit holds for it.
  const loaded = raw === undefined ? null : checkedKit(raw, scenario, builtin || (shipped !== undefined && kitFacts(shipped) === kitFacts(scenario)));
  if (loaded && !loaded.ok && builtin) {
    throw new Error(`the teaching kit of ${scenario.id} is invalid:\n${loaded.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
  const kit = loaded?.ok ? loaded.kit : null;
  cache.set(scenario, kit);
  return kit ?? undefined;
}


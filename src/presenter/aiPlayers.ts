// The AI's policies, loaded apart from the game page's first load (issue 19): drawing the map needs none
// of them. They play only when a camp of the AI has its phase: after the player's first End turn, or on
// Begin when the AI's camp plays first (the coalition in Deir ez-Zor: Russia moves first). A page awaits
// loadAi() before that (src/pages/game/main.ts); the unit and e2e tests load it in their setup.
import type { Camp } from '../engine/core';
import type { Policy } from '../ai/policy';
import type { PolicyNames } from '../sim/play';

type MakePolicies = (names: PolicyNames, seed: string) => Record<Camp, Policy>;
let make: MakePolicies | undefined;
let loading: Promise<void> | undefined;

/** Loads the AI's code (once; later calls share the first). */
export function loadAi(): Promise<void> {
  return (loading ??= import('../sim/play').then((m) => { make = m.makePolicies; }));
}

export function aiLoaded(): boolean {
  return make !== undefined;
}

/**
 * Each camp's policy by name, made when the AI first plays: the match reads a camp's policy only when
 * that camp's phase is the AI's, so a page may create the session before the AI's code has arrived.
 */
export function lazyPolicies(names: PolicyNames, seed: string): Record<Camp, Policy> {
  let made: Record<Camp, Policy> | undefined;
  const get = (): Record<Camp, Policy> => {
    if (!make) throw new Error('the AI is not loaded yet: await loadAi() (src/presenter/aiPlayers.ts) before a camp of the AI plays');
    return (made ??= make(names, seed));
  };
  return { get coalition() { return get().coalition; }, get russia() { return get().russia; }, get is() { return get().is; } };
}

// Injects: events the exercise's facilitator (Control) sets off to test the players, from the
// scenario's list or written on the spot. An inject is an ordinary command ({type: 'inject'}), so it
// stands in the command log and a replay reproduces it. Rules in src/engine/injects.ts and
// docs/escalation.md ("Injects").
import type { Hex } from './hex';
import type { Area, Power } from './sides';

export const INJECT_EFFECTS = ['unattributed_strike', 'public_warning', 'is_counterattack', 'irregular_assault', 'unanswered_call', 'custom'] as const;
export type InjectEffectKind = (typeof INJECT_EFFECTS)[number];

/** A unit an inject brings onto the map (IS counterattackers, irregulars). `type` is a scenario unit type. */
export interface InjectUnit { id: string; name: string; type: string; hex: Hex }

/** What an inject does when it fires. */
export type InjectEffect =
  /** A strike hits `victim`'s units at `hex`; `by` did it but denies it, so the victim only suspects (16 Sep 2017). */
  | { kind: 'unattributed_strike'; victim: Power; by: Power; hex: Hex }
  /** `by` warns through the media as well as the line that fire from `area` will be answered (21 Sep 2017). */
  | { kind: 'public_warning'; by: Power; area: Area }
  /** IS units appear and assault `target` at once (the airbase). */
  | { kind: 'is_counterattack'; target: Hex; units: InjectUnit[] }
  /** Irregulars on `sponsor`'s side, which it disowns, assault `target` (Khasham, Feb 2018). */
  | { kind: 'irregular_assault'; sponsor: Power; target: Hex; units: InjectUnit[] }
  /** `power`'s end of the hotline answers nothing for `turns` turns (Sep 2016). */
  | { kind: 'unanswered_call'; power: Power; turns: number }
  /** The facilitator's own: a text, and changes to escalation and trust (each -20..20). */
  | { kind: 'custom'; escalation: number; trust: number };

/** An inject as the scenario lists it. */
export interface ScenarioInject {
  id: string;
  title: string;
  /** The turn it is meant for; the facilitator may fire it at any time. */
  turn: number;
  /** What the players are told. */
  text: string;
  /** What happened in reality, for the after-action review. */
  history: string;
  effect: Exclude<InjectEffect, { kind: 'custom' }>;
}

/** The inject command's body: one of the scenario's, by id, or the facilitator's own. */
export type InjectBody =
  | { kind: 'scenario'; id: string }
  | { kind: 'custom'; title: string; text: string; escalation: number; trust: number };

/** A fired inject, as the crisis record keeps it. */
export interface FiredInject {
  /** "J1", "J2", ... in firing order. */
  id: string;
  /** The scenario inject's id, or null for a custom one. */
  source: string | null;
  turn: number;
  title: string;
  text: string;
  effect: InjectEffectKind;
  /** The incident it caused, if any. */
  incident: string | null;
  /** What did not go as written, in words: a unit placed on another hex or left out, nothing to assault... */
  notes: string[];
}

/**
 * The contract the engine implements (src/engine/types.ts): the command `{ type: 'inject'; inject:
 * InjectBody }`, legal in any phase and never offered by legalCommands (only Control sends it); the
 * event `{ type: 'inject_fired'; inject: FiredInject }`; the crisis record's optional `injects:
 * FiredInject[]` and `lineDown: { power: Power; until: number } | null` (absent in games without
 * injects, so their hashes are unchanged).
 */

/** Limits on a custom inject, checked by parseCommand. */
export const CUSTOM_INJECT = { titleMax: 80, textMax: 500, deltaMax: 20 } as const;


// When fire needs a warning before it goes: near or on the other power's forces, into a hold-fire
// area the player agreed to, or into an area the other power warned it off.
import type { CombatKind, GameView, Hex, Power, Scenario } from '../engine/core';
import type { StrikeRisk } from '../engine/commandRules';
import { rulesNow } from '../match/rules';

/**
 * The risk of firing on `hex`, or null when the shot concerns only IS. Assaults cannot misidentify.
 * Asked as fire is ordered, so once the command rules are loaded (src/match/rules.ts).
 */
export function fireWarning(scenario: Scenario, view: GameView, camp: Power, hex: Hex, kind: CombatKind): StrikeRisk | null {
  const risk = rulesNow().strikeRisk(scenario, view, camp, hex);
  const near = kind !== 'assault' && risk.nearRival.length > 0;
  return risk.deliberate || near || risk.holdFire || risk.warned ? risk : null;
}

// When fire needs a warning before it goes: near or on the other power's forces, into a hold-fire
// area the player agreed to, or into an area the other power warned it off.
import { type CombatKind, type GameView, type Hex, type Power, type Scenario, type StrikeRisk, strikeRisk } from '../engine/core';

/** The risk of firing on `hex`, or null when the shot concerns only IS. Assaults cannot misidentify. */
export function fireWarning(scenario: Scenario, view: GameView, camp: Power, hex: Hex, kind: CombatKind): StrikeRisk | null {
  const risk = strikeRisk(scenario, view, camp, hex);
  const near = kind !== 'assault' && risk.nearRival.length > 0;
  return risk.deliberate || near || risk.holdFire || risk.warned ? risk : null;
}

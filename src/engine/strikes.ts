// Fire near the other power: deliberate attacks on its forces, strikes that risk hitting them by
// misidentification, provocations, and fire that breaks a hold-fire or ignores a warning.
import { activeAgreements, inArea } from './areas';
import { unitsAt } from './board';
import { resolveAttack } from './combat';
import { MISID, PROVOCATION_RUNG, clamp, rungOf } from './crisisRules';
import type { Agreement } from './crisisTypes';
import { breakAgreement } from './agreements';
import { isPower, lossesIn, otherPower, recordIncident } from './escalation';
import { type CrisisBoard, knownTo, sharedWith } from './fog';
import { type Hex, hexDistance, hexKey } from './hex';
import { misidChance } from './misid';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import type { Camp, CombatKind, GameEvent, GameState, Power, Unit } from './types';

export interface StrikeRisk {
  /** The target holds the other power's units: firing on it is a deliberate attack. */
  deliberate: boolean;
  /** Hexes of the other power's units within the danger radius of the target, nearest first. */
  nearRival: Hex[];
  /** Some of those units are unknown to the firer (fog raises the risk). */
  unseen: boolean;
  /** The firer notified a strike covering the target this turn. */
  notified: boolean;
  /** The other power shared the positions of all those units. */
  shared: boolean;
  /** Chance in percent that the strike hits the other power's units instead; 0 when none are near. */
  chance: number;
  /** Without notice at this rung, the strike counts as a provocation. */
  provocation: boolean;
  /** A hold-fire the firer agreed to covers the target. */
  holdFire: Agreement | null;
  /** The other power warned the firer off this area. */
  warned: Agreement | null;
}

/**
 * The risk of firing on `target`. On the full state it is the truth the engine rolls against; on a
 * view it is what the firer can know (unseen units are not in a view, so `unseen` is then false).
 */
export function strikeRisk(scenario: Scenario, board: CrisisBoard, camp: Power, target: Hex): StrikeRisk {
  const rival = otherPower(camp);
  const radius = scenario.data.crisis.dangerRadius;
  const known = knownTo(scenario, board, camp);
  const deliberate = unitsAt(board, target).some((u) => u.camp === rival);
  const near = board.units
    .filter((u) => u.camp === rival && hexDistance(u.hex, target) <= radius)
    .sort((a, b) => hexDistance(a.hex, target) - hexDistance(b.hex, target) || a.hex.q - b.hex.q || a.hex.r - b.hex.r);
  const nearRival = uniqueHexes(near);
  const active = activeAgreements(board.crisis.agreements, board.turn);
  const notified = active.some((a) => a.kind === 'notice' && a.by === camp && a.activity === 'strike' && a.area !== null && inArea(a.area, target));
  const unseen = near.some((u) => !known(u));
  const shared = near.length > 0 && near.every((u) => sharedWith(board.crisis, board.turn, camp, u));
  const chance = near.length > 0 && !deliberate ? misidChance(board.crisis.trust, { unseen, notified, shared }) : 0;
  return {
    deliberate, nearRival, unseen, notified, shared, chance,
    provocation: near.length > 0 && !deliberate && !notified && rungOf(board.crisis.escalation.points) >= PROVOCATION_RUNG,
    holdFire: active.find((a) => a.kind === 'hold_fire' && a.bound.includes(camp) && a.area !== null && inArea(a.area, target)) ?? null,
    warned: active.find((a) => a.kind === 'warning' && a.bound.includes(camp) && a.area !== null && inArea(a.area, target)) ?? null,
  };
}


/**
 * The chance a firer reckons when units it cannot see may stand near the target (a view holds no
 * hidden units): `risk`'s chance with the fog added, or, with none seen near, that of unseen units alone.
 */
export function hiddenStrikeChance(risk: StrikeRisk, trust: number): number {
  if (risk.nearRival.length > 0) return clamp(risk.chance + MISID.fog, MISID.min, MISID.max);
  return misidChance(trust, { unseen: true, notified: risk.notified });
}

function uniqueHexes(units: readonly Unit[]): Hex[] {
  const seen = new Set<string>();
  const out: Hex[] = [];
  for (const u of units) {
    const k = hexKey(u.hex);
    if (!seen.has(k)) { seen.add(k); out.push(u.hex); }
  }
  return out;
}

/**
 * Resolves an attack with the crisis rules on top of combat: the same as `resolveAttack` for IS, or
 * when nothing of the other power is near. Mutates `state`.
 */
export function conductAttack(
  scenario: Scenario, state: GameState, dice: Dice, camp: Camp,
  attacker: Unit | null, kind: CombatKind, attack: number, target: Hex, events: GameEvent[],
): void {
  if (!isPower(camp)) { resolveAttack(scenario, state, dice, camp, attacker, kind, attack, target, events); return; }
  const rival = otherPower(camp);
  const risk = strikeRisk(scenario, state, camp, target);
  if (risk.holdFire) breakAgreement(scenario, state, events, risk.holdFire, camp, target, 'agreement_broken');
  if (risk.warned) breakAgreement(scenario, state, events, risk.warned, camp, target, 'warning_ignored');
  const gpIds = new Set(state.units.filter((u) => u.greatPower).map((u) => u.id));
  const fire = (at: Hex): GameEvent[] => {
    const start = events.length;
    resolveAttack(scenario, state, dice, camp, attacker, kind, attack, at, events);
    return events.slice(start);
  };
  // Air strikes leave their author disputed unless announced; ground fire is seen for what it is.
  const victimKnows = kind !== 'air' || risk.notified;
  if (risk.deliberate) {
    const losses = lossesIn(fire(target), rival, gpIds);
    recordIncident(scenario, state, events, { type: 'deliberate_attack', hex: target, cause: camp, victim: rival, victimKnows, losses });
    return;
  }
  if (kind === 'assault' || risk.nearRival.length === 0) { fire(target); return; }
  const roll = dice.roll(100);
  if (roll <= risk.chance) {
    const hit = risk.nearRival[0]!;
    const losses = lossesIn(fire(hit), rival, gpIds);
    recordIncident(scenario, state, events, {
      type: 'misidentified_strike', hex: hit, cause: camp, victim: rival, victimKnows, losses, roll: { value: roll, chance: risk.chance },
    });
    return;
  }
  fire(target);
  if (risk.provocation) {
    recordIncident(scenario, state, events, { type: 'provocation', hex: target, cause: camp, victim: rival, roll: { value: roll, chance: risk.chance } });
  }
}

// Proxies with a will of their own: the SDF, the Syrian army and the militias near the other camp's
// proxies may open fire on their own at the end of their patron's phase, whatever the patron wants.
// The patron may restrain a proxy (an `order` command): it then may not attack, and fires on its own
// far less often. The patron learns of the fire at once; the victim may only suspect who fired. A
// denial of such fire that the victim only suspected is found out at the next face-to-face meeting,
// where maps are shared. Numbers in PROXY_FIRE (crisisRules.ts); rules in docs/escalation.md.
import { type Board, typeOf, unitById } from './board';
import { mutableUnit, ownIncident } from './clone';
import { resolveAttack } from './combat';
import { PROXY_FIRE, TRUST, clamp, rungOf } from './crisisRules';
import { adjustTrust, isPower, lossesIn, otherPower, recordIncident } from './escalation';
import { refuse } from './refusals';
import { type CrisisBoard, sharedWith } from './fog';
import { hexDistance } from './hex';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import type { Camp, EngineError, GameEvent, GameState, OrderCommand, Power, ProxyOrder, Unit } from './types';

/** A power's unit that is not US or Russian personnel: the SDF, the Syrian army, the militias. */
export const isProxy = (u: Unit): boolean => isPower(u.camp) && !u.greatPower;

/** How far a proxy's own fire reaches: beyond this, the chance is 0. */
export const PROXY_REACH = PROXY_FIRE.byDistance.length - 1;

export interface ProxyFireRisk {
  /** Chance in percent that the proxy opens fire on its own at the end of its patron's phase; 0 when none are near. */
  chance: number;
  /** The nearest of the other power's proxies within PROXY_REACH, which it would fire on; null for none. */
  target: Unit | null;
  distance: number;
}

const NONE: ProxyFireRisk = { chance: 0, target: null, distance: 0 };

/** Does `a` at distance `da` come before `b` at `db`: nearer, then by q, r and id. (Module-level: this runs for every proxy at every phase's end.) */
const before = (a: Unit, da: number, b: Unit, db: number): boolean =>
  da !== db ? da < db : a.hex.q !== b.hex.q ? a.hex.q < b.hex.q : a.hex.r !== b.hex.r ? a.hex.r < b.hex.r : a.id < b.id;

/** The other power's nearest proxy within reach of `unit` (then by q, r and id), on the board given. */
function nearestRivalProxy(board: CrisisBoard, unit: Unit): Unit | null {
  if (!isPower(unit.camp)) return null;
  const rival = otherPower(unit.camp);
  let best: Unit | null = null;
  let bestD = Infinity;
  for (const u of board.units) {
    if (u.camp !== rival || u.greatPower) continue;
    const d = hexDistance(u.hex, unit.hex);
    if (d > PROXY_REACH) continue;
    if (best === null || before(u, d, best, bestD)) {
      best = u;
      bestD = d;
    }
  }
  return best;
}

/**
 * The chance that `unit` opens fire on its own, by distance, rung, trust, the other power's shared
 * positions and its patron's order. On the full state it is the truth the engine rolls against; on a
 * view it counts only the proxies the viewer knows of.
 */
export function proxyFireRisk(board: CrisisBoard, unit: Unit): ProxyFireRisk {
  if (!isProxy(unit)) return NONE;
  const target = nearestRivalProxy(board, unit);
  if (!target) return NONE;
  const distance = hexDistance(target.hex, unit.hex);
  const crisis = board.crisis;
  const shared = sharedWith(crisis, board.turn, unit.camp, target);
  let chance = PROXY_FIRE.byDistance[distance]! + PROXY_FIRE.perRung * rungOf(crisis.escalation.points)
    - Math.floor(crisis.trust / PROXY_FIRE.trustDivisor) + (shared ? PROXY_FIRE.shared : 0);
  chance = clamp(chance, PROXY_FIRE.min, PROXY_FIRE.max);
  if (unit.restrained) chance = Math.floor((chance * PROXY_FIRE.restrainedPct) / 100);
  return { chance, target, distance };
}

/**
 * Why the camp whose phase it is may not give `order` to `unit`, or undefined: the rule itself, for
 * applyCommand and the legal-command list alike.
 */
export function orderProblem(board: Board, unit: Unit, order: ProxyOrder): EngineError | undefined {
  if (unit.camp !== board.phase) return refuse('not_your_unit', 'not_your_unit', { unit: unit.name, camp: unit.camp, phase: board.phase }, 'unit');
  if (!isProxy(unit)) {
    return refuse('invalid_order', isPower(unit.camp) ? 'order_great_power' : 'order_not_proxy', { unit: unit.name }, 'unit');
  }
  const restrain = order === 'restrain';
  if (restrain === (unit.restrained === true)) return refuse('invalid_order', restrain ? 'order_already_restrained' : 'order_already_free', { unit: unit.name }, 'order');
  // Restraint costs the turn's initiative: a unit that has fired or assaulted this phase has spent it.
  if (restrain && unit.acted) return refuse('already_acted', 'order_acted', { unit: unit.name }, 'unit');
  return undefined;
}

/** The `order` command: restrains a proxy of the camp whose phase it is, or frees it. Mutates `state`. */
export function orderProxy(state: GameState, cmd: OrderCommand, events: GameEvent[]): EngineError | undefined {
  const unit = unitById(state, cmd.unit);
  if (!unit) return refuse('unknown_unit', 'unknown_unit', { unit: cmd.unit }, 'unit');
  const bad = orderProblem(state, unit, cmd.order);
  if (bad) return bad;
  const restrain = cmd.order === 'restrain';
  const u = mutableUnit(state, unit);
  if (restrain) u.restrained = true;
  else delete u.restrained;
  events.push({ type: 'proxy_order', unit: u.id, camp: u.camp as Power, order: cmd.order });
  return undefined;
}

/**
 * At the end of `camp`'s phase each of its proxies near the other power's rolls for fire of its own,
 * in the order of the units. A hit is a proxy_fire incident blamed on the patron, which knows of it;
 * the victim knows who fired only if the firer's position was shared with it or on an attribution roll.
 */
export function proxyFireCheck(scenario: Scenario, state: GameState, camp: Camp, dice: Dice, events: GameEvent[]): void {
  if (!isPower(camp)) return;
  const rival = otherPower(camp);
  const ids = state.units.filter((u) => u.camp === camp && isProxy(u)).map((u) => u.id);
  for (const id of ids) {
    if (state.status !== 'playing') return;
    const unit = unitById(state, id);
    if (!unit) continue;
    const risk = proxyFireRisk(state, unit);
    if (risk.chance <= 0 || !risk.target) continue;
    const roll = dice.roll(100);
    if (roll > risk.chance) continue;
    const target = { ...risk.target.hex };
    const gpIds = new Set(state.units.filter((u) => u.greatPower).map((u) => u.id));
    const start = events.length;
    resolveAttack(scenario, state, dice, camp, unit, 'fire', typeOf(scenario, unit).attack * unit.strength, target, events);
    const losses = lossesIn(events.slice(start), rival, gpIds);
    const knows = sharedWith(state.crisis, state.turn, rival, unit) || dice.roll(100) <= PROXY_FIRE.attributedPct;
    recordIncident(scenario, state, events, {
      type: 'proxy_fire', hex: target, cause: camp, victim: rival, victimKnows: knows, losses, roll: { value: roll, chance: risk.chance }, unit: id,
    });
  }
}

/**
 * A face-to-face meeting shares maps: a denied proxy_fire that the victim only suspected is found out
 * (the denial exposed, TRUST.exposed, and a false_denial incident), however long ago it was.
 */
export function exposeAtMeeting(scenario: Scenario, state: GameState, events: GameEvent[]): void {
  for (const found of state.crisis.incidents) {
    const { victim, cause } = found;
    if (found.type !== 'proxy_fire' || found.status !== 'denied' || cause === null || victim === null) continue;
    if (found.knowledge[victim] !== 'suspects') continue;
    ownIncident(state.crisis, found.id)!.knowledge[victim] = 'knows';
    events.push({ type: 'denial_exposed', incident: found.id, by: cause });
    adjustTrust(state, events, TRUST.exposed, `${cause}'s denial of ${found.id} was exposed when maps were shared`);
    recordIncident(scenario, state, events, { type: 'false_denial', hex: found.hex, cause, victim });
  }
}

// How an AI power handles its proxies' will of their own (src/engine/proxies.ts): which it restrains
// (a restrained proxy may not attack, but fires on its own far less often), and what it says on the
// line about proxy fire, in the words of September 2017 (docs/history.md, the source report of 22 Sep).
import {
  type Command, type GameView, type MessageBody, type Power, type Scenario, type Unit, hostile, isProxy, proxyFireRisk, rungOf,
} from '../engine';
import { ASSAULT_MIN_COLUMN, type PhaseMemory, hasHostileTarget } from './common';
import { SDF_DENIAL } from './remarks';

/**
 * Which proxies a doctrine restrains: those with no IS target within `idle` hexes of the other
 * power's proxies; from rung `allRung` up (or for two turns after one of its own proxies fired on
 * its own) every one within `all` hexes, fighting or not; from rung `fullRung` up every one within
 * reach of the other power's proxies. 0 hexes restrains none of that kind.
 */
export interface RestraintProfile { idle: number; all: number; allRung: number; fullRung: number }

/** Turns after its proxy fired on its own that a patron keeps every near proxy on a short leash. */
export const LESSON_TURNS = 2;

/** `unit` as if free: the unit itself when it is (a copy with `delete` would slow every later read of it). */
function freed(unit: Unit): Unit {
  if (!unit.restrained) return unit;
  const { restrained: _order, ...free } = unit;
  return free;
}

/** A proxy with something to attack (fire at any odds, an assault at the campaign's odds) is not idle. */
function fighting(scenario: Scenario, view: GameView, free: Unit): boolean {
  if (!view.units.some((u) => hostile(u.camp, free.camp))) return false;
  return hasHostileTarget(scenario, view, free, ASSAULT_MIN_COLUMN);
}

/** Should `unit` be restrained now, by `profile`? */
export function wantsRestraint(scenario: Scenario, view: GameView, camp: Power, unit: Unit, profile: RestraintProfile): boolean {
  // Its own order changes only the chance, not the target and distance asked about here.
  const risk = proxyFireRisk(view, unit);
  if (risk.target === null) return false;
  const rung = rungOf(view.crisis.escalation.points);
  if (rung >= profile.fullRung) return true;
  const lesson = view.crisis.incidents.some((i) => i.type === 'proxy_fire' && i.cause === camp && i.turn > view.turn - LESSON_TURNS);
  if ((lesson || rung >= profile.allRung) && risk.distance <= profile.all) return true;
  return risk.distance <= profile.idle && !fighting(scenario, view, freed(unit));
}

/** The next order to give a proxy this phase, before any unit acts; undefined for none. Each unit gets one at most a phase. */
export function nextOrder(scenario: Scenario, view: GameView, camp: Power, profile: RestraintProfile | undefined, memory: PhaseMemory): Command | undefined {
  if (!profile) return undefined;
  for (const unit of view.units) {
    if (unit.camp !== camp || !isProxy(unit) || memory.ordered.has(unit.id) || memory.done.has(unit.id)) continue;
    // A free unit that has acted gets no order either way (it may not be restrained now): skip the reckoning.
    if (unit.acted && unit.restrained !== true) continue;
    const want = wantsRestraint(scenario, view, camp, unit, profile);
    if (want === (unit.restrained === true) || (want && unit.acted)) continue;
    memory.ordered.add(unit.id);
    return { type: 'order', unit: unit.id, order: want ? 'restrain' : 'free' };
  }
  return undefined;
}

/** Abu Khawla (SDF Deir ez-Zor Military Council), quoted in the source report of 22 Sep 2017 and on 21 Sep. */
export { SDF_DENIAL };
/**
 * Russia's complaint of 21 Sep 2017 (Maj-Gen Konashenkov, Russian MoD): its forces were fired on from
 * areas where the SDF are; such firing positions would be "immediately suppressed". Only the last two words are his.
 */
export const RUSSIAN_PROTEST = 'Our forces were fired on from areas where SDF units are located. Such firing positions will be "immediately suppressed".';

/**
 * The AI's own words with a call about proxy fire: the coalition denies it as the SDF commander did,
 * Russia protests it as its ministry did. Undefined for every other call.
 */
export function proxyRemark(view: GameView, camp: Power, body: MessageBody): string | undefined {
  const incidentId = body.kind === 'protest' ? body.incident
    : body.kind === 'deny' ? view.crisis.messages.find((m) => m.id === body.to)?.body : undefined;
  const id = typeof incidentId === 'string' ? incidentId : incidentId?.kind === 'protest' ? incidentId.incident : undefined;
  const incident = id === undefined ? undefined : view.crisis.incidents.find((i) => i.id === id);
  if (!incident || incident.type !== 'proxy_fire') return undefined;
  if (body.kind === 'deny' && camp === 'coalition') return SDF_DENIAL;
  if (body.kind === 'protest' && camp === 'russia') return RUSSIAN_PROTEST;
  return undefined;
}

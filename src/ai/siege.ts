// Sieges: a unit next to a town IS holds that it cannot yet assault stays there, so that the town
// stays in sight (the air and the guns keep wearing its garrison down) and its garrison stays pinned,
// instead of walking off to the next objective and back. A few units besiege a town; the rest move on.
import { type GameView, type Hex, type Scenario, type Unit, defenceOf, hexDistance, hexKey, hostile, isCarBomb, typeOf } from '../engine';

/** Units of a camp that besiege one town; more move on to other objectives. */
export const BESIEGERS = 2;
/** A unit besieges only with no unit of the other power this close. */
const RIVAL_CLEARANCE = 3;

/** Is `h` an objective IS holds with a garrison in it? */
function garrisoned(scenario: Scenario, view: GameView, camp: Unit['camp'], h: Hex): boolean {
  return view.units.some((u) => hostile(u.camp, camp) && u.hex.q === h.q && u.hex.r === h.r && !isCarBomb(scenario, u));
}

/**
 * The town `unit` besieges, if any: an IS-held, garrisoned objective next to it (not across a river
 * side), where it is among the first BESIEGERS of its camp next to that town.
 */
export function besieged(scenario: Scenario, view: GameView, unit: Unit): Hex | undefined {
  if (unit.greatPower || typeOf(scenario, unit).range > 1) return undefined;
  // Not with the other power close by: a unit standing still is what its strikes hit by mistake.
  if (view.units.some((u) => u.camp !== unit.camp && !hostile(u.camp, unit.camp) && hexDistance(u.hex, unit.hex) <= RIVAL_CLEARANCE)) return undefined;
  for (const o of scenario.objectives) {
    if (view.control[o.id] !== 'is' || hexDistance(o.hex, unit.hex) !== 1 || scenario.map.riverBetween(unit.hex, o.hex)) continue;
    if (garrisoned(scenario, view, unit.camp, o.hex) && nextTo(scenario, view, unit.camp, o.hex).slice(0, BESIEGERS).includes(unit)) return o.hex;
  }
  return undefined;
}

/** The camp's units (not personnel, not guns) next to the town at `h`, on its side of the river. */
function nextTo(scenario: Scenario, view: GameView, camp: Unit['camp'], h: Hex): Unit[] {
  return view.units.filter((u) => u.camp === camp && !u.greatPower && typeOf(scenario, u).range <= 1
    && hexDistance(u.hex, h) === 1 && !scenario.map.riverBetween(u.hex, h));
}

/** An IS-held town that BESIEGERS of the camp's units already stand next to: the others need not come. */
export function fullyBesieged(scenario: Scenario, view: GameView, camp: Unit['camp'], h: Hex): boolean {
  return garrisoned(scenario, view, camp, h) && nextTo(scenario, view, camp, h).length >= BESIEGERS;
}

/** `unit` stands next to a fully besieged town without being one of its besiegers: it should move on. */
export function spareBesieger(scenario: Scenario, view: GameView, unit: Unit): boolean {
  return scenario.objectives.some((o) => view.control[o.id] === 'is' && hexDistance(o.hex, unit.hex) === 1
    && fullyBesieged(scenario, view, unit.camp, o.hex) && !nextTo(scenario, view, unit.camp, o.hex).slice(0, BESIEGERS).includes(unit));
}

/**
 * What striking the town at `h` is worth to `camp`: its points per point of defence left, so fire goes
 * where a town is nearest to falling rather than on a dug-in city; and only a town IS holds with the
 * camp's troops next to it, ready to go in when the garrison is worn down (else 0).
 */
export function siegeWorth(scenario: Scenario, view: GameView, camp: Unit['camp'], h: Hex): number {
  const o = scenario.objectiveAt.get(hexKey(h));
  if (!o || view.control[o.id] !== 'is' || nextTo(scenario, view, camp, h).length === 0) return 0;
  return Math.floor((o.points * 100) / Math.max(1, defenceOf(scenario, view, h)));
}

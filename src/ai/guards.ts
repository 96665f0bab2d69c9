// Who guards what: how many guards an objective under threat wants, whether the other power could
// assault a stack at good odds, and when a camp gives an objective up rather than hold it in
// contact. Read from one camp's view only; used by the campaign AIs (powers.ts).
import {
  type Camp, type GameView, type Hex, type Scenario, type Unit, defenceAt, hexDistance, hexKey, isPower, oddsFor, otherPower, rungOf, typeOf,
} from '../engine';
import { ASSAULT_MIN_COLUMN } from './common';

/** Units of IS or the other power this close to an objective we hold make it threatened. */
const THREAT_DISTANCE = 3;

/** The defence of a fresh infantry unit, reckoned for a guard not yet on the hex. */
const GUARD_DEFENCE = 6;

/**
 * Guards an objective at `h` wants: one while IS or the other power's units are within
 * THREAT_DISTANCE, two (with `double`) while one of the other power's there could assault a single
 * guard at good odds (3:2), since a full stack is too strong for it.
 */
export function guardsWanted(scenario: Scenario, view: GameView, camp: Camp, h: Hex, double: boolean): number {
  let want = 0;
  let single: number | undefined;
  for (const u of view.units) {
    if (u.camp === camp || hexDistance(u.hex, h) > THREAT_DISTANCE) continue;
    want = Math.max(want, 1);
    if (!double || u.camp === 'is') continue;
    const type = typeOf(scenario, u);
    if (type.range > 1) continue;
    if (single === undefined) {
      let strongest = 0;
      for (const g of view.units) {
        if (g.camp === camp && !g.greatPower && g.hex.q === h.q && g.hex.r === h.r) strongest = Math.max(strongest, typeOf(scenario, g).defence * g.strength);
      }
      const raw = strongest || GUARD_DEFENCE;
      single = defenceAt(scenario, h, raw);
    }
    if (oddsFor('assault', type.attack * u.strength, single).column >= ASSAULT_MIN_COLUMN) return 2;
  }
  return want;
}

/** The other power's units that could assault: those that fight at close range. */
export function assailants(scenario: Scenario, view: GameView, camp: Camp): Unit[] {
  if (!isPower(camp)) return [];
  const rival = otherPower(camp);
  return view.units.filter((r) => r.camp === rival && typeOf(scenario, r).range === 1 && typeOf(scenario, r).attack > 0);
}

/**
 * Could a unit of the other power next to `h` assault `camp`'s stack there at good odds (3:2), with
 * `join` standing there too? (It assaults from where it stands: a unit that moves is done.)
 */
export function assailable(scenario: Scenario, view: GameView, camp: Camp, h: Hex, join?: Unit, rivals = assailants(scenario, view, camp)): boolean {
  let defence = -1;
  for (const r of rivals) {
    if (hexDistance(r.hex, h) !== 1) continue;
    const type = typeOf(scenario, r);
    if (defence < 0) {
      let raw = join && (join.hex.q !== h.q || join.hex.r !== h.r) ? typeOf(scenario, join).defence * join.strength : 0;
      for (const u of view.units) if (u.camp === camp && u.hex.q === h.q && u.hex.r === h.r) raw += typeOf(scenario, u).defence * u.strength;
      defence = defenceAt(scenario, h, raw);
    }
    if (oddsFor('assault', type.attack * r.strength, defence).column >= ASSAULT_MIN_COLUMN) return true;
  }
  return false;
}

/** From `rung` up, is `h` in contact with the other power's units? */
export function inContactHigh(scenario: Scenario, view: GameView, camp: Camp, h: Hex, rung: number | undefined): boolean {
  if (rung === undefined || !isPower(camp) || rungOf(view.crisis.escalation.points) < rung) return false;
  const rival = otherPower(camp);
  const reach = scenario.data.crisis.contactDistance;
  return view.units.some((u) => u.camp === rival && hexDistance(u.hex, h) <= reach);
}

/** Is `unit` a guard of a threatened objective its camp holds? */
export function isGuard(scenario: Scenario, view: GameView, unit: Unit, double: boolean, yieldExposed = false): boolean {
  const obj = scenario.objectiveAt.get(hexKey(unit.hex));
  if (!obj || view.control[obj.id] !== unit.camp) return false;
  if (yieldExposed && attackedBy(view, unit.camp) && exposed(scenario, view, unit.camp, obj.hex)) return false;
  const want = guardsWanted(scenario, view, unit.camp, obj.hex, double);
  if (want === 0) return false;
  // Proxies guard before great-power personnel, whose losses weigh more on the ladder.
  // The unit's place in that order, counted without building it.
  let place = 0;
  for (const u of view.units) {
    if (u === unit) break;
    if (u.camp === unit.camp && u.hex.q === unit.hex.q && u.hex.r === unit.hex.r && u.greatPower === unit.greatPower) place++;
  }
  if (unit.greatPower) for (const u of view.units) if (u.camp === unit.camp && u.hex.q === unit.hex.q && u.hex.r === unit.hex.r && !u.greatPower) place++;
  return place < want;
}

/**
 * Has the other power struck `camp`'s forces on purpose from the air (a deliberate attack whose author
 * `camp` only suspects: ground fire is seen for what it is)? Against strikes, a garrison is only a
 * target; against assaults, a full stack deters.
 */
export const attackedBy = (view: GameView, camp: Camp): boolean =>
  isPower(camp) && view.crisis.incidents.some((i) => i.type === 'deliberate_attack' && i.victim === camp && i.knowledge[camp] === 'suspects');

/** An objective at `h` next to one the other power holds, or with two of its units within 2 hexes: a target for it. */
export function exposed(scenario: Scenario, view: GameView, camp: Camp, h: Hex): boolean {
  if (!isPower(camp)) return false;
  const rival = otherPower(camp);
  if (scenario.objectives.some((o) => view.control[o.id] === rival && hexDistance(o.hex, h) === 1)) return true;
  return view.units.filter((u) => u.camp === rival && hexDistance(u.hex, h) <= 2).length >= 2;
}

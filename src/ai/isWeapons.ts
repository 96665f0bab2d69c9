// The IS AI's car bombs and minefields. A car bomb drives at the target worth most (great-power
// troops and big stacks near the towns IS holds) at odds that give it an even chance, and blows up
// there; a garrison with an enemy in sight mines the approach the enemy is coming by.
import {
  type Command, type GameView, type Hex, type Scenario, type Unit, defenceOf, hexDistance, hexKey, hexNeighbors, hostile,
  mineSites, movementRange, oddsFor, typeOf,
} from '../engine';

/** A car bomb strikes only at this chance or better of hurting the target (1:1 and up). */
const BOMB_MIN_HIT_PCT = 50;
/** Great-power troops are worth this many local fighters to IS. */
const GREAT_POWER_WEIGHT = 3;
/** Targets this close to a town IS holds count double: they are the ones about to take it. */
const NEAR_TOWN = 2;
/** A garrison lays a field when an enemy is within this many hexes of it. */
const MINE_ALERT = 5;

interface Strike { at: Hex; target: Hex; score: number; cost: number }

function targetValue(scenario: Scenario, view: GameView, camp: Unit['camp'], h: Hex): number {
  let value = 0;
  for (const u of view.units) {
    if (u.hex.q === h.q && u.hex.r === h.r && hostile(u.camp, camp)) value += u.strength * (u.greatPower ? GREAT_POWER_WEIGHT : 1);
  }
  const nearTown = scenario.objectives.some((o) => view.control[o.id] === camp && hexDistance(o.hex, h) <= NEAR_TOWN);
  return nearTown ? value * 2 : value;
}

/** The best blast the bomb can set off from `at`, if any reaches BOMB_MIN_HIT_PCT. */
function bestFrom(
  scenario: Scenario, view: GameView, unit: Unit, at: Hex, cost: number, best: Strike | undefined, hostiles: readonly Unit[],
): Strike | undefined {
  // Most places of a drive are next to no target: a cheap test before the neighbours.
  if (!hostiles.some((u) => hexDistance(u.hex, at) === 1)) return best;
  const attack = typeOf(scenario, unit).attack * unit.strength;
  for (const h of hexNeighbors(at)) {
    if (!hostiles.some((u) => u.hex.q === h.q && u.hex.r === h.r) || scenario.map.riverBetween(at, h)) continue;
    const odds = oddsFor('car_bomb', attack, defenceOf(scenario, view, h));
    if (odds.hitPct < BOMB_MIN_HIT_PCT) continue;
    const score = odds.hitPct * targetValue(scenario, view, unit.camp, h);
    if (!best || score > best.score || (score === best.score && cost < best.cost)) best = { at, target: h, score, cost };
  }
  return best;
}

/**
 * A car bomb's next order: blow up next to it, or drive (before it has moved) to where it can, or
 * nothing. A drive is followed by the blast when the policy asks again.
 */
export function carBombOrder(scenario: Scenario, view: GameView, unit: Unit): Command | undefined {
  if (unit.acted) return undefined;
  const hostiles = view.units.filter((u) => hostile(u.camp, unit.camp));
  const here = bestFrom(scenario, view, unit, unit.hex, 0, undefined, hostiles);
  if (here) return { type: 'attack', unit: unit.id, target: here.target };
  if (unit.mp < typeOf(scenario, unit).movement) return undefined;
  if (!hostiles.some((u) => hexDistance(u.hex, unit.hex) <= unit.mp + 1)) return undefined;
  let best: Strike | undefined;
  for (const d of movementRange(scenario, view, unit.id).values()) best = bestFrom(scenario, view, unit, d.hex, d.cost, best, hostiles);
  return best ? { type: 'move', unit: unit.id, to: best.at } : undefined;
}

/** A garrison of a town IS holds, with an enemy near, mines the neighbouring hex nearest that enemy (one field per town). */
export function mineOrder(scenario: Scenario, view: GameView, unit: Unit): Command | undefined {
  if (view.mines.stock <= 0) return undefined;
  const town = scenario.objectiveAt.get(hexKey(unit.hex));
  if (!town || view.control[town.id] !== unit.camp) return undefined;
  const fields = [...view.mines.hidden, ...view.mines.known];
  if (hexNeighbors(unit.hex).some((h) => fields.includes(hexKey(h)))) return undefined;
  const enemies = view.units.filter((u) => hostile(u.camp, unit.camp) && hexDistance(u.hex, unit.hex) <= MINE_ALERT);
  if (enemies.length === 0) return undefined;
  const gap = (h: Hex): number => Math.min(...enemies.map((e) => hexDistance(e.hex, h)));
  const sites = mineSites(scenario, view, unit)
    .filter((h) => hexDistance(h, unit.hex) === 1 && !scenario.objectiveAt.has(hexKey(h)))
    .sort((a, b) => gap(a) - gap(b) || a.q - b.q || a.r - b.r);
  return sites[0] ? { type: 'lay_mine', unit: unit.id, at: sites[0] } : undefined;
}

// Threat ranges: where the other camps' units a camp can see could move, and what they could attack,
// in their next phase. Read from the camp's own view only (its fog): unseen units add nothing, and seen
// units' moves are reckoned against what the camp sees. Each unit as if fresh: full movement, not yet acted.
import { type Board, typeOf } from './board';
import type { Camp } from './types';
import { type Hex, type HexKey, hexKey, hexRange } from './hex';
import { movementRange } from './movement';
import type { Scenario } from './scenario';

export interface CampThreat {
  /** Hexes its seen units could end a move in (where they stand included). */
  move: Set<HexKey>;
  /** Hexes they could attack or fire on, from any of those (move hexes included when in reach). */
  attack: Set<HexKey>;
}

/** The threat of each other camp with a unit in `board` (a view of `camp`), by camp. */
export function threatRanges(scenario: Scenario, board: Board, camp: Camp): Partial<Record<Camp, CampThreat>> {
  const out: Partial<Record<Camp, CampThreat>> = {};
  for (const unit of board.units) {
    if (unit.camp === camp) continue;
    const type = typeOf(scenario, unit);
    const fresh = { ...unit, mp: type.movement, acted: false };
    const asIfFresh: Board = { ...board, units: board.units.map((u) => (u === unit ? fresh : u)) };
    const t = (out[unit.camp] ??= { move: new Set(), attack: new Set() });
    const ends: Hex[] = [unit.hex, ...[...movementRange(scenario, asIfFresh, unit.id).values()].map((d) => d.hex)];
    for (const h of ends) t.move.add(hexKey(h));
    if (type.attack <= 0) continue;
    const fire = type.range > 1;
    for (const from of ends) {
      for (const h of hexRange(from, type.range)) {
        if (h.q === from.q && h.r === from.r) continue;
        if (!scenario.map.isOnMap(h)) continue;
        // An assault never goes across a river side (inReach).
        if (!fire && scenario.map.riverBetween(from, h)) continue;
        t.attack.add(hexKey(h));
      }
    }
  }
  return out;
}

// Where on the map an event happened, so its log line or summary line can take the player there.
// Works from the events the player was handed (already fogged): a path cut by the fog ends where
// the player lost sight of it, never where the unit really went.
import type { GameEvent, Hex, Scenario } from '../engine/core';

export interface PlaceContext {
  scenario: Scenario;
  /** Where an incident happened (the player's view of it). */
  incidentAt?(id: string): Hex | undefined;
}

export function eventHex(e: GameEvent, ctx: PlaceContext): Hex | undefined {
  switch (e.type) {
    case 'unit_moved': return e.path[e.path.length - 1];
    case 'combat': return e.target;
    case 'unit_destroyed': case 'pontoon_built': case 'mine_laid': case 'mine_exploded': return e.hex;
    case 'unit_advanced': return e.to;
    case 'move_interrupted': return e.at;
    case 'car_bomb_detonated': return e.target;
    case 'objective_captured': return ctx.scenario.objectives.find((o) => o.id === e.objective)?.hex;
    case 'incident': return e.incident.hex;
    case 'escalation_changed': return e.incident ? ctx.incidentAt?.(e.incident) : undefined;
    case 'agreement_violated': case 'denial_exposed': case 'incident_ruled': return ctx.incidentAt?.(e.incident);
    case 'message_sent': return 'area' in e.message.body ? e.message.body.area.centre : undefined;
    default: return undefined;
  }
}


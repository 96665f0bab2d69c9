// What a camp may know of the events of one command: the one rule, used live (the match) and in
// replays (the viewer) alike. `before` and `after` are the camp's views around the command.
import { type Camp, type GameEvent, type GameView, type Incident, type Viewer, hexKey, incidentFor } from '../engine/core';

/**
 * The events `viewer` may see: all of them for the all-seeing viewer; for a camp, its own and the
 * public ones, and of another camp's only those about units it saw before or after the command.
 */
export function eventsSeenBy(
  viewer: Viewer, before: GameView, after: GameView, incidents: readonly Incident[], events: readonly GameEvent[],
): GameEvent[] {
  if (viewer === 'all') return [...events];
  const camp: Camp = viewer;
  const ids = new Set<string>();
  for (const u of before.units) ids.add(u.id);
  for (const u of after.units) ids.add(u.id);
  const seenHexes = new Set([...before.visible, ...after.visible]);
  const mine = (c: Camp): boolean => c === camp;
  // Fire whose author this camp only suspects (a disputed strike) is told by its incident alone:
  // the combat event would name the striker's camp.
  const disputed = new Set(events.flatMap((e) =>
    e.type === 'incident' && incidentFor(e.incident, camp).cause === null && e.incident.cause !== null ? [hexKey(e.incident.hex)] : []));
  return events.flatMap((e): GameEvent[] => {
    switch (e.type) {
      case 'unit_moved': {
        if (mine(e.camp)) return [e];
        // Another camp's path is cut to the hexes the camp could see.
        const path = e.path.filter((h) => seenHexes.has(hexKey(h)));
        return ids.has(e.unit) ? [{ ...e, path }] : [];
      }
      case 'unit_hit': case 'unit_destroyed': case 'unit_advanced': case 'move_interrupted': case 'mine_exploded':
        return mine(e.camp) || ids.has(e.unit) ? [e] : [];
      // IS's fields are secret until one goes off.
      case 'mine_laid': case 'proxy_order': return mine(e.camp) ? [e] : []; // a patron's orders are its own
      case 'car_bomb_detonated':
        return mine(e.camp) || ids.has(e.unit) || seenHexes.has(hexKey(e.target)) ? [e] : [];
      case 'combat': {
        if (!mine(e.camp) && e.kind !== 'assault' && disputed.has(hexKey(e.target))) return [];
        // Names of unseen attackers or defenders are dropped, never passed on.
        const attacker = e.attacker !== null && (mine(e.camp) || ids.has(e.attacker)) ? e.attacker : null;
        const defenders = e.defenders.filter((d) => ids.has(d));
        return mine(e.camp) || attacker !== null || defenders.length > 0 ? [{ ...e, attacker, defenders }] : [];
      }
      case 'incident':
        // The victim of a disputed incident never learns an author it only suspects.
        return [{ ...e, incident: incidentFor(e.incident, camp) }];
      case 'escalation_changed': {
        const incident = e.incident ? incidents.find((i) => i.id === e.incident) : undefined;
        return incident && incidentFor(incident, camp).cause === null ? [{ ...e, by: null }] : [e];
      }
      case 'inject_fired':
        // Control's notes can name hexes of units this camp cannot see.
        return [{ ...e, inject: { ...e.inject, notes: [] } }];
      case 'reinforcements_arrived': {
        const units = e.units.filter((u) => mine(e.camp) || ids.has(u));
        return units.length > 0 ? [{ ...e, units }] : [];
      }
      default:
        return [e];
    }
  });
}

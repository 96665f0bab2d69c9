// Control's ruling on a disputed incident (docs/escalation.md, "Control's rulings"): it attributes
// the incident to a power, or declares it an accident. Public, once per incident, and it moves the
// numbers: an accident takes heat out of the crisis, an attribution costs trust.
import { ownIncident } from './clone';
import { LOWER, TRUST } from './crisisRules';
import { adjustTrust, lower } from './escalation';
import { refuse } from './refusals';
import type { EngineError, GameEvent, GameState, RulingCommand } from './types';

export function ruleOnIncident(state: GameState, cmd: RulingCommand, events: GameEvent[]): EngineError | undefined {
  const found = state.crisis.incidents.find((i) => i.id === cmd.incident);
  if (!found) return refuse('unknown_incident', 'unknown_incident', { incident: cmd.incident }, 'incident');
  if (found.ruling) {
    return (found.ruling.finding === 'accident'
      ? refuse('invalid_ruling', 'ruled_accident', { incident: found.id, turn: found.ruling.turn }, 'incident')
      : refuse('invalid_ruling', 'ruled_camp', { incident: found.id, camp: found.ruling.finding, turn: found.ruling.turn }, 'incident'));
  }
  if (cmd.finding === found.victim) return refuse('invalid_ruling', 'ruling_victim', { incident: found.id, camp: cmd.finding }, 'finding');
  const incident = ownIncident(state.crisis, found.id)!;
  incident.ruling = { finding: cmd.finding, turn: state.turn };
  events.push({ type: 'incident_ruled', incident: incident.id, finding: cmd.finding, turn: state.turn });
  if (cmd.finding === 'accident') {
    lower(state, events, LOWER.ruledAccident, { cause: `Control ruled incident ${incident.id} an accident`, by: null, incident: incident.id });
    adjustTrust(state, events, TRUST.ruledAccident, `Control ruled incident ${incident.id} an accident`);
  } else {
    adjustTrust(state, events, TRUST.ruledAttributed, `Control attributed incident ${incident.id} to ${cmd.finding}`);
  }
  return undefined;
}

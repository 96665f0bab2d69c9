// Control's ruling on a disputed incident (docs/escalation.md, "Control's rulings"): it attributes
// the incident to a power, or declares it an accident. Public, once per incident, and it moves the
// numbers: an accident takes heat out of the crisis, an attribution costs trust.
import { ownIncident } from './clone';
import { LOWER, TRUST } from './crisisRules';
import { adjustTrust, lower } from './escalation';
import { fail } from './fail';
import type { EngineError, GameEvent, GameState, RulingCommand } from './types';

export function ruleOnIncident(state: GameState, cmd: RulingCommand, events: GameEvent[]): EngineError | undefined {
  const found = state.crisis.incidents.find((i) => i.id === cmd.incident);
  if (!found) return fail('unknown_incident', `no incident "${cmd.incident}"`, 'incident');
  if (found.ruling) {
    return fail('invalid_ruling', `incident ${found.id} was already ruled ${found.ruling.finding === 'accident' ? 'an accident' : `${found.ruling.finding}'s`} on turn ${found.ruling.turn}`, 'incident');
  }
  if (cmd.finding === found.victim) return fail('invalid_ruling', `${cmd.finding} is the victim of incident ${found.id}, not its author`, 'finding');
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

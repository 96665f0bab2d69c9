// A content hash of a scenario and its map, so a replay names exactly the data it was played on.
// The powers' doctrines are left out: they steer only the AI, and a replay needs no AI.
import { type Scenario, hashString, canonicalJson } from '../engine';

export function scenarioHash(scenario: Scenario): string {
  const { crisis, ...rest } = scenario.data;
  const { doctrine: _doctrine, ...crisisRules } = crisis;
  return hashString(canonicalJson({ scenario: { ...rest, crisis: crisisRules }, map: scenario.map.data }));
}

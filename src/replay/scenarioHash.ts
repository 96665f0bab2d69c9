// A content hash of a scenario and its map, so a replay names exactly the data it was played on.
// The powers' doctrines are left out: they steer only the AI, and a replay needs no AI. The injects
// are left out too: only a replay that fires one depends on it, and the fired inject (its title,
// text and effect) is then in the state that the replay's checkpoints hash, so changed inject data
// shows as a desync at the inject while replays without injects stay valid when the list changes.
// The authoring metadata (classMinutes, banks), the story (briefing and debrief words) and the map's
// opening centre are left out: no rule reads them.
import { type Scenario, hashString, canonicalJson } from '../engine/core';

export function scenarioHash(scenario: Scenario): string {
  const { crisis, injects: _injects, classMinutes: _minutes, banks: _banks, story: _story, centre: _centre, ...rest } = scenario.data;
  const { doctrine: _doctrine, ...crisisRules } = crisis;
  return hashString(canonicalJson({ scenario: { ...rest, crisis: crisisRules }, map: scenario.map.data }));
}

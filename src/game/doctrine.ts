// The opponent's doctrine chosen in the menu. The AI reads scenario.data.crisis.doctrine[camp], so the
// session plays a copy of the scenario with the AI power's doctrine replaced: no AI code needs to know.
import { type Doctrine, type Power, type Scenario, otherPower } from '../engine/core';

/** The doctrine the scenario gives the power the AI plays against `camp`. */
export function defaultDoctrine(scenario: Scenario, camp: Power): Doctrine {
  return scenario.data.crisis.doctrine[otherPower(camp)];
}

/** The scenario with the AI power's (the other power's) doctrine set; the same object if unchanged. */
export function withOpponentDoctrine(scenario: Scenario, camp: Power, doctrine: Doctrine): Scenario {
  const ai = otherPower(camp);
  if (scenario.data.crisis.doctrine[ai] === doctrine) return scenario;
  const crisis = { ...scenario.data.crisis, doctrine: { ...scenario.data.crisis.doctrine, [ai]: doctrine } };
  return { ...scenario, data: { ...scenario.data, crisis } };
}

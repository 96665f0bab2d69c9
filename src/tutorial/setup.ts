// The tutorial's fixed game: its scenario file (checked on load like every scenario), its seed, and
// the units and hexes its steps name, checked against that scenario so a step never points at nothing.
import { type Hex, type Scenario, hexDistance, hexKey } from '../engine';
import { checkedScenario } from '../checkedData';
import tutorialData from '../../assets/scenarios/tutorial-2017.json';
import middleEuphrates from '../../assets/maps/middle-euphrates.json';

export interface SetupError { path: string; message: string }

/** What the steps name: the player's units and the hexes to act on. */
export interface TutorialSetup {
  /** The seed: with the steps done in order the dice always fall the same way (tutorial.test.ts). */
  seed: string;
  camp: 'coalition';
  units: { infantry: string; guns: string; mobile: string };
  hexes: { moveTo: Hex; assault: Hex; fireAt: Hex; strikeAt: Hex; mobileTo: Hex };
}

export const TUTORIAL_SETUP: TutorialSetup = {
  seed: 'tutorial-3',
  camp: 'coalition',
  units: { infantry: 'elite', guns: 'us-guns', mobile: 'sdf-mobile' },
  hexes: {
    moveTo: { q: 4, r: 19 }, assault: { q: 4, r: 20 }, fireAt: { q: 3, r: 21 }, strikeAt: { q: 2, r: 20 }, mobileTo: { q: 7, r: 15 },
  },
};

/** Where the setup disagrees with the scenario, each error naming the setup's field. */
export function checkSetup(scenario: Scenario, setup: TutorialSetup): SetupError[] {
  const errors: SetupError[] = [];
  const unitAt = new Map(scenario.data.units.map((u) => [u.id, u]));
  for (const [role, id] of Object.entries(setup.units)) {
    const u = unitAt.get(id);
    if (!u) errors.push({ path: `tutorial.units.${role}`, message: `no unit "${id}" in scenario ${scenario.id}` });
    else if (u.camp !== setup.camp) errors.push({ path: `tutorial.units.${role}`, message: `"${id}" is ${u.camp}'s, not the player's (${setup.camp})` });
  }
  const isAt = (h: Hex): boolean => scenario.data.units.some((u) => u.camp === 'is' && u.hex[0] === h.q && u.hex[1] === h.r);
  for (const [name, h] of Object.entries(setup.hexes)) {
    if (!scenario.map.isOnMap(h)) errors.push({ path: `tutorial.hexes.${name}`, message: `hex ${hexKey(h)} is off the map` });
  }
  for (const name of ['assault', 'fireAt', 'strikeAt'] as const) {
    if (!isAt(setup.hexes[name])) errors.push({ path: `tutorial.hexes.${name}`, message: `no IS unit at ${hexKey(setup.hexes[name])}` });
  }
  if (hexDistance(setup.hexes.moveTo, setup.hexes.assault) !== 1) errors.push({ path: 'tutorial.hexes.moveTo', message: 'must be next to the hex to assault' });
  return errors;
}

let cached: Scenario | undefined;

/** The tutorial's scenario, loaded and checked once. Throws only if the shipped files are broken. */
export function tutorialScenario(): Scenario {
  if (cached) return cached;
  const scenario = checkedScenario('the tutorial', tutorialData, middleEuphrates);
  const errors = checkSetup(scenario, TUTORIAL_SETUP);
  if (errors.length > 0) throw new Error(`the tutorial is invalid:\n${errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  return (cached = scenario);
}

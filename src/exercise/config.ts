// A class exercise's settings: the scenario and seed every group shares, who plays each power (a
// human team or the AI with a doctrine; IS is always the AI), whether Control takes part, and which
// of the scenario's injects are on (they fire by themselves at the start of their turn).
import { DOCTRINES, type Doctrine, type Power, type Scenario } from '../engine';
import type { ControlLock } from './passcode';

export type TeamSetting = 'human' | Doctrine;

export interface ExerciseConfig {
  scenario: string;
  seed: string;
  teams: Record<Power, TeamSetting>;
  control: boolean;
  /** Ids of the scenario's injects that are on. */
  injects: string[];
  /** Control's passcode, salted and hashed: set in the setup, kept in the save, never in the code or link. */
  controlLock?: ControlLock;
}

export const TEAM_SETTINGS: readonly TeamSetting[] = ['human', ...DOCTRINES];
export const SEED_MAX = 64;

/** The powers human teams play, in the scenario's phase order. */
export function humanTeams(scenario: Scenario, config: ExerciseConfig): Power[] {
  return scenario.data.phaseOrder.filter((c): c is Power => c !== 'is' && config.teams[c as Power] === 'human');
}

/** What a session needs to know of an exercise: the teams' camps, the doctrines, the hot-seat handovers, the injects on. */
export interface ExerciseOptions {
  humans: readonly Power[];
  doctrines?: Partial<Record<Power, Doctrine>>;
  handovers: boolean;
  /** Control's scheduled injects that are on. */
  injects?: readonly string[];
}

/** What the session needs: the human teams, the AI's doctrines, a handover before every team phase, the injects on. */
export function sessionOptions(scenario: Scenario, config: ExerciseConfig): ExerciseOptions {
  const doctrines: Partial<Record<Power, Doctrine>> = {};
  for (const p of ['coalition', 'russia'] as const) {
    const t = config.teams[p];
    if (t !== 'human') doctrines[p] = t;
  }
  return { humans: humanTeams(scenario, config), doctrines, handovers: true, injects: config.injects };
}

/** A new exercise's defaults: both powers human, Control on, every inject on. */
export function defaultConfig(scenario: Scenario, seed: string): ExerciseConfig {
  return {
    scenario: scenario.id, seed, teams: { coalition: 'human', russia: 'human' }, control: true,
    injects: scenario.injects.map((i) => i.id),
  };
}

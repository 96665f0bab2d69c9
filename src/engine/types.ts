// The shapes of game state, commands, events and errors. State is plain JSON: it can be cloned,
// hashed, saved and replayed. Static data (map, unit types, objectives) lives in Scenario, not here.
import type { Hex } from './hex';
import type { AleaState } from './rng';

export const CAMPS = ['coalition', 'russia', 'is'] as const;
export type Camp = (typeof CAMPS)[number];
/** The two great-power camps, the ones a player can command. */
export const POWERS = ['coalition', 'russia'] as const;
export type Power = (typeof POWERS)[number];

export interface Unit {
  id: string;
  name: string;
  camp: Camp;
  /** Key into Scenario.unitTypes. */
  type: string;
  hex: Hex;
  /** Strength steps left, 1..UnitType.steps. */
  strength: number;
  /** US or Russian personnel: escalation weighs their losses far above proxies'. */
  greatPower: boolean;
  /** Movement points left in this camp's phase. */
  mp: number;
  /** Has fired, assaulted or built this phase. */
  acted: boolean;
}

export interface VictoryReport {
  reason: 'last_turn';
  winner: Power | 'draw';
  points: Record<Camp, number>;
  objectives: { id: string; name: string; owner: Camp | null; points: number }[];
}

export interface GameState {
  scenarioId: string;
  seed: string;
  turn: number;
  /** The camp whose phase it is. */
  phase: Camp;
  status: 'playing' | 'over';
  units: Unit[];
  /** Units that enter the map at the start of a later turn. */
  reinforcements: { turn: number; unit: Unit }[];
  /** Objective id -> camp that holds it. */
  control: Record<string, Camp | null>;
  /** River hexes bridged by engineers ("q,r"). */
  pontoons: string[];
  sortiesLeft: Record<Camp, number>;
  rng: AleaState;
  /** Random numbers drawn so far: replay checkpoints compare it. */
  rngDraws: number;
  result: VictoryReport | null;
}

// ---- Commands: everything a player, the AI, a replay or a URL can ask of the engine. ----

export interface MoveCommand { type: 'move'; unit: string; to: Hex }
/** Assault an adjacent hex, or fire on one in range (artillery). */
export interface AttackCommand { type: 'attack'; unit: string; target: Hex }
export interface AirStrikeCommand { type: 'air_strike'; target: Hex }
export interface BuildPontoonCommand { type: 'build_pontoon'; unit: string; at: Hex }
export interface EndPhaseCommand { type: 'end_phase' }

export type Command = MoveCommand | AttackCommand | AirStrikeCommand | BuildPontoonCommand | EndPhaseCommand;
export type CommandType = Command['type'];

// ---- Events: what happened, for the scene to animate and the log to explain. ----

export type CombatResult = 'AL2' | 'AL' | 'NE' | 'EX' | 'DL' | 'DL2';
export type CombatKind = 'assault' | 'fire' | 'air';

export type GameEvent =
  | { type: 'turn_started'; turn: number; date: string }
  | { type: 'phase_started'; turn: number; camp: Camp }
  | { type: 'unit_moved'; unit: string; camp: Camp; path: Hex[] }
  | {
      type: 'combat';
      kind: CombatKind;
      camp: Camp;
      attacker: string | null;
      target: Hex;
      defenders: string[];
      attack: number;
      defence: number;
      odds: string;
      roll: number;
      result: CombatResult;
      attackerLoss: number;
      defenderLoss: number;
    }
  | { type: 'unit_hit'; unit: string; camp: Camp; steps: number; strength: number }
  | { type: 'unit_destroyed'; unit: string; camp: Camp; hex: Hex; greatPower: boolean }
  | { type: 'unit_advanced'; unit: string; camp: Camp; to: Hex }
  /** A move ran into a unit the mover could not see, and stopped short of it. */
  | { type: 'move_interrupted'; unit: string; camp: Camp; at: Hex; contact: Hex }
  | { type: 'objective_captured'; objective: string; camp: Camp; from: Camp | null }
  | { type: 'pontoon_built'; hex: Hex; unit: string; camp: Camp }
  | { type: 'reinforcements_arrived'; camp: Camp; units: string[] }
  | { type: 'game_over'; report: VictoryReport };

// ---- Errors: an illegal or malformed command. The state is never changed by one. ----

export type ErrorCode =
  | 'malformed_command'
  | 'game_over'
  | 'unknown_unit'
  | 'not_your_unit'
  | 'off_map'
  | 'unreachable'
  | 'already_acted'
  | 'no_target'
  | 'cannot_attack'
  | 'out_of_range'
  | 'not_visible'
  | 'no_sorties'
  | 'cannot_build';

export interface EngineError {
  code: ErrorCode;
  message: string;
  /** The command field at fault, as a path ("to.q"), when one is. */
  field?: string;
}

export type ApplyResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; error: EngineError };

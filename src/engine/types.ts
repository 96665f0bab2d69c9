// The shapes of game state, commands, events and errors. State is plain JSON: it can be cloned,
// hashed, saved and replayed. Static data (map, unit types, objectives) lives in Scenario, not here.
import type { Agreement, CrisisState, HotlineMessage, Incident, MessageBody } from './crisisTypes';
import type { Hex } from './hex';
import type { FiredInject, InjectBody } from './injectTypes';
import type { Refusal } from './refusals';
import type { AleaState } from './rng';
import type { Camp, Power } from './sides';

export { CAMPS, POWERS, type Camp, type Power } from './sides';

/** Flat but for `hex`: copyState shares units, and the engine copies one field by field (mutableUnit) before changing it. */
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
  /** A proxy its patron has restrained (src/engine/proxies.ts): it may not attack. Absent when free, so older hashes stand. */
  restrained?: true;
}

/** IS minefields, as hex keys ("q,r"). A power's view holds no hidden field and no stock. */
export interface Minefields {
  /** Live fields no power knows of: a power unit entering one stops and rolls for losses. */
  hidden: string[];
  /** Fields that went off: spent, and known to every camp. */
  known: string[];
  /** Fields IS may still lay (lay_mine). */
  stock: number;
}

export interface VictoryReport {
  /** The last turn was played, or escalation reached a direct US-Russian clash. */
  reason: 'last_turn' | 'direct_clash';
  /** 'none' after a direct clash: both powers lose. */
  winner: Power | 'draw' | 'none';
  /** The power whose action pushed escalation over the top: it takes the worse result. */
  clashBy: Power | null;
  /** The inject (fired id, "J2") whose effect pushed escalation over the top, when one did; clashBy is then null. */
  clashInject?: string;
  /** Final score per power: victory points, or the clash penalties. */
  score: Record<Power, number>;
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
  mines: Minefields;
  sortiesLeft: Record<Camp, number>;
  rng: AleaState;
  /** Random numbers drawn so far: replay checkpoints compare it. */
  rngDraws: number;
  result: VictoryReport | null;
  /** Escalation, trust, incidents, the hotline and its agreements. */
  crisis: CrisisState;
}

// ---- Commands: everything a player, the AI, a replay or a URL can ask of the engine. ----

export interface MoveCommand { type: 'move'; unit: string; to: Hex }
/** Assault an adjacent hex, or fire on one in range (artillery). */
export interface AttackCommand { type: 'attack'; unit: string; target: Hex }
export interface AirStrikeCommand { type: 'air_strike'; target: Hex }
export interface BuildPontoonCommand { type: 'build_pontoon'; unit: string; at: Hex }
/** IS lays a minefield on its unit's hex or a neighbouring one: the unit's action for the phase. */
export interface LayMineCommand { type: 'lay_mine'; unit: string; at: Hex }
export interface EndPhaseCommand { type: 'end_phase' }
/** Sends a hotline message to the other power, or answers one. */
export interface HotlineCommand {
  type: 'hotline';
  message: MessageBody;
  /** A team's own words with the message (hot-seat exercises): plain text, 1..HOTLINE_REMARK_MAX characters. */
  remark?: string;
}
/** A power's order to one of its proxies: restrained, it may not attack, and opens fire on its own less often. */
export interface OrderCommand { type: 'order'; unit: string; order: ProxyOrder }
export const PROXY_ORDERS = ['restrain', 'free'] as const;
export type ProxyOrder = (typeof PROXY_ORDERS)[number];
/** Control's ruling on a disputed incident: the power it attributes it to, or an accident (src/engine/rulings.ts). */
export interface RulingCommand { type: 'ruling'; incident: string; finding: RulingFinding }
export const RULING_FINDINGS = ['coalition', 'russia', 'accident'] as const;
export type RulingFinding = (typeof RULING_FINDINGS)[number];
/** The facilitator (Control) fires an inject: legal in any phase, never offered by legalCommands. */
export interface InjectCommand { type: 'inject'; inject: InjectBody }

export type Command = MoveCommand | AttackCommand | AirStrikeCommand | BuildPontoonCommand | LayMineCommand | EndPhaseCommand | HotlineCommand | InjectCommand | OrderCommand | RulingCommand;
export type CommandType = Command['type'];

// ---- Events: what happened, for the scene to animate and the log to explain. ----

export type CombatResult = 'AL2' | 'AL' | 'NE' | 'EX' | 'DL' | 'DL2';
/** `car_bomb`: an assault whose attacker is expended, so it can lose nothing (attacker results read as for fire). */
export type CombatKind = 'assault' | 'fire' | 'air' | 'car_bomb';

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
      /** The inject that made this strike (Control's, never the camp's own order); absent otherwise. */
      inject?: string;
    }
  | { type: 'unit_hit'; unit: string; camp: Camp; steps: number; strength: number }
  | { type: 'unit_destroyed'; unit: string; camp: Camp; hex: Hex; greatPower: boolean }
  | { type: 'unit_advanced'; unit: string; camp: Camp; to: Hex }
  /** A move ran into a unit the mover could not see, and stopped short of it. */
  | { type: 'move_interrupted'; unit: string; camp: Camp; at: Hex; contact: Hex }
  | { type: 'objective_captured'; objective: string; camp: Camp; from: Camp | null }
  | { type: 'pontoon_built'; hex: Hex; unit: string; camp: Camp }
  /** IS laid a minefield: only IS (and the all-seeing) may be told. */
  | { type: 'mine_laid'; hex: Hex; unit: string; camp: Camp }
  /** A unit walked into a hidden minefield and stopped; `steps` it lost follow as unit_hit. */
  | { type: 'mine_exploded'; hex: Hex; unit: string; camp: Camp; roll: number; steps: number }
  /** A car bomb drove at `target` and was expended; the combat event follows. */
  | { type: 'car_bomb_detonated'; unit: string; camp: Camp; from: Hex; target: Hex }
  | { type: 'reinforcements_arrived'; camp: Camp; units: string[] }
  | { type: 'game_over'; report: VictoryReport }
  | {
      type: 'escalation_changed';
      from: number; to: number; delta: number; rungFrom: number; rungTo: number;
      cause: string; by: Power | null; incident: string | null;
      /** The inject whose effect this is (then `by` is null); absent otherwise. */
      inject?: string;
    }
  | { type: 'trust_changed'; from: number; to: number; delta: number; cause: string }
  | { type: 'incident'; incident: Incident }
  | { type: 'message_sent'; message: HotlineMessage }
  /** `inject` when the call went unanswered because an inject took `to`'s end of the line down. */
  | { type: 'message_unanswered'; message: string; from: Power; to: Power; inject?: string }
  | { type: 'agreement_made'; agreement: Agreement }
  | { type: 'agreement_violated'; agreement: string; by: Power; incident: string }
  | { type: 'agreement_ended'; agreement: string; reason: 'expired' | 'replaced' }
  /** `inject` when the denial was an inject's (irregulars disowned), not the power's own answer. */
  | { type: 'denial_exposed'; incident: string; by: Power; inject?: string }
  /** A patron restrained or freed one of its proxies: its own business, told to no other camp. */
  | { type: 'proxy_order'; unit: string; camp: Power; order: ProxyOrder }
  /** Control fired an inject; the events its effect caused follow it. */
  | { type: 'inject_fired'; inject: FiredInject }
  /** Control ruled on an incident: public, told to every camp. */
  | { type: 'incident_ruled'; incident: string; finding: RulingFinding; turn: number };

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
  | 'cannot_build'
  /** lay_mine by a unit that may not, or at a hex where no field may go. */
  | 'cannot_lay_mine'
  /** IS has no minefields left to lay. */
  | 'no_mines'
  | 'not_a_power'
  | 'hotline_busy'
  | 'unknown_message'
  | 'unknown_incident'
  | 'bad_reply'
  | 'invalid_message'
  /** An inject command names no inject of the scenario. */
  | 'unknown_inject'
  /** A scenario inject that cannot fire (it already has). */
  | 'invalid_inject'
  /** An order to a unit that is not a proxy (IS, or US or Russian personnel), or that it already has. */
  | 'invalid_order'
  /** An attack by a proxy its patron has restrained. */
  | 'restrained'
  /** A ruling on an incident Control has already ruled on, or that attributes it to its victim. */
  | 'invalid_ruling'
  /** The power's end of the hotline is not answered (an unanswered_call inject). */
  | 'line_down'
  /** A session refuses a command outside its player's phase: another camp's or team's turn, a pending handover, a pause, a replay. */
  | 'not_your_phase';

export interface EngineError {
  code: ErrorCode;
  message: string;
  /** The command field at fault, as a path ("to.q"), when one is. */
  field?: string;
  /** Why, as a reason and its data, for the UI to word in the player's language (refusals.ts). */
  refusal?: Refusal;
}

export type ApplyResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; error: EngineError };

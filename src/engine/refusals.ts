// Why a command is refused: a stable reason and its data for the UI to word in the player's language,
// with the English sentence kept as the error's message (command line, logs, class server).
import type { EngineError, ErrorCode } from './types';

type None = Record<never, never>;
/** Unit names are the scenario's data, as written; hexes are "q,r"; camps are their ids. */
type U = { unit: string };
type H = { hex: string };
/** A command field's path ("message.area.radius"), as the command has it. */
type P = { path: string };
/** What kind of id a command field holds. */
export type IdKind = 'unit' | 'incident' | 'message' | 'inject';
const ID_WHAT: Readonly<Record<IdKind, string>> = { unit: 'a unit id', incident: 'an incident id', message: 'a message id', inject: "a scenario inject's id" };

/** The English sentence of each refusal, by reason. A reason added here needs a wording (src/text/refusalText.ts). */
export const REFUSAL_TEXT = {
  game_over: (_: None) => 'the game is over',
  unknown_unit: (p: U) => `no unit "${p.unit}" is on the map`,
  not_your_unit: (p: U & { camp: string; phase: string }) => `${p.unit} belongs to ${p.camp}, and it is ${p.phase}'s phase`,
  off_map: (p: H) => `hex ${p.hex} is off the map`,
  no_movement: (p: U) => `${p.unit} has no movement left this phase`,
  unreachable: (p: U & H) => `${p.unit} cannot reach ${p.hex} this phase`,
  not_visible: (p: H & { camp: string }) => `${p.camp} cannot see hex ${p.hex}`,
  no_target: (p: H) => `no other camp's unit is at ${p.hex}`,
  already_acted: (p: U) => `${p.unit} has already acted this phase`,
  restrained: (p: U) => `${p.unit} is restrained by its patron's orders and may not attack; free it first`,
  cannot_attack: (p: U) => `${p.unit} has no attack strength`,
  out_of_range: (p: U & H & { distance: number; range: number }) => `${p.hex} is ${p.distance} hexes away; ${p.unit} reaches ${p.range}`,
  no_sorties: (p: { camp: string }) => `${p.camp} has no air sorties left this turn`,
  build_not_engineer: (p: U) => `${p.unit} is not an engineer unit`,
  build_first: (p: U) => `${p.unit} must build before moving or acting this phase`,
  build_not_next: (p: U & H) => `${p.hex} is not next to ${p.unit}`,
  build_not_river: (p: H) => `${p.hex} is not open river`,
  build_pontoon_there: (p: H) => `a pontoon already spans ${p.hex}`,
  order_great_power: (p: U) => `${p.unit} is great-power personnel, under its own command: only proxies take these orders`,
  order_not_proxy: (p: U) => `${p.unit} is not a power's proxy: only proxies take these orders`,
  order_already_restrained: (p: U) => `${p.unit} is already restrained`,
  order_already_free: (p: U) => `${p.unit} is already free`,
  order_acted: (p: U) => `${p.unit} has already acted this phase and cannot be restrained until its next`,
  mine_not_is: (_: None) => 'only IS lays minefields',
  mine_car_bomb: (p: U) => `${p.unit} is a car bomb and cannot lay a minefield`,
  mine_first: (p: U) => `${p.unit} must lay a minefield before moving or acting this phase`,
  no_mines: (_: None) => 'IS has no minefields left to lay',
  mine_too_far: (p: U & H) => `${p.hex} is neither ${p.unit}'s hex nor next to it`,
  mine_river_between: (p: U & H) => `the river runs between ${p.unit} and ${p.hex}`,
  mine_open_river: (p: H) => `${p.hex} is open river`,
  mine_there: (p: H) => `a minefield already lies at ${p.hex}`,
  mine_enemy_there: (p: H) => `another camp's unit stands at ${p.hex}`,
  area_off_map: (p: H) => `the area's centre ${p.hex} is off the map`,
  line_hex_off_map: (p: H) => `line hex ${p.hex} is off the map`,
  line_hex_twice: (p: H) => `line hex ${p.hex} is listed twice`,
  not_a_power: (_: None) => 'only the two powers have a hotline',
  hotline_busy: (p: { camp: string; cap: number }) => `${p.camp} has used all ${p.cap} hotline calls this turn`,
  notice_turn: (p: { turn: number; asked: number }) => `a notice covers this turn (${p.turn}) or the next, not turn ${p.asked}`,
  unknown_incident: (p: { incident: string }) => `no incident "${p.incident}"`,
  protest_not_victim: (p: { camp: string }) => `${p.camp} can only protest incidents against its own forces`,
  incident_closed: (p: { incident: string; status: 'protested' | 'acknowledged' | 'denied' }) => `incident ${p.incident} is already ${p.status}`,
  meeting_no_turn: (_: None) => 'no turn is left for a meeting',
  meeting_recent: (p: { turns: number }) => `a meeting is already asked for, set, or held less than ${p.turns} turns ago`,
  line_down: (p: { camp: string; until: number }) => `${p.camp}'s end of the hotline is not answered until the end of turn ${p.until}: no reply can go out`,
  unknown_message: (p: { message: string }) => `no message "${p.message}" on the hotline`,
  reply_not_yours: (p: { message: string; to: string; camp: string }) => `${p.message} was sent to ${p.to}, not to ${p.camp}`,
  reply_unanswered: (p: { message: string }) => `${p.message} has already been left unanswered`,
  reply_answered: (p: { message: string }) => `${p.message} has already been answered`,
  reply_kind: (p: { message: string; kind: string; allowed: readonly string[]; reply: string }) =>
    `${p.message} (${p.kind}) can be answered with ${p.allowed.length ? p.allowed.join(', ') : 'nothing'}, not ${p.reply}`,
  reply_too_old: (p: { message: string }) => `${p.message} is too old to acknowledge`,
  meeting_reply_no_turn: (_: None) => 'no turn is left for the meeting',
  ruled_accident: (p: { incident: string; turn: number }) => `incident ${p.incident} was already ruled an accident on turn ${p.turn}`,
  ruled_camp: (p: { incident: string; camp: string; turn: number }) => `incident ${p.incident} was already ruled ${p.camp}'s on turn ${p.turn}`,
  ruling_victim: (p: { incident: string; camp: string }) => `${p.camp} is the victim of incident ${p.incident}, not its author`,
  unknown_inject: (p: { inject: string; known: readonly string[] }) => `the scenario has no inject "${p.inject}"; it has ${p.known.length ? p.known.join(', ') : 'none'}`,
  inject_fired: (p: { inject: string; fired: string; turn: number }) => `inject "${p.inject}" has already fired (${p.fired}, turn ${p.turn}); each scenario inject fires once`,
  // A command of the wrong shape (commands.ts, messageParse.ts, injectParse.ts): paths, ids and enum values
  // are the command's; `given` is the value it gave, as JSON. `of` names the object the field is not part of.
  shape_not_object: (_: None) => 'a command must be an object',
  shape_unknown_type: (p: { given: string; known: readonly string[] }) => `unknown command type ${p.given}; expected one of ${p.known.join(', ')}`,
  shape_unknown_field: (p: { field: string; of: string }) => `unknown field "${p.field}" for ${p.of}`,
  shape_remark: (p: { max: number }) => `remark must be text of 1 to ${p.max} characters`,
  shape_one_of: (p: P & { options: readonly string[] }) => `${p.path} must be one of ${p.options.join(', ')}`,
  shape_int: (p: P & { min: number; max: number }) => `${p.path} must be an integer from ${p.min} to ${p.max}`,
  shape_id: (p: P & { what: IdKind; max: number }) => `${p.path} must be ${ID_WHAT[p.what]} (1 to ${p.max} characters)`,
  shape_hex: (p: P) => `${p.path} must be a hex {q, r}`,
  shape_area: (p: P) => `${p.path} must be an area {centre, radius}`,
  shape_line: (p: P) => `${p.path} must be a line {kind: "river"} or {kind: "hexes", hexes}`,
  shape_line_kind: (p: P) => `${p.path} must be "river" or "hexes"`,
  shape_line_hexes: (p: P & { max: number }) => `${p.path} must list 1 to ${p.max} hexes`,
  shape_boolean: (p: P) => `${p.path} must be true or false`,
  shape_message: (p: P) => `${p.path} must be a message object with a kind`,
  shape_message_kind: (p: { given: string; known: readonly string[] }) => `unknown message kind ${p.given}; expected one of ${p.known.join(', ')}`,
  shape_inject: (p: P) => `${p.path} must be an inject object with a kind`,
  shape_inject_kind: (p: { given: string }) => `unknown inject kind ${p.given}; expected scenario or custom`,
  shape_text: (p: P & { max: number }) => `${p.path} must be a text of 1 to ${p.max} characters, not blank`,
  shape_control_chars: (p: P) => `${p.path} must not hold control characters`,
  // A session's refusals outside the player's phase (src/match/seats.ts, src/presenter/).
  control_only: (_: None) => 'Control gives only injects and rulings',
  only_control_injects: (_: None) => 'only Control fires injects',
  only_control_rulings: (_: None) => 'only Control rules on incidents',
  team_not_ai: (p: { camp: string }) => `${p.camp} is played by a team, not the AI`,
  played_by_ai: (p: { camp: string }) => `${p.camp} is played by the AI`,
  paused: (_: None) => 'the exercise is paused',
  ai_playing: (_: None) => 'the AI is playing its phases',
  not_phase: (p: { camp: string }) => `it is not ${p.camp}'s phase`,
  handover: (_: None) => 'the next team has not taken over yet',
  watched_group: (_: None) => 'a watched group is seen, not played',
  watched_replay: (_: None) => 'a replay is watched, not played',
  // A class-server seat's refusals before the order leaves the page (src/presenter/netSession.ts).
  net_control_injects: (_: None) => 'Control gives only injects and rulings',
  net_offline: (_: None) => 'not connected to the class server: reconnecting…',
  net_in_flight: (_: None) => 'the last order is still on its way to the server',
  net_paused: (_: None) => 'the teacher has paused the game',
  net_not_your_phase: (_: None) => 'it is not your phase',
} as const;

export type RefusalReason = keyof typeof REFUSAL_TEXT;
export type RefusalParams<R extends RefusalReason> = Parameters<(typeof REFUSAL_TEXT)[R]>[0];
/** A refusal's reason and data, for wording it in another language. */
export type Refusal = { [R in RefusalReason]: { reason: R; params: RefusalParams<R> } }[RefusalReason];

/** An error whose message is the reason's English sentence; `field` is the command field at fault. */
export function refuse<R extends RefusalReason>(code: ErrorCode, reason: R, params: RefusalParams<R>, field?: string): EngineError {
  const message = (REFUSAL_TEXT[reason] as (p: RefusalParams<R>) => string)(params);
  const refusal = { reason, params } as Refusal;
  return field ? { code, message, field, refusal } : { code, message, refusal };
}

/** A hex as refusals name it. */
export const hexParam = (h: { q: number; r: number }): string => `${h.q},${h.r}`;

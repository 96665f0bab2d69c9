// A refused command's reason in the player's language, from the error's reason and data
// (src/engine/refusals.ts keeps the English as the error's message for the command line and logs).
import type { EngineError, MessageKind, RefusalParams, RefusalReason } from '../engine/core';
import { type Messages, t } from '../i18n/messages';
import { formatList } from '../i18n/format';
import { MESSAGE_KIND_LABEL } from './messageText';

/** A camp id as refusals name it; an id the game does not know is shown as it is. */
function camp(m: Messages, id: string): string {
  if (id === 'coalition') return m.common_camp_short_coalition();
  if (id === 'russia') return m.common_camp_short_russia();
  if (id === 'is') return m.error_camp_is();
  return id;
}
const kind = (k: string): string => (Object.hasOwn(MESSAGE_KIND_LABEL, k) ? MESSAGE_KIND_LABEL[k as MessageKind] : k);

/** One wording per reason: a reason without one is a type error here and a failing test. */
const REFUSAL: { readonly [R in RefusalReason]: (m: Messages, p: RefusalParams<R>) => string } = {
  game_over: (m) => m.error_game_over(),
  unknown_unit: (m, p) => m.error_unknown_unit(p),
  not_your_unit: (m, p) => m.error_not_your_unit({ unit: p.unit, camp: camp(m, p.camp), phase: camp(m, p.phase) }),
  off_map: (m, p) => m.error_off_map(p),
  no_movement: (m, p) => m.error_no_movement(p),
  unreachable: (m, p) => m.error_unreachable(p),
  not_visible: (m, p) => m.error_not_visible({ hex: p.hex, camp: camp(m, p.camp) }),
  no_target: (m, p) => m.error_no_target(p),
  already_acted: (m, p) => m.error_already_acted(p),
  restrained: (m, p) => m.error_restrained(p),
  cannot_attack: (m, p) => m.error_cannot_attack(p),
  out_of_range: (m, p) => m.error_out_of_range(p),
  no_sorties: (m, p) => m.error_no_sorties({ camp: camp(m, p.camp) }),
  build_not_engineer: (m, p) => m.error_build_not_engineer(p),
  build_first: (m, p) => m.error_build_first(p),
  build_not_next: (m, p) => m.error_build_not_next(p),
  build_not_river: (m, p) => m.error_build_not_river(p),
  build_pontoon_there: (m, p) => m.error_build_pontoon_there(p),
  order_great_power: (m, p) => m.error_order_great_power(p),
  order_not_proxy: (m, p) => m.error_order_not_proxy(p),
  order_already_restrained: (m, p) => m.error_order_already_restrained(p),
  order_already_free: (m, p) => m.error_order_already_free(p),
  order_acted: (m, p) => m.error_order_acted(p),
  mine_not_is: (m) => m.error_mine_not_is(),
  mine_car_bomb: (m, p) => m.error_mine_car_bomb(p),
  mine_first: (m, p) => m.error_mine_first(p),
  no_mines: (m) => m.error_no_mines(),
  mine_too_far: (m, p) => m.error_mine_too_far(p),
  mine_river_between: (m, p) => m.error_mine_river_between(p),
  mine_open_river: (m, p) => m.error_mine_open_river(p),
  mine_there: (m, p) => m.error_mine_there(p),
  mine_enemy_there: (m, p) => m.error_mine_enemy_there(p),
  area_off_map: (m, p) => m.error_area_off_map(p),
  line_hex_off_map: (m, p) => m.error_line_hex_off_map(p),
  line_hex_twice: (m, p) => m.error_line_hex_twice(p),
  not_a_power: (m) => m.error_not_a_power(),
  hotline_busy: (m, p) => m.error_hotline_busy({ camp: camp(m, p.camp), cap: p.cap }),
  notice_turn: (m, p) => m.error_notice_turn(p),
  unknown_incident: (m, p) => m.error_unknown_incident(p),
  protest_not_victim: (m, p) => m.error_protest_not_victim({ camp: camp(m, p.camp) }),
  incident_closed: (m, p) => ({
    protested: m.error_incident_closed_protested, acknowledged: m.error_incident_closed_acknowledged, denied: m.error_incident_closed_denied,
  })[p.status]({ incident: p.incident }),
  meeting_no_turn: (m) => m.error_meeting_no_turn(),
  meeting_recent: (m, p) => m.error_meeting_recent(p),
  line_down: (m, p) => m.error_line_down({ camp: camp(m, p.camp), until: p.until }),
  unknown_message: (m, p) => m.error_unknown_message(p),
  reply_not_yours: (m, p) => m.error_reply_not_yours({ message: p.message, to: camp(m, p.to), camp: camp(m, p.camp) }),
  reply_unanswered: (m, p) => m.error_reply_unanswered(p),
  reply_answered: (m, p) => m.error_reply_answered(p),
  reply_kind: (m, p) => (p.allowed.length === 0
    ? m.error_reply_kind_none({ message: p.message, kind: kind(p.kind) })
    : m.error_reply_kind({ message: p.message, kind: kind(p.kind), allowed: formatList(p.allowed.map(kind), 'disjunction'), reply: kind(p.reply) })),
  reply_too_old: (m, p) => m.error_reply_too_old(p),
  meeting_reply_no_turn: (m) => m.error_meeting_reply_no_turn(),
  ruled_accident: (m, p) => m.error_ruled_accident(p),
  ruled_camp: (m, p) => m.error_ruled_camp({ incident: p.incident, camp: camp(m, p.camp), turn: p.turn }),
  ruling_victim: (m, p) => m.error_ruling_victim({ incident: p.incident, camp: camp(m, p.camp) }),
  unknown_inject: (m, p) => (p.known.length === 0 ? m.error_unknown_inject_none({ inject: p.inject }) : m.error_unknown_inject({ inject: p.inject, known: formatList(p.known) })),
  inject_fired: (m, p) => m.error_inject_fired(p),
  control_only: (m) => m.error_control_only(),
  only_control_injects: (m) => m.error_only_control_injects(),
  only_control_rulings: (m) => m.error_only_control_rulings(),
  team_not_ai: (m, p) => m.error_team_not_ai({ camp: camp(m, p.camp) }),
  played_by_ai: (m, p) => m.error_played_by_ai({ camp: camp(m, p.camp) }),
  paused: (m) => m.error_paused(),
  ai_playing: (m) => m.error_ai_playing(),
  not_phase: (m, p) => m.error_not_phase({ camp: camp(m, p.camp) }),
  handover: (m) => m.error_handover(),
  watched_group: (m) => m.error_watched_group(),
  watched_replay: (m) => m.error_watched_replay(),
  net_control_injects: (m) => m.error_net_control_injects(),
  net_offline: (m) => m.error_net_offline(),
  net_in_flight: (m) => m.error_net_in_flight(),
  net_paused: (m) => m.error_net_paused(),
  net_not_your_phase: (m) => m.error_net_not_your_phase(),
  // A command of the wrong shape: paths, field names, ids and enum values stay as the command has them.
  shape_not_object: (m) => m.error_shape_not_object(),
  shape_unknown_type: (m, p) => m.error_shape_unknown_type({ given: p.given, known: formatList(p.known) }),
  shape_unknown_field: (m, p) => m.error_shape_unknown_field(p),
  shape_remark: (m, p) => m.error_shape_remark(p),
  shape_one_of: (m, p) => m.error_shape_one_of({ path: p.path, options: formatList(p.options) }),
  shape_int: (m, p) => m.error_shape_int(p),
  shape_id: (m, p) => m.error_shape_id(p),
  shape_hex: (m, p) => m.error_shape_hex(p),
  shape_area: (m, p) => m.error_shape_area(p),
  shape_line: (m, p) => m.error_shape_line(p),
  shape_line_kind: (m, p) => m.error_shape_line_kind(p),
  shape_line_hexes: (m, p) => m.error_shape_line_hexes(p),
  shape_boolean: (m, p) => m.error_shape_boolean(p),
  shape_message: (m, p) => m.error_shape_message(p),
  shape_message_kind: (m, p) => m.error_shape_message_kind({ given: p.given, known: formatList(p.known) }),
  shape_inject: (m, p) => m.error_shape_inject(p),
  shape_inject_kind: (m, p) => m.error_shape_inject_kind(p),
  shape_text: (m, p) => m.error_shape_text(p),
  shape_control_chars: (m, p) => m.error_shape_control_chars(p),
};

/**
 * Why a command was refused, in the current language. An error without a reason (a malformed
 * command, a class server's own refusal) keeps its English message.
 */
export function refusalText(error: Pick<EngineError, 'message' | 'refusal'>): string {
  const r = error.refusal;
  if (!r || !Object.hasOwn(REFUSAL, r.reason)) return error.message;
  return (REFUSAL[r.reason] as (m: Messages, p: unknown) => string)(t(), r.params);
}

// A scenario file's errors and warnings in the player's language, from each one's code and data
// (src/engine/dataErrors.ts keeps the English as the message for `npm run scenario -- validate`).
// The JSON path stays as the file has it.
import type { DataCode, DataError, DataParams } from '../engine';
import { type Messages, t } from '../i18n/messages';
import { formatList } from '../i18n/format';
import { fileFaultText } from './fileFaultText';
import { jsonFaultText } from './jsonFaultText';

function camp(m: Messages, id: string): string {
  if (id === 'coalition') return m.common_camp_short_coalition();
  if (id === 'russia') return m.common_camp_short_russia();
  if (id === 'is') return m.error_camp_is();
  return id;
}
const bank = (m: Messages, b: 'E' | 'W'): string => (b === 'E' ? m.menu_file_error_bank_east() : m.menu_file_error_bank_west());

/** The schema's type names that a player reads; another is shown as the schema names it. */
function typeName(m: Messages, expected: string): string {
  const names: Readonly<Record<string, () => string>> = {
    number: m.menu_file_error_type_number, int: m.menu_file_error_type_int, string: m.menu_file_error_type_string,
    boolean: m.menu_file_error_type_boolean, array: m.menu_file_error_type_array, object: m.menu_file_error_type_object,
  };
  return Object.hasOwn(names, expected) ? names[expected]!() : expected;
}

/** One wording per code: a code without one is a type error here and a failing test. */
const DATA: { readonly [C in DataCode]: (m: Messages, p: DataParams<C>) => string } = {
  shape_type: (m, p) => m.menu_file_error_shape_type({ expected: typeName(m, p.expected) }),
  shape_min_number: (m, p) => (p.inclusive ? m.menu_file_error_shape_min_number(p) : m.menu_file_error_shape_gt_number(p)),
  shape_max_number: (m, p) => (p.inclusive ? m.menu_file_error_shape_max_number(p) : m.menu_file_error_shape_lt_number(p)),
  shape_min_items: (m, p) => m.menu_file_error_shape_min_items(p),
  shape_max_items: (m, p) => m.menu_file_error_shape_max_items(p),
  shape_min_chars: (m, p) => m.menu_file_error_shape_min_chars(p),
  shape_max_chars: (m, p) => m.menu_file_error_shape_max_chars(p),
  shape_value: (m, p) => m.menu_file_error_shape_value(p),
  shape_keys: (m, p) => m.menu_file_error_shape_keys(p),
  shape_union: (m) => m.menu_file_error_shape_union(),
  shape_format: (m) => m.menu_file_error_shape_format(),
  shape_id_chars: (m) => m.menu_file_error_shape_id_chars(),
  shape_terrain_code: (m) => m.menu_file_error_shape_terrain_code(),
  shape_iso_date: (m) => m.menu_file_error_shape_iso_date(),
  shape_other: (m) => m.menu_file_error_shape_other(),
  file_too_big: (m, p) => m.menu_file_error_file_too_big(p),
  file_not_json: (m, p) => m.menu_file_error_file_not_json({ detail: jsonFaultText(p.fault) }),
  file_unreadable: (m, p) => m.menu_file_error_file_unreadable({ detail: fileFaultText(p.fault) }),
  builtin_id: (m, p) => m.menu_file_error_builtin_id(p),
  not_object: (m) => m.menu_file_error_not_object(),
  unknown_map: (m, p) => m.menu_file_error_unknown_map({ map: p.map, known: formatList(p.known) }),
  map_mismatch: (m, p) => m.menu_file_error_map_mismatch(p),
  terrain_rows: (m, p) => m.menu_file_error_terrain_rows(p),
  terrain_cols: (m, p) => m.menu_file_error_terrain_cols(p),
  river_side_land: (m, p) => m.menu_file_error_river_side_land(p),
  river_side_apart: (m, p) => m.menu_file_error_river_side_apart(p),
  phase_order: (m) => m.menu_file_error_phase_order(),
  hex_off_map: (m, p) => m.menu_file_error_hex_off_map(p),
  hex_river: (m, p) => m.menu_file_error_hex_river(p),
  duplicate_id: (m, p) => m.menu_file_error_duplicate_id(p),
  duplicate_inject: (m, p) => m.menu_file_error_duplicate_inject(p),
  objective_there: (m, p) => m.menu_file_error_objective_there(p),
  unknown_type: (m, p) => m.menu_file_error_unknown_type(p),
  strength_steps: (m, p) => m.menu_file_error_strength_steps(p),
  turn_late: (m, p) => m.menu_file_error_turn_late(p),
  hex_other_camp: (m, p) => m.menu_file_error_hex_other_camp({ hex: p.hex, camp: camp(m, p.camp) }),
  stack_limit: (m, p) => m.menu_file_error_stack_limit(p),
  mined_twice: (m, p) => m.menu_file_error_mined_twice(p),
  striker_victim: (m) => m.menu_file_error_striker_victim(),
  unit_id_scenario: (m, p) => m.menu_file_error_unit_id_scenario(p),
  unit_id_inject: (m, p) => m.menu_file_error_unit_id_inject(p),
  unknown_objective: (m, p) => m.menu_file_error_unknown_objective(p),
  background_future: (m, p) => m.menu_file_error_background_future(p),
  wrong_bank: (m, p) => {
    const words = { unit: p.unit, bank: bank(m, p.bank), camp: camp(m, p.camp), campId: p.camp, want: bank(m, p.want) };
    return p.arrives > 1 ? m.menu_file_error_wrong_bank_arrives({ ...words, turn: p.arrives }) : m.menu_file_error_wrong_bank_start(words);
  },
  objective_late: (m, p) => m.menu_file_error_objective_late(p),
  objective_unreachable: (m, p) => m.menu_file_error_objective_unreachable(p),
  warn_no_bank: (m, p) => m.menu_file_error_warn_no_bank({ camp: camp(m, p.camp) }),
  warn_no_class_time: (m) => m.menu_file_error_warn_no_class_time(),
  warn_unused_type: (m) => m.menu_file_error_warn_unused_type(),
};

/** A data error's reason in the current language; one without a code keeps its English message. */
export function dataErrorText(e: Pick<DataError, 'message' | 'problem'>): string {
  const p = e.problem;
  if (!p || !Object.hasOwn(DATA, p.code)) return e.message;
  return (DATA[p.code] as (m: Messages, params: unknown) => string)(t(), p.params);
}

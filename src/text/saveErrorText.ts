// Why a saved game cannot be loaded, in the player's language, from its code and data
// (src/game/saveErrors.ts keeps the English). Field paths stay as the save has them.
import type { SaveCode, SaveParams, SaveProblem, StorageFault } from '../game/saveErrors';
import { type Messages, t } from '../i18n/messages';
import { dataErrorText } from './dataErrorText';
import { jsonFaultText } from './jsonFaultText';
import { refusalText } from './refusalText';

/** The expected type of a field, worded as a scenario file's is (dataErrorText's type names). */
const expectedType = (expected: string): string =>
  dataErrorText({ message: expected, problem: { code: 'shape_type', params: { expected } } });

/** The browser's storage refusing, by the DOMException's name (its message, in the browser's language, is in the console). */
const storageText = (m: Messages, fault: StorageFault): string =>
  fault === 'quota' ? m.save_error_storage_quota() : fault === 'security' ? m.save_error_storage_security() : m.save_error_storage_other();

/** One wording per code: a code without one is a type error here and a failing test. */
const SAVE: { readonly [C in SaveCode]: (m: Messages, p: SaveParams<C>) => string } = {
  cannot_read: (m, p) => m.save_error_cannot_read({ detail: storageText(m, p.fault) }),
  too_large: (m, p) => m.save_error_too_large(p),
  // The exception's own text (a bug's, in English) is in the message and the console, not on the screen.
  unchecked: (m) => m.save_error_unchecked(),
  not_json: (m, p) => m.save_error_not_json({ detail: jsonFaultText(p.fault) }),
  not_object: (m) => m.save_error_not_object(),
  not_save: (m) => m.save_error_not_save(),
  version: (m, p) => m.save_error_version(p),
  other_scenario: (m, p) => m.save_error_other_scenario(p),
  rules: (m, p) => m.save_error_rules(p),
  field: (m, p) => {
    switch (p.issue) {
      case 'missing': return m.save_error_field_missing(p);
      case 'type': return m.save_error_field_type({ where: p.where, expected: expectedType(p.expected) });
      case 'value': return m.save_error_field_value(p);
      case 'range': return m.save_error_field_range(p);
      case 'invalid': return m.save_error_field_invalid(p);
    }
  },
  command: (m, p) => m.save_error_command({ path: p.path, detail: refusalText({ message: p.detail, refusal: p.refusal }) }),
  state_scenario: (m, p) => m.save_error_state_scenario(p),
  state_seed: (m) => m.save_error_state_seed(),
  hash: (m) => m.save_error_hash(),
  not_written_size: (m, p) => m.save_error_not_written_size(p),
  not_written: (m, p) => m.save_error_not_written({ detail: storageText(m, p.fault) }),
};

/** A bad save's reason in the current language; one without a code keeps its English. */
export function saveErrorText(r: { message: string; problem?: SaveProblem }): string {
  const p = r.problem;
  if (!p || !Object.hasOwn(SAVE, p.code)) return r.message;
  return (SAVE[p.code] as (m: Messages, params: unknown) => string)(t(), p.params);
}

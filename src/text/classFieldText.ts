// A create-class form's field at fault and why, in the page's language: from the form's own check or
// the server's answer (its `problem`; the English message stays for logs and an older server).
import type { FieldProblem } from '../net/protocol';
import { t } from '../i18n/messages';
import { dataErrorText } from './dataErrorText';

/** Each field's label; a field the form has no label for is named by its path. */
const FIELD: Readonly<Record<string, () => string>> = {
  title: () => t().class_field_title(), scenario: () => t().class_field_scenario(), seed: () => t().class_field_seed(),
  groups: () => t().class_field_groups(), hours: () => t().class_field_hours(), teams: () => t().class_field_teams(),
  injects: () => t().class_injects_due(),
};

function problemText(p: FieldProblem | undefined, message: string): string {
  if (!p) return message;
  switch (p.code) {
    case 'shape': return dataErrorText({ message, problem: p.shape });
    case 'unknown_scenario': return t().class_field_unknown_scenario(p);
    case 'unknown_inject': return t().class_field_unknown_inject(p);
    case 'no_team': return t().class_need_students();
  }
}

/** "Field: why", for the form's error line. `field` is a path ("teams.coalition"): its first part names it. */
export function classFieldText(e: { field: string; message: string; problem?: FieldProblem }): string {
  const top = e.field.split('.')[0]!;
  return t().class_field_problem({ field: Object.hasOwn(FIELD, top) ? FIELD[top]!() : e.field, message: problemText(e.problem, e.message) });
}

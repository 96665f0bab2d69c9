// The teacher's form for a class over the network: a title, the scenario, how seeds are chosen, how
// many groups, who plays each power, a student Control or not, the injects that fire by themselves,
// and how long the codes last. It resolves with a checked CreateClass (zod: the server's own schema).
import { type Power, type Scenario, shapeProblem } from '../../engine';
import { type CreateClass, createClassSchema } from '../../net/protocol';
import { type MessageKey, t } from '../../i18n/messages';
import { scenarioOption, turnDaysText } from '../../text/localNames';
import { el } from '../dom';
import { campLabel } from '../../text/choiceNames';
import { randomSeed } from '../seed';
import { localScenario } from '../../text/scenarioText';
import { classFieldText } from '../../text/classFieldText';
import { scenarioTitle } from '../../text/scenarioFacts';

const TEAMS = ['human', 'cautious', 'balanced', 'assertive'] as const;
const teamLabel = (team: (typeof TEAMS)[number]): string => (team === 'human' ? t().class_team_human() : t()[`exercise_team_${team}` satisfies MessageKey]());


export interface CreateFormHandle {
  root: HTMLElement;
  /** Shows a problem (the server's answer) and lets the teacher submit again. */
  fail(message: string): void;
}

export function createClassForm(scenarios: readonly Scenario[], onSubmit: (c: CreateClass) => void): CreateFormHandle {
  const input = (id: string, attrs: Record<string, string> = {}) => el('input', { id, name: id, ...attrs });
  const title = input('cc-title', { type: 'text', maxlength: '80', required: 'true', value: t().class_default_title() });
  const scenario = el('select', { id: 'cc-scenario' }, ...scenarios.map((s) => el('option', { value: s.id }, scenarioOption(s, scenarioTitle(s)))));
  const seedSame = el('input', { type: 'radio', name: 'cc-seed-mode', value: 'same', checked: true, id: 'cc-seed-same' });
  const seedPer = el('input', { type: 'radio', name: 'cc-seed-mode', value: 'per_group', id: 'cc-seed-per' });
  const seed = input('cc-seed', { type: 'text', maxlength: '64', autocomplete: 'off', spellcheck: 'false', value: randomSeed() });
  const groups = input('cc-groups', { type: 'number', min: '1', max: '40', value: '4', inputmode: 'numeric' });
  const team = (p: Power) => el('select', { id: `cc-team-${p}`, 'data-testid': `cc-team-${p}` }, ...TEAMS.map((v) => el('option', { value: v }, teamLabel(v))));
  const teams = { coalition: team('coalition'), russia: team('russia') };
  const control = el('input', { type: 'checkbox', id: 'cc-control', 'data-testid': 'cc-control' });
  const hours = input('cc-hours', { type: 'number', min: '1', max: '336', value: '12', inputmode: 'numeric' });
  const injects = el('div', { class: 'cc-injects' });
  const error = el('p', { class: 'cc-error', role: 'alert', 'data-testid': 'cc-error' });
  const submit = el('button', { type: 'submit', class: 'primary', 'data-testid': 'cc-create' }, t().class_create());

  const scenarioOf = (): Scenario => scenarios.find((s) => s.id === scenario.value) ?? scenarios[0]!;
  const renderInjects = (): void => {
    const s = scenarioOf();
    injects.replaceChildren(...(s.injects.length === 0 ? [el('p', { class: 'hint' }, t().exercise_no_injects())] : localScenario(s).injects.map((j) =>
      el('label', { class: 'choice' }, el('input', { type: 'checkbox', value: j.id, checked: true }), ` ${t().exercise_inject_option({ title: j.title, turn: j.turn, days: turnDaysText(s, j.turn) })}`))));
  };
  scenario.addEventListener('change', renderInjects);
  renderInjects();

  const form = el('form', { class: 'cc-form', 'aria-labelledby': 'cc-h', 'data-testid': 'create-class', novalidate: 'true' },
    el('h2', { id: 'cc-h' }, t().class_create_heading()),
    el('p', { class: 'field' }, el('label', { for: 'cc-title' }, t().class_field_title()), title),
    el('p', { class: 'field' }, el('label', { for: 'cc-scenario' }, t().class_field_scenario()), scenario),
    el('fieldset', {}, el('legend', {}, t().class_seeds()),
      el('label', { class: 'choice' }, seedSame, ` ${t().class_seed_same()}`),
      el('label', { class: 'choice' }, seedPer, ` ${t().class_seed_per()}`),
      el('p', { class: 'field' }, el('label', { for: 'cc-seed' }, t().class_field_seed()), seed)),
    el('p', { class: 'field' }, el('label', { for: 'cc-groups' }, t().class_field_groups()), groups),
    el('fieldset', {}, el('legend', {}, t().class_seats()),
      ...(['coalition', 'russia'] as const).map((p) => el('p', { class: 'field' }, el('label', { for: `cc-team-${p}` }, campLabel(p)), teams[p])),
      el('label', { class: 'choice' }, control, ` ${t().class_student_control()}`),
      el('p', { class: 'hint' }, t().exercise_is_ai())),
    el('fieldset', {}, el('legend', {}, t().class_injects_due()), injects,
      el('p', { class: 'hint' }, t().class_injects_dashboard())),
    el('p', { class: 'field' }, el('label', { for: 'cc-hours' }, t().class_hours()), hours),
    error,
    el('div', { class: 'buttons' }, submit));

  const read = (): unknown => ({
    title: title.value,
    scenario: scenario.value,
    seedMode: seedPer.checked ? 'per_group' : 'same',
    seed: seed.value.trim(),
    groups: Number(groups.value),
    teams: { coalition: teams.coalition.value, russia: teams.russia.value },
    control: control.checked,
    injects: [...injects.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
    hours: Number(hours.value),
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const raw = read() as CreateClass;
    if (raw.teams.coalition !== 'human' && raw.teams.russia !== 'human' && !raw.control) {
      error.textContent = t().class_need_students();
      return;
    }
    const parsed = createClassSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? '');
      error.textContent = classFieldText({ field, message: issue.message, problem: { code: 'shape', shape: shapeProblem(issue) } });
      form.querySelector<HTMLElement>(`#cc-${field === 'teams' ? 'team-coalition' : field}`)?.focus();
      return;
    }
    error.textContent = '';
    submit.disabled = true;
    onSubmit(parsed.data);
  });
  return { root: form, fail: (message) => { error.textContent = message; submit.disabled = false; } };
}

// The teacher's form for a class over the network: a title, the scenario, how seeds are chosen, how
// many groups, who plays each power, a student Control or not, the injects that fire by themselves,
// and how long the codes last. It resolves with a checked CreateClass (zod: the server's own schema).
import type { Power, Scenario } from '../../engine';
import { type CreateClass, createClassSchema } from '../../net/protocol';
import { turnDays } from '../../text/crisisText';
import { scenarioOption } from '../../text/scenarioFacts';
import { el } from '../dom';
import { campLabel, randomSeed } from '../startMenu';

const TEAMS = [['human', 'A team of students'], ['cautious', 'The AI, cautious doctrine'], ['balanced', 'The AI, balanced doctrine'], ['assertive', 'The AI, assertive doctrine']] as const;

/** Each field's label, for naming a field at fault. */
const FIELD: Readonly<Record<string, string>> = { title: 'Title', scenario: 'Scenario', seed: 'Seed', groups: 'Groups', hours: 'Codes last', teams: 'Who plays each camp' };

export interface CreateFormHandle {
  root: HTMLElement;
  /** Shows a problem (the server's answer) and lets the teacher submit again. */
  fail(message: string): void;
}

export function createClassForm(scenarios: readonly Scenario[], onSubmit: (c: CreateClass) => void): CreateFormHandle {
  const input = (id: string, attrs: Record<string, string> = {}) => el('input', { id, name: id, ...attrs });
  const title = input('cc-title', { type: 'text', maxlength: '80', required: 'true', value: 'Deir ez-Zor, September 2017' });
  const scenario = el('select', { id: 'cc-scenario' }, ...scenarios.map((s) => el('option', { value: s.id }, scenarioOption(s))));
  const seedSame = el('input', { type: 'radio', name: 'cc-seed-mode', value: 'same', checked: true, id: 'cc-seed-same' });
  const seedPer = el('input', { type: 'radio', name: 'cc-seed-mode', value: 'per_group', id: 'cc-seed-per' });
  const seed = input('cc-seed', { type: 'text', maxlength: '64', autocomplete: 'off', spellcheck: 'false', value: randomSeed() });
  const groups = input('cc-groups', { type: 'number', min: '1', max: '40', value: '4', inputmode: 'numeric' });
  const team = (p: Power) => el('select', { id: `cc-team-${p}`, 'data-testid': `cc-team-${p}` }, ...TEAMS.map(([v, t]) => el('option', { value: v }, t)));
  const teams = { coalition: team('coalition'), russia: team('russia') };
  const control = el('input', { type: 'checkbox', id: 'cc-control', 'data-testid': 'cc-control' });
  const hours = input('cc-hours', { type: 'number', min: '1', max: '336', value: '12', inputmode: 'numeric' });
  const injects = el('div', { class: 'cc-injects' });
  const error = el('p', { class: 'cc-error', role: 'alert', 'data-testid': 'cc-error' });
  const submit = el('button', { type: 'submit', class: 'primary', 'data-testid': 'cc-create' }, 'Create the class');

  const scenarioOf = (): Scenario => scenarios.find((s) => s.id === scenario.value) ?? scenarios[0]!;
  const renderInjects = (): void => {
    const s = scenarioOf();
    injects.replaceChildren(...(s.injects.length === 0 ? [el('p', { class: 'hint' }, 'This scenario has no injects.')] : s.injects.map((j) =>
      el('label', { class: 'choice' }, el('input', { type: 'checkbox', value: j.id, checked: true }), ` ${j.title} — turn ${j.turn} (${turnDays(s, j.turn)})`))));
  };
  scenario.addEventListener('change', renderInjects);
  renderInjects();

  const form = el('form', { class: 'cc-form', 'aria-labelledby': 'cc-h', 'data-testid': 'create-class', novalidate: 'true' },
    el('h2', { id: 'cc-h' }, 'Create a class'),
    el('p', { class: 'field' }, el('label', { for: 'cc-title' }, 'Title'), title),
    el('p', { class: 'field' }, el('label', { for: 'cc-scenario' }, 'Scenario'), scenario),
    el('fieldset', {}, el('legend', {}, 'Seeds (the dice)'),
      el('label', { class: 'choice' }, seedSame, ' Every group plays the same game (one seed)'),
      el('label', { class: 'choice' }, seedPer, ' Each group its own game (the seed followed by the group\'s number)'),
      el('p', { class: 'field' }, el('label', { for: 'cc-seed' }, 'Seed'), seed)),
    el('p', { class: 'field' }, el('label', { for: 'cc-groups' }, 'Groups'), groups),
    el('fieldset', {}, el('legend', {}, 'Seats in each group'),
      ...(['coalition', 'russia'] as const).map((p) => el('p', { class: 'field' }, el('label', { for: `cc-team-${p}` }, campLabel(p)), teams[p])),
      el('label', { class: 'choice' }, control, ' A student Control seat (injects and the all-seeing map); you can always act as Control from the dashboard'),
      el('p', { class: 'hint' }, 'IS is always played by the AI.')),
    el('fieldset', {}, el('legend', {}, 'Injects that fire by themselves when due'), injects,
      el('p', { class: 'hint' }, 'From the dashboard you can fire any inject, or one of your own, into one group or all.')),
    el('p', { class: 'field' }, el('label', { for: 'cc-hours' }, 'Codes last (hours)'), hours),
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
      error.textContent = 'Who plays each camp: at least one camp needs a team of students (or a student Control).';
      return;
    }
    const parsed = createClassSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? '');
      error.textContent = `${FIELD[field] ?? field}: ${issue.message}`;
      form.querySelector<HTMLElement>(`#cc-${field === 'teams' ? 'team-coalition' : field}`)?.focus();
      return;
    }
    error.textContent = '';
    submit.disabled = true;
    onSubmit(parsed.data);
  });
  return { root: form, fail: (message) => { error.textContent = message; submit.disabled = false; } };
}

// The exercise setup screen: scenario, seed, who plays each power, Control, and which injects are on.
// It shows the exercise code and link as they change; Start resolves with the settings. Opened from
// the start menu or prefilled from an ?exercise= link.
import { type Power, type Scenario, newGame, viewFor } from '../../engine';
import { exerciseCode, exerciseLink } from '../../exercise/code';
import { LOCALES, type MessageKey, currentLocale, t } from '../../i18n/messages';
import { type ExerciseConfig, TEAM_SETTINGS, type TeamSetting, defaultConfig } from '../../exercise/config';
import { makeLock } from '../../exercise/passcode';
import { campLabel, scenarioOption, turnDaysText } from '../../text/localNames';
import { el } from '../dom';
import { LANGUAGE_NAMES } from '../language';
import { campLabel as campTeamLabel } from '../../text/choiceNames';
import { randomSeed } from '../seed';
import { kitFor } from '../../exercise/kits';
import { showBriefingPack } from './briefingPack';
import { showHandbook } from './handbook';
import { loadScenarioText, localScenario } from '../../text/scenarioText';
import { scenarioTitle } from '../../text/scenarioFacts';

const teamLabel = (team: TeamSetting): string => t()[`exercise_team_${team}` satisfies MessageKey]();

/** Resolves with the settings on Start, or 'resume' when `resumeLabel` is given and its button pressed. */
export function showExerciseSetup(root: HTMLElement, scenarios: readonly Scenario[], initial?: ExerciseConfig, resumeLabel?: string): Promise<ExerciseConfig | 'resume'> {
  let config: ExerciseConfig = initial ?? defaultConfig(scenarios[0]!, randomSeed());
  const scenarioOf = (): Scenario => scenarios.find((s) => s.id === config.scenario) ?? scenarios[0]!;
  const scenarioSelect = el('select', { id: 'ex-scenario' }, ...scenarios.map((s) => el('option', { value: s.id }, scenarioOption(s, scenarioTitle(s)))));
  const seed = el('input', { id: 'ex-seed', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '64' });
  const newSeed = el('button', { type: 'button' }, t().exercise_new_seed());
  const team = (p: Power): HTMLSelectElement => el('select', { id: `ex-team-${p}`, 'data-testid': `ex-team-${p}` },
    ...TEAM_SETTINGS.map((s) => el('option', { value: s }, teamLabel(s))));
  const teams = { coalition: team('coalition'), russia: team('russia') };
  const control = el('input', { id: 'ex-control', type: 'checkbox', 'data-testid': 'ex-control' });
  // Never part of the code or link: only its salted hash goes with the exercise (config and save).
  const passcode = el('input', { id: 'ex-passcode', type: 'password', autocomplete: 'new-password', maxlength: '64', 'data-testid': 'ex-passcode' });
  const injects = el('div', { class: 'ex-injects', 'data-testid': 'ex-injects' });
  // A code and a link read left to right in every language (in Arabic an rtl box showed their ends).
  const code = el('input', { id: 'ex-code', type: 'text', readonly: true, dir: 'ltr', 'data-testid': 'ex-code' });
  const link = el('input', { id: 'ex-link', type: 'text', readonly: true, dir: 'ltr', 'data-testid': 'ex-link' });
  const copy = el('button', { type: 'button', 'data-testid': 'ex-copy' }, t().exercise_copy_link());
  // Each team may read in its own language: the same exercise, opened with another lang=.
  const languageLinks = LOCALES.map((l) => el('a', { lang: l, 'data-testid': `ex-link-${l}` }, LANGUAGE_NAMES[l]));
  const status = el('p', { class: 'hint', role: 'status' });
  const error = el('p', { class: 'ex-error', role: 'alert', 'data-testid': 'ex-error' });
  const packs = el('div', { class: 'buttons' });
  const start = el('button', { type: 'submit', class: 'primary', 'data-testid': 'ex-start' }, t().exercise_start());
  const back = el('a', { href: './', class: 'menu-link' }, t().exercise_back());
  const resume = resumeLabel ? el('button', { type: 'button', class: 'primary', 'data-testid': 'ex-resume' }, resumeLabel) : null;

  const form = el('form', { class: 'menu-card exercise-setup', 'aria-labelledby': 'ex-title', 'data-testid': 'exercise-setup' },
    el('h1', { id: 'ex-title' }, t().exercise_setup_title()),
    // A returning teacher's first choice: at the top, above the fold on a small laptop's screen.
    resume ? el('div', { class: 'ex-resume-box', 'data-testid': 'ex-resume-box' },
      el('p', {}, t().exercise_saved()), resume) : null,
    el('p', { class: 'lede' }, t().exercise_setup_lede()),
    el('div', { class: 'menu-grid' },
      el('div', {},
        el('label', { for: 'ex-scenario', class: 'field-label' }, t().exercise_scenario()), scenarioSelect,
        el('label', { for: 'ex-seed', class: 'field-label' }, t().exercise_seed()), el('div', { class: 'seed-row' }, seed, newSeed),
        el('fieldset', {}, el('legend', {}, t().exercise_who_plays()),
          ...(['coalition', 'russia'] as const).map((p) => el('p', { class: 'row' }, el('label', { for: `ex-team-${p}` }, campTeamLabel(p)), teams[p])),
          el('p', { class: 'hint' }, t().exercise_is_ai())),
        el('p', { class: 'row' }, el('label', { class: 'choice' }, control, ` ${t().exercise_with_control()}`)),
        el('p', { class: 'row' }, el('label', { for: 'ex-passcode' }, t().exercise_passcode_optional()), passcode,
          el('span', { class: 'hint' }, t().exercise_passcode_hint()))),
      el('fieldset', {}, el('legend', {}, t().exercise_injects_legend()), injects,
        el('p', { class: 'hint' }, t().exercise_injects_hint()))),
    el('fieldset', {}, el('legend', {}, t().exercise_code_legend()),
      el('label', { for: 'ex-code', class: 'field-label' }, t().exercise_code()), code,
      el('label', { for: 'ex-link', class: 'field-label' }, t().exercise_link()), el('div', { class: 'seed-row' }, link, copy),
      el('p', { class: 'hint ex-languages' }, t().exercise_links_in(), ...languageLinks.flatMap((a) => [' ', a])), status),
    el('h2', { class: 'field-label' }, t().exercise_packs_heading()), packs,
    error,
    el('div', { class: 'buttons menu-buttons' }, start, back));
  const overlay = el('div', { class: 'overlay', id: 'exercise-setup' }, el('div', { class: 'menu-main' }, form));
  root.append(overlay);

  const renderInjects = (): void => {
    const s = scenarioOf();
    const local = localScenario(s);
    injects.replaceChildren(...(s.injects.length === 0 ? [el('p', { class: 'hint' }, t().exercise_no_injects())] : local.injects.map((j) =>
      el('label', { class: 'choice ex-inject' },
        el('input', { type: 'checkbox', value: j.id, checked: config.injects.includes(j.id), 'data-testid': `ex-inject-${j.id}` }),
        ` ${t().exercise_inject_option({ title: j.title, turn: j.turn, days: turnDaysText(s, j.turn) })}`))));
  };
  const renderPacks = (): void => {
    const s = scenarioOf();
    const kit = kitFor(s);
    const book = kit ? el('button', { type: 'button', 'data-testid': 'ex-handbook' }, t().exercise_handbook()) : null;
    if (book && kit) book.addEventListener('click', () => void loadScenarioText(s.id).then(() => showHandbook(s, kit)));
    packs.replaceChildren(...(['coalition', 'russia'] as const).map((p) => {
      const b = el('button', { type: 'button', 'data-testid': `ex-pack-${p}` }, t().brief_pack_title({ camp: campLabel(s, p) }));
      b.addEventListener('click', () => void loadScenarioText(s.id).then(() => showBriefingPack(s, viewFor(s, newGame(s, config.seed), p), p)));
      return b;
    }), ...(book ? [book] : []));
  };
  const fill = (): void => {
    scenarioSelect.value = config.scenario;
    seed.value = config.seed;
    teams.coalition.value = config.teams.coalition;
    teams.russia.value = config.teams.russia;
    control.checked = config.control;
    renderInjects();
    renderPacks();
    // The injects' titles in the page's language once the scenario's overlay is loaded.
    const id = config.scenario;
    void loadScenarioText(id).then(() => { if (scenarioOf().id === id) renderInjects(); });
  };
  const read = (): ExerciseConfig => ({
    scenario: scenarioSelect.value,
    seed: seed.value.trim() || config.seed,
    teams: { coalition: teams.coalition.value as TeamSetting, russia: teams.russia.value as TeamSetting },
    control: control.checked,
    injects: [...injects.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
  });
  const problem = (c: ExerciseConfig): string =>
    c.teams.coalition !== 'human' && c.teams.russia !== 'human' ? t().exercise_human_needed() : '';
  const update = (): void => {
    config = read();
    code.value = exerciseCode(config);
    link.value = exerciseLink(config, location.href, currentLocale());
    LOCALES.forEach((l, i) => { languageLinks[i]!.href = exerciseLink(config, location.href, l); });
    error.textContent = problem(config);
  };
  scenarioSelect.addEventListener('change', () => {
    config = { ...read(), injects: (scenarios.find((s) => s.id === scenarioSelect.value)?.injects ?? []).map((j) => j.id) };
    fill();
    update();
  });
  newSeed.addEventListener('click', () => { seed.value = randomSeed(); update(); });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  copy.addEventListener('click', () => {
    link.select();
    void navigator.clipboard?.writeText(link.value).then(() => { status.textContent = t().exercise_link_copied(); }, () => { status.textContent = t().exercise_copy_yourself(); });
  });
  fill();
  update();
  return new Promise((resolve) => {
    resume?.addEventListener('click', () => { overlay.remove(); resolve('resume'); });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      update();
      if (problem(config)) { error.focus(); return; }
      overlay.remove();
      resolve(config.control && passcode.value ? { ...config, controlLock: makeLock(passcode.value) } : config);
    });
  });
}

/** A bad exercise link, named in a dismissable banner (role=alert) over a page that goes on working. */
export function showExerciseError(message: string): void {
  document.getElementById('exercise-error')?.remove();
  const close = el('button', { type: 'button' }, t().exercise_dismiss());
  const b = el('div', { class: 'replay-error', id: 'exercise-error', role: 'alert', 'data-testid': 'exercise-error' }, el('span', {}, message), close);
  close.addEventListener('click', () => b.remove());
  document.body.append(b);
}

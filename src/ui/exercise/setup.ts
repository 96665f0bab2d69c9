// The exercise setup screen: scenario, seed, who plays each power, Control, and which injects are on.
// It shows the exercise code and link as they change; Start resolves with the settings. Opened from
// the start menu or prefilled from an ?exercise= link.
import { type Power, type Scenario, newGame, viewFor } from '../../engine';
import { exerciseCode, exerciseLink } from '../../exercise/code';
import { currentLocale } from '../../i18n/messages';
import { type ExerciseConfig, TEAM_SETTINGS, type TeamSetting, defaultConfig } from '../../exercise/config';
import { makeLock } from '../../exercise/passcode';
import { turnDays } from '../../text/crisisText';
import { scenarioOption } from '../../text/scenarioFacts';
import { campName } from '../../text/places';
import { el } from '../dom';
import { campLabel, randomSeed } from '../startMenu';
import { kitFor } from '../../exercise/kits';
import { showBriefingPack } from './briefingPack';
import { showHandbook } from './handbook';

const TEAM_LABEL: Readonly<Record<TeamSetting, string>> = {
  human: 'A human team',
  cautious: 'The AI, cautious doctrine',
  balanced: 'The AI, balanced doctrine',
  assertive: 'The AI, assertive doctrine',
};

/** Resolves with the settings on Start, or 'resume' when `resumeLabel` is given and its button pressed. */
export function showExerciseSetup(root: HTMLElement, scenarios: readonly Scenario[], initial?: ExerciseConfig, resumeLabel?: string): Promise<ExerciseConfig | 'resume'> {
  let config: ExerciseConfig = initial ?? defaultConfig(scenarios[0]!, randomSeed());
  const scenarioOf = (): Scenario => scenarios.find((s) => s.id === config.scenario) ?? scenarios[0]!;
  const scenarioSelect = el('select', { id: 'ex-scenario' }, ...scenarios.map((s) => el('option', { value: s.id }, scenarioOption(s))));
  const seed = el('input', { id: 'ex-seed', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '64' });
  const newSeed = el('button', { type: 'button' }, 'New random seed');
  const team = (p: Power): HTMLSelectElement => el('select', { id: `ex-team-${p}`, 'data-testid': `ex-team-${p}` },
    ...TEAM_SETTINGS.map((t) => el('option', { value: t }, TEAM_LABEL[t])));
  const teams = { coalition: team('coalition'), russia: team('russia') };
  const control = el('input', { id: 'ex-control', type: 'checkbox', 'data-testid': 'ex-control' });
  // Never part of the code or link: only its salted hash goes with the exercise (config and save).
  const passcode = el('input', { id: 'ex-passcode', type: 'password', autocomplete: 'new-password', maxlength: '64', 'data-testid': 'ex-passcode' });
  const injects = el('div', { class: 'ex-injects', 'data-testid': 'ex-injects' });
  const code = el('input', { id: 'ex-code', type: 'text', readonly: true, 'data-testid': 'ex-code' });
  const link = el('input', { id: 'ex-link', type: 'text', readonly: true, 'data-testid': 'ex-link' });
  const copy = el('button', { type: 'button', 'data-testid': 'ex-copy' }, 'Copy link');
  const status = el('p', { class: 'hint', role: 'status' });
  const error = el('p', { class: 'ex-error', role: 'alert', 'data-testid': 'ex-error' });
  const packs = el('div', { class: 'buttons' });
  const start = el('button', { type: 'submit', class: 'primary', 'data-testid': 'ex-start' }, 'Start the exercise');
  const back = el('a', { href: './', class: 'menu-link' }, 'Back to the menu');
  const resume = resumeLabel ? el('button', { type: 'button', class: 'primary', 'data-testid': 'ex-resume' }, resumeLabel) : null;

  const form = el('form', { class: 'menu-card exercise-setup', 'aria-labelledby': 'ex-title', 'data-testid': 'exercise-setup' },
    el('h1', { id: 'ex-title' }, 'Run a class exercise'),
    // A returning teacher's first choice: at the top, above the fold on a small laptop's screen.
    resume ? el('div', { class: 'ex-resume-box', 'data-testid': 'ex-resume-box' },
      el('p', {}, 'An exercise on this machine was saved: pick it up at its next handover, or set up a new one below.'), resume) : null,
    el('p', { class: 'lede' }, 'Every group that opens the same exercise link plays the same seeded game. Two human teams take turns on this machine; a handover screen hides everything between their phases.'),
    el('div', { class: 'menu-grid' },
      el('div', {},
        el('label', { for: 'ex-scenario', class: 'field-label' }, 'Scenario'), scenarioSelect,
        el('label', { for: 'ex-seed', class: 'field-label' }, 'Seed'), el('div', { class: 'seed-row' }, seed, newSeed),
        el('fieldset', {}, el('legend', {}, 'Who plays each camp'),
          ...(['coalition', 'russia'] as const).map((p) => el('p', { class: 'row' }, el('label', { for: `ex-team-${p}` }, campLabel(p)), teams[p])),
          el('p', { class: 'hint' }, 'IS is always played by the AI.')),
        el('p', { class: 'row' }, el('label', { class: 'choice' }, control, ' A facilitator (Control) takes part: all-seeing map, injects, pause, notes')),
        el('p', { class: 'row' }, el('label', { for: 'ex-passcode' }, 'Control passcode (optional)'), passcode,
          el('span', { class: 'hint' }, 'Asked on the handover before Control opens. Never in the code or link.'))),
      el('fieldset', {}, el('legend', {}, 'Injects that fire at the start of their turn'), injects,
        el('p', { class: 'hint' }, 'Control can also fire any of them, or write its own, between phases.'))),
    el('fieldset', {}, el('legend', {}, 'Exercise code and link'),
      el('label', { for: 'ex-code', class: 'field-label' }, 'Code'), code,
      el('label', { for: 'ex-link', class: 'field-label' }, 'Link for every group'), el('div', { class: 'seed-row' }, link, copy), status),
    el('h2', { class: 'field-label' }, 'Briefing packs and Control\'s handbook (on screen and printable)'), packs,
    error,
    el('div', { class: 'buttons menu-buttons' }, start, back));
  const overlay = el('div', { class: 'overlay', id: 'exercise-setup' }, el('div', { class: 'menu-main' }, form));
  root.append(overlay);

  const renderInjects = (): void => {
    const s = scenarioOf();
    injects.replaceChildren(...(s.injects.length === 0 ? [el('p', { class: 'hint' }, 'This scenario has no injects.')] : s.injects.map((j) =>
      el('label', { class: 'choice ex-inject' },
        el('input', { type: 'checkbox', value: j.id, checked: config.injects.includes(j.id), 'data-testid': `ex-inject-${j.id}` }),
        ` ${j.title} — turn ${j.turn} (${turnDays(s, j.turn)})`))));
  };
  const renderPacks = (): void => {
    const s = scenarioOf();
    const kit = kitFor(s);
    const book = kit ? el('button', { type: 'button', 'data-testid': 'ex-handbook' }, 'Control\'s handbook') : null;
    if (book && kit) book.addEventListener('click', () => showHandbook(s, kit));
    packs.replaceChildren(...(['coalition', 'russia'] as const).map((p) => {
      const b = el('button', { type: 'button', 'data-testid': `ex-pack-${p}` }, `Briefing pack: ${campName(s, p)}`);
      b.addEventListener('click', () => showBriefingPack(s, viewFor(s, newGame(s, config.seed), p), p));
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
  };
  const read = (): ExerciseConfig => ({
    scenario: scenarioSelect.value,
    seed: seed.value.trim() || config.seed,
    teams: { coalition: teams.coalition.value as TeamSetting, russia: teams.russia.value as TeamSetting },
    control: control.checked,
    injects: [...injects.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
  });
  const problem = (c: ExerciseConfig): string =>
    c.teams.coalition !== 'human' && c.teams.russia !== 'human' ? 'At least one camp must be played by a human team.' : '';
  const update = (): void => {
    config = read();
    code.value = exerciseCode(config);
    link.value = exerciseLink(config, location.href, currentLocale());
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
    void navigator.clipboard?.writeText(link.value).then(() => { status.textContent = 'Link copied.'; }, () => { status.textContent = 'Select the link and copy it.'; });
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
  const close = el('button', { type: 'button' }, 'Dismiss');
  const b = el('div', { class: 'replay-error', id: 'exercise-error', role: 'alert', 'data-testid': 'exercise-error' }, el('span', {}, message), close);
  close.addEventListener('click', () => b.remove());
  document.body.append(b);
}

// The start screen: scenario (every built-in one with its length and class time, or a file loaded
// from disk), camp, the opponent's doctrine and difficulty, and the seed; Start, Continue the latest game in
// progress, resume or view another saved game, or How to play. Resolves once the player starts or continues.
import { DOCTRINES, type Doctrine, type Power, type Scenario } from '../engine';
import { defaultDoctrine } from '../game/doctrine';
import { DIFFICULTIES, type Difficulty } from '../game/difficulty';
import type { SaveSlot } from '../game/saveSlots';
import { el } from './dom';
import { randomSeed } from './seed';
import { showHowToPlay } from './howToPlay';
import { saveNotice } from './saveNotice';
import { scenarioFacts, scenarioOption, scenarioSummary, scenarioTitle } from '../text/scenarioFacts';
import { scenarioFilePicker } from './scenarioFile';
import { languagePicker } from './language';
import { currentLocale, t } from '../i18n/messages';
import { campLabel, doctrineName } from '../text/choiceNames';

/** `custom`: the scenario was loaded from a file, not built in (it is neither saved nor offered as a replay). */
export interface GameChoice { scenarioId: string; scenario: Scenario; custom: boolean; camp: Power; seed: string; doctrine: Doctrine; difficulty: Difficulty }
/** A new game, or the game in a save slot continued. */
export type MenuChoice = ({ kind: 'new' } & GameChoice) | { kind: 'continue'; slot: number };

// Functions, not tables: the words exist only once a language is loaded (src/ui/language.ts).
export function doctrineText(d: Doctrine): string {
  return { cautious: t().menu_doctrine_text_cautious, balanced: t().menu_doctrine_text_balanced, assertive: t().menu_doctrine_text_assertive }[d]();
}
export function difficultyName(d: Difficulty): string {
  return { easy: t().common_difficulty_easy, normal: t().common_difficulty_normal, hard: t().common_difficulty_hard }[d]();
}
export function difficultyText(d: Difficulty): string {
  return { easy: t().menu_difficulty_text_easy, normal: t().menu_difficulty_text_normal, hard: t().menu_difficulty_text_hard }[d]();
}


export interface MenuOptions {
  scenarios: readonly Scenario[];
  seed?: string;
  /** The saved games, the most recent first (listSaves). */
  saves?: readonly SaveSlot[];
  /** View replay of a finished saved game: opens the viewer itself (the menu stays until it does). */
  onView?: (slot: number) => void;
}

export function showStartMenu(root: HTMLElement, opts: MenuOptions): Promise<MenuChoice> {
  const saves = opts.saves ?? [];
  const hasSave = saves.length > 0;
  const canContinue = saves.some((s) => s.result.kind === 'ok' && s.result.save.state.status !== 'over');
  const scenarios = [...opts.scenarios];
  const builtinIds = new Set(scenarios.map((s) => s.id));
  const scenarioSelect = el('select', { id: 'scenario', name: 'scenario' },
    ...scenarios.map((s) => el('option', { value: s.id }, scenarioOption(s))));
  const facts = el('p', { class: 'hint', id: 'scenario-facts', 'data-testid': 'scenario-facts' });
  const summary = el('p', { class: 'lede', id: 'scenario-summary' });
  // A scenario file from disk joins the list once it validates; it is played, never saved.
  const picker = scenarioFilePicker(builtinIds, (s) => {
    const at = scenarios.findIndex((x) => x.id === s.id);
    if (at >= 0) { scenarios[at] = s; scenarioSelect.querySelector(`option[value="${CSS.escape(s.id)}"]`)?.remove(); } else scenarios.push(s);
    scenarioSelect.append(el('option', { value: s.id }, t().menu_from_file({ option: scenarioOption(s) })));
    scenarioSelect.value = s.id;
    refresh();
  });
  const seedInput = el('input', { id: 'seed', name: 'seed', type: 'text', value: opts.seed ?? randomSeed(), autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'seed-hint' });
  const newSeed = el('button', { type: 'button', id: 'new-seed' }, t().menu_new_seed());
  const doctrineSelect = el('select', { id: 'doctrine', name: 'doctrine', 'aria-describedby': 'doctrine-hint' },
    ...DOCTRINES.map((d) => el('option', { value: d }, doctrineName(d))));
  const difficultySelect = el('select', { id: 'difficulty', name: 'difficulty', 'aria-describedby': 'difficulty-hint' },
    ...DIFFICULTIES.map((d) => el('option', { value: d, selected: d === 'normal' }, difficultyName(d))));
  const radio = (camp: Power) => el('label', { class: 'camp-choice' },
    el('input', { type: 'radio', name: 'camp', value: camp, checked: camp === 'coalition' }), ' ', campLabel(camp));
  const howButton = el('button', { type: 'button', id: 'how-to-play-button' }, t().menu_how_to_play());
  let onSaveChoice = (_choice: MenuChoice): void => {};
  const notice = saveNotice(saves, {
    resume: (slot) => onSaveChoice({ kind: 'continue', slot }),
    view: (slot) => opts.onView?.(slot),
  });
  // The title names the scenario chosen: there are several, and a file may bring another.
  const title = el('h1', { id: 'menu-title' });
  const form = el('form', { class: 'menu-card', 'aria-labelledby': 'menu-title' },
    title,
    languagePicker(currentLocale()),
    notice,
    el('label', { for: 'scenario', class: 'field-label' }, t().menu_scenario()),
    scenarioSelect,
    facts,
    summary,
    // Two columns on wide screens, so the whole menu fits a 720-pixel-high window.
    el('div', { class: 'menu-grid' },
      el('fieldset', {}, el('legend', {}, hasSave ? t().menu_camp_new_game() : t().menu_camp()), radio('coalition'), radio('russia')),
      el('div', {},
        el('label', { for: 'doctrine', class: 'field-label' }, t().menu_doctrine()),
        doctrineSelect,
        el('p', { class: 'hint', id: 'doctrine-hint' }),
        el('label', { for: 'difficulty', class: 'field-label' }, t().menu_difficulty()),
        difficultySelect,
        el('p', { class: 'hint', id: 'difficulty-hint' }),
        el('label', { for: 'seed', class: 'field-label' }, t().menu_seed()),
        el('div', { class: 'seed-row' }, seedInput, newSeed),
        el('p', { class: 'hint', id: 'seed-hint' }, t().menu_seed_hint()))),
    picker,
    el('div', { class: 'buttons menu-buttons' },
      el('button', { type: 'submit', id: 'start-button', class: canContinue ? undefined : 'primary' }, hasSave ? t().menu_start_new() : t().menu_start()),
      howButton,
      el('a', { href: './class.html', id: 'class-page-link', class: 'menu-link' }, t().menu_class_link())),
  );
  const overlay = el('div', { class: 'overlay', id: 'start-menu' }, el('div', { class: 'menu-main' }, form));
  root.append(overlay);

  const chosen = (): { scenario: Scenario; camp: Power } => {
    const scenario = scenarios.find((s) => s.id === scenarioSelect.value) ?? scenarios[0]!;
    const camp: Power = form.querySelector<HTMLInputElement>('input[name="camp"]:checked')?.value === 'russia' ? 'russia' : 'coalition';
    return { scenario, camp };
  };
  // The doctrine follows the scenario's default for the opponent until the player picks one.
  let doctrineTouched = false;
  const refresh = (): void => {
    const { scenario, camp } = chosen();
    title.textContent = t().menu_title({ scenario: scenarioTitle(scenario) });
    summary.textContent = scenarioSummary(scenario);
    facts.textContent = `${builtinIds.has(scenario.id) ? '' : `${t().menu_loaded_from_file()} `}${scenarioFacts(scenario)}.`;
    const def = defaultDoctrine(scenario, camp);
    if (!doctrineTouched) doctrineSelect.value = def;
    const d = doctrineSelect.value as Doctrine;
    form.querySelector('#doctrine-hint')!.textContent = t().menu_doctrine_hint({ doctrine: doctrineName(d), text: doctrineText(d), default: doctrineName(def).toLocaleLowerCase(currentLocale()) });
    const level = difficultySelect.value as Difficulty;
    form.querySelector('#difficulty-hint')!.textContent = t().menu_difficulty_hint({ level: difficultyName(level), text: difficultyText(level) });
  };
  scenarioSelect.addEventListener('change', refresh);
  form.addEventListener('change', (e) => { if ((e.target as HTMLElement).getAttribute('name') === 'camp') refresh(); });
  doctrineSelect.addEventListener('change', () => { doctrineTouched = true; refresh(); });
  difficultySelect.addEventListener('change', refresh);
  newSeed.addEventListener('click', () => { seedInput.value = randomSeed(); });
  howButton.addEventListener('click', () => showHowToPlay());
  refresh();

  return new Promise((resolve) => {
    onSaveChoice = (choice) => {
      overlay.remove();
      resolve(choice);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const { scenario, camp } = chosen();
      const seed = seedInput.value.trim() || randomSeed();
      overlay.remove();
      resolve({
        kind: 'new', scenarioId: scenario.id, scenario, custom: !builtinIds.has(scenario.id), camp, seed,
        doctrine: doctrineSelect.value as Doctrine, difficulty: difficultySelect.value as Difficulty,
      });
    });
  });
}

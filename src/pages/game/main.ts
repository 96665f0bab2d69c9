// Entry point: the start menu (or URL parameters), then the session, the side panel and the map.
// URL parameters: ?camp=coalition|russia skips the menu, &seed=abc fixes the dice, &doctrine=cautious|
// balanced|assertive sets the opponent's, &difficulty=easy|normal|hard its level, &briefing=off skips the briefing (tests), &renderer=canvas|webgl
// forces Phaser's renderer (default AUTO), &anim=off|1|2|4 sets the map's animation speed for this load
// (tests use off; see src/presenter/animSetting.ts). The game autosaves to localStorage at the start of each of
// the player's turns and after each of the player's commands, in a save slot of its own (a new game
// never overwrites another's save: src/game/saveSlots.ts); the start menu offers to continue it.
// Replays: #replay=…&turn=N opens the replay viewer instead (never touching the save); ?code=DEZ17-seed
// (or ?seed=) fills the menu's seed; a replay file can be opened from the menu or dropped on the page.
import '../../ui/zodNoEval';
import '../../ui/style.css';
import { DOCTRINES, type Doctrine, type Power } from '../../engine/core';
import { defaultDoctrine, withOpponentDoctrine } from '../../game/doctrine';
import { DIFFICULTIES, type Difficulty } from '../../game/difficulty';
import { type SaveStorage, emptySlot, hasSaves, makeSave, writeSave } from '../../game/saveWrite';
import { GameSession } from '../../presenter/session';
import { parseGameCode } from '../../replay/gameCode';
import { mainScenario } from '../../mainScenario';
import type { RendererChoice } from '../../scenes/startGame';
import { Controller } from '../../presenter/controller';
import { HotlinePanel } from '../../ui/hotline/panel';
import { loadMap } from '../mapLoader';
import { Hud } from '../../ui/hud';
import { showBriefing } from '../../ui/briefing';
import { AttentionBanner } from '../../ui/attention';
import { randomSeed } from '../../ui/seed';
import { showReplayError } from '../../ui/replay/alert';
import type { OpenedReplay } from '../../ui/replay/open';
import { listenForDrops, replayFileButton } from '../../ui/replay/picker';
import { replayLink } from '../../ui/replay/share';
import { addResultDownload, mountSharePanel } from '../../ui/replay/sharePanel';
import type { ExerciseConfig } from '../../exercise/config';
import { chooseLanguage } from '../../ui/language';
import { loadMessageGroups, t, withMessages } from '../../i18n/messages';
import { loadAi } from '../../presenter/aiPlayers';
import { loadRules } from '../../match/rules';
import { loadScenarioText } from '../../text/scenarioText';

// What only some games need loads when asked for, not with the page (issue 19): the replay viewer and
// reading replays, the class exercise, the tutorial, the start menu, and reading saves (zod's checks),
// each with the message groups it shows (the page loads only the map's, 'game', first: docs/i18n.md).
// The engine's command rules (src/match/rules.ts) come with whatever replays or resumes a game: the
// replay viewer and reading replays (verification), the exercise and the tutorial, and reading saves.
const withRules = <M>(load: () => Promise<M>) => (): Promise<M> => Promise.all([load(), loadRules()]).then(([m]) => m);
const replayViewer = () => withMessages(['menu', 'play'], withRules(() => import('../replay/startReplay')));
const replayOpen = () => withMessages(['menu', 'play'], withRules(() => import('../../ui/replay/open')));
// The exercise and the tutorial start their games at once, so they bring the AI (aiPlayers.ts) and the rules with them.
const withAi = <M>(load: () => Promise<M>) => (): Promise<M> => Promise.all([load(), loadAi(), loadRules()]).then(([m]) => m);
const exerciseUi = () => withMessages(['exercise', 'control', 'menu', 'play'], withAi(() => import('./exercise')));
const tutorialUi = () => withMessages(['tut', 'menu', 'play'], withAi(() => import('./tutorial')));
const saveSlots = () => withMessages(['menu', 'play'], withRules(() => import('../../game/saveSlots')));
const startMenu = () => withMessages(['menu', 'play'], () => import('../../ui/startMenu'));
// Panels most turns never show load with their first use: the result (game over), the strike
// warning (fire that risks the other power) and the words for a save that failed to write.
const resultPanel = () => withMessages(['play'], () => import('../../ui/resultPanel'));
const strikeWarning = () => withMessages(['play'], () => import('../../ui/strikeWarning'));
const saveErrorText = () => withMessages(['play'], () => import('../../text/saveErrorText'));
const resultReview = () => withMessages(['review', 'menu', 'play'], () => import('../../ui/review/resultReview'));
// Every built-in scenario, for the menu and exercises: a game of the main one needs only it (mainScenario.ts).
const allScenarios = () => import('../../scenarios');
const scenarioList = async () => {
  const { SCENARIO_IDS, builtinScenario } = await allScenarios();
  return SCENARIO_IDS.map((id) => builtinScenario(id)!);
};
const builtin = async (id: string) => (await allScenarios()).builtinScenario(id);

const POWERS: readonly string[] = ['coalition', 'russia'];

/** What the update banner's Reload runs first: the game's autosave, once a game runs. */
let beforeReload: () => void = () => {};

async function main(): Promise<void> {
  // The language first: every panel below speaks it (src/ui/language.ts).
  await chooseLanguage(['game']);
  const params = new URLSearchParams(location.search);
  const renderer = (['canvas', 'webgl'].includes(params.get('renderer') ?? '') ? params.get('renderer') : 'auto') as RendererChoice;
  const campParam = params.get('camp');
  const coded = params.has('code') ? parseGameCode(params.get('code')!) : undefined;
  const seedParam = params.get('seed') ?? (coded?.ok ? coded.seed : undefined);
  const doctrineParam = DOCTRINES.find((d) => d === params.get('doctrine'));
  const difficultyParam = DIFFICULTIES.find((d) => d === params.get('difficulty'));
  const main = mainScenario();

  // A replay link opens the viewer; a bad one is named and the menu comes up as usual.
  const fromLink = location.hash.length > 1 ? (await replayOpen()).openFromHash(location.hash) : null;
  if (fromLink?.ok) return (await replayViewer()).startReplay(fromLink.opened, renderer);
  if (fromLink) showReplayError(fromLink.message);
  if (coded && !coded.ok) {
    await loadMessageGroups('play');
    showReplayError(coded.message, t().replay_code_unusable());
  }
  // ?exercise=CODE opens the class exercise's setup, prefilled; a bad code is named and the menu comes up.
  const exerciseParam = params.get('exercise');
  const exerciseCoded = exerciseParam !== null ? (await import('../../exercise/code')).parseExerciseCode(exerciseParam, (await allScenarios()).builtinScenario) : undefined;
  if (exerciseCoded && !exerciseCoded.ok) {
    // Worded once the exercise's messages (exercise_error_*) are loaded with its UI.
    const [ui, { exerciseCodeText }] = await Promise.all([exerciseUi(), import('../../text/exerciseCodeText')]);
    ui.showExerciseError(exerciseCodeText(exerciseCoded));
  }
  let exercise: ExerciseConfig | undefined;
  // A replay file dropped (or picked) before a game starts opens here; once a game runs, the page
  // reloads into the viewer (the game is autosaved).
  let gameRunning = false;
  let replayPicked: (o: OpenedReplay) => void = () => {};
  const picked = new Promise<OpenedReplay>((resolve) => { replayPicked = resolve; });
  const onReplay = (o: OpenedReplay): void => {
    if (!gameRunning) return replayPicked(o);
    void replayLink(o.replay).then((link) => {
      location.assign(link);
      location.reload();
    });
  };
  listenForDrops(onReplay);

  const storage = localStore();
  let session: GameSession;
  let doctrine: Doctrine;
  let difficulty: Difficulty = 'normal';
  let isNew = true;
  /** The guided first game (the menu's Tutorial): its own small scenario and seed, never saved. */
  let tutorial: Awaited<ReturnType<typeof tutorialUi>> | undefined;
  /** A scenario loaded from a file: played, but neither saved nor offered as a replay (no build could open it again). */
  let custom = false;
  /** The save slot this game autosaves to; a new game takes one at its first save (saveSlots.ts). */
  let saveSlot: number | undefined;
  if (exerciseCoded?.ok) exercise = await (await exerciseUi()).showExerciseSetup(document.body, await scenarioList(), exerciseCoded.config) as ExerciseConfig;
  if (exercise) {
    session = (await exerciseUi()).exerciseSession(exercise, (await builtin(exercise.scenario)) ?? main);
    doctrine = defaultDoctrine(session.scenario, session.camp);
  } else if (campParam && POWERS.includes(campParam)) {
    const camp = campParam as Power;
    doctrine = doctrineParam ?? defaultDoctrine(main, camp);
    difficulty = difficultyParam ?? 'normal';
    session = new GameSession(withOpponentDoctrine(main, camp, doctrine), camp, seedParam ?? randomSeed(), undefined, undefined, difficulty);
  } else {
    // Every built-in scenario's saves, in one list (listAllSaves numbers their slots across scenarios).
    const scenarios = await scenarioList();
    // Saves are read (and checked, with zod) only when there are any.
    const slots = storage && hasSaves(storage, scenarios.map((sc) => sc.id)) ? await saveSlots() : undefined;
    const saves = storage && slots ? slots.listAllSaves(storage, scenarios) : [];
    const slotOf = (n: number): { scenario: number; slot: number } => slots!.slotOf(n);
    const scenarioOfSlot = (slot: number) => scenarios[slotOf(slot).scenario] ?? main;
    const savedGame = (slot: number) => {
      const r = saves.find((s) => s.slot === slot)?.result;
      return r?.kind === 'ok' ? r.save : undefined;
    };
    const savedDoctrine = (slot: number, save: NonNullable<ReturnType<typeof savedGame>>): Doctrine => save.opponentDoctrine ?? defaultDoctrine(scenarioOfSlot(slot), save.camp);
    const savedSession = (slot: number): GameSession | undefined => {
      const save = savedGame(slot);
      return save && GameSession.fromSave(withOpponentDoctrine(scenarioOfSlot(slot), save.camp, savedDoctrine(slot, save)), save);
    };
    // A finished game's replay, built from its save's record, opens in the viewer like a picked file.
    const onView = (slot: number): void => {
      const replay = savedSession(slot)?.replay();
      if (!replay) return showReplayError(t().replay_save_no_record(), t().replay_save_unviewable());
      void replayOpen().then(({ openFromText }) => {
        const opened = openFromText(JSON.stringify(replay));
        if (opened.ok) onReplay(opened.opened);
        else showReplayError(opened.message, t().replay_save_unviewable());
      });
    };
    const { showStartMenu } = await startMenu();
    const menu = showStartMenu(document.body, { scenarios, seed: seedParam, saves, onView });
    document.querySelector('#start-menu .menu-buttons')?.append(replayFileButton(onReplay));
    const exerciseButton = document.createElement('button');
    Object.assign(exerciseButton, { type: 'button', textContent: t().menu_exercise_button() });
    exerciseButton.dataset.testid = 'run-exercise';
    document.querySelector('#start-menu .menu-buttons')?.append(exerciseButton);
    const exerciseChosen = new Promise<{ kind: 'exercise' }>((resolve) => exerciseButton.addEventListener('click', () => resolve({ kind: 'exercise' })));
    const tutorialButton = document.createElement('button');
    Object.assign(tutorialButton, { type: 'button', textContent: t().menu_tutorial_button() });
    tutorialButton.dataset.testid = 'start-tutorial';
    // Beside Start: the first thing a new player looks for.
    const startButton = document.getElementById('start-button');
    if (startButton) startButton.after(tutorialButton);
    else document.querySelector('#start-menu .menu-buttons')?.append(tutorialButton);
    const tutorialChosen = new Promise<{ kind: 'tutorial' }>((resolve) => tutorialButton.addEventListener('click', () => resolve({ kind: 'tutorial' })));
    firstScreenShown();
    const choice = await Promise.race([menu, picked.then((opened) => ({ kind: 'replay' as const, opened })), exerciseChosen, tutorialChosen]);
    if (choice.kind === 'replay') {
      document.getElementById('start-menu')?.remove();
      return (await replayViewer()).startReplay(choice.opened, renderer);
    }
    if (choice.kind === 'tutorial') {
      document.getElementById('start-menu')?.remove();
      tutorial = await tutorialUi();
      doctrine = defaultDoctrine(tutorial.tutorialScenario(), tutorial.TUTORIAL_SETUP.camp);
      session = new GameSession(tutorial.tutorialScenario(), tutorial.TUTORIAL_SETUP.camp, tutorial.TUTORIAL_SETUP.seed);
    } else if (choice.kind === 'exercise') {
      document.getElementById('start-menu')?.remove();
      const ex = await exerciseUi();
      const savedExercise = storage ? ex.readExerciseSave(storage, (await allScenarios()).builtinScenario) : undefined;
      const resume = savedExercise && t().exercise_resume_saved({ turn: savedExercise.state.turn, seed: savedExercise.config.seed });
      const set = await ex.showExerciseSetup(document.body, scenarios, undefined, resume);
      exercise = set === 'resume' ? savedExercise!.config : set;
      session = ex.exerciseSession(exercise, (await builtin(exercise.scenario)) ?? main, set === 'resume' ? savedExercise : undefined);
      doctrine = defaultDoctrine(session.scenario, session.camp);
    } else if (choice.kind === 'continue' && savedGame(choice.slot)) {
      isNew = false;
      saveSlot = slotOf(choice.slot).slot;
      doctrine = savedDoctrine(choice.slot, savedGame(choice.slot)!);
      difficulty = savedGame(choice.slot)!.opponentDifficulty ?? 'normal';
      session = savedSession(choice.slot)!;
    } else {
      const c = choice.kind === 'new' ? choice : { scenario: main, custom: false, camp: 'coalition' as Power, seed: randomSeed(), doctrine: defaultDoctrine(main, 'coalition'), difficulty: 'normal' as const };
      doctrine = c.doctrine;
      difficulty = c.difficulty;
      custom = c.custom;
      session = new GameSession(withOpponentDoctrine(c.scenario, c.camp, doctrine), c.camp, c.seed, undefined, undefined, difficulty);
    }
  }
  gameRunning = true;
  const scenario = session.scenario;
  // The scenario's and kit's prose in the page's language, before any panel shows it (none for English).
  await loadScenarioText(scenario.id);
  const controller = new Controller(session);
  const hudRoot = document.getElementById('hud')!;
  const container = document.getElementById('game-container')!;
  hudRoot.hidden = false;
  const hotline = new HotlinePanel(controller);
  hudRoot.before(hotline.root);
  new Hud(hudRoot, controller, hotline);
  // The tutorial's scenario is not one the replay viewer opens: its game offers Undo but no replay.
  if (!custom) mountSharePanel(hudRoot, session, controller, { replay: !exercise && !tutorial });
  let strikeDialog: Promise<unknown> | undefined;
  controller.onChange(() => {
    if (controller.warning) strikeDialog ??= strikeWarning().then((m) => new m.StrikeWarningDialog(document.body, controller));
  });
  // Over the map's top-left corner, one above the other: what must be acknowledged, then the summary.
  const notes = document.createElement('div');
  notes.className = 'map-notes';
  container.append(notes);
  new AttentionBanner(notes, controller, hotline);
  // The turn summary shows after the other camps' rounds, so never on the first screen: its card loads
  // with what a running game needs and is up before the game starts (the first round may need it).
  let summaryCard: Promise<unknown> | undefined;
  const turnSummaryCard = () => (summaryCard ??= import('../../ui/turnSummary').then((m) => new m.TurnSummaryCard(notes, controller)));
  controller.onChange(() => {
    const view = session.view();
    if (view.status === 'over' && view.result) {
      const { result, crisis } = view;
      void resultPanel().then((m) => {
        m.showResult(scenario, result, crisis);
        if (custom || tutorial) return;
        addResultDownload(session);
        void resultReview().then((r) => r.addResultReview(() => session.replay()));
      });
    }
  });
  // Autosave whenever the state changed and the player is to move (or the game is over), and before
  // the page reloads into a new build (the update banner's Reload).
  let savedState: unknown;
  const autosave = (): void => {
    const { state, names, commands } = session.snapshot();
    // An exercise keeps its own save (src/ui/exercise/run.ts); a file's scenario and the tutorial are not saved.
    if (exercise || custom || tutorial) return;
    if (!storage || state === savedState || !(session.isPlayersPhase || state.status === 'over')) return;
    savedState = state;
    const save = makeSave(scenario.id, session.camp, session.seed, state, names, new Date(), doctrine, commands, difficulty);
    const write = (slot: number | undefined): void => {
      if (slot === undefined) return console.warn('The game is not saved: saved games cannot be read here.');
      const written = writeSave(storage, save, slot);
      if (!written.ok) void saveErrorText().then((m) => console.warn(m.saveErrorText(written)));
    };
    // An empty slot needs no save read; with every slot filled, the saves are read to pick one.
    saveSlot ??= emptySlot(storage, scenario.id);
    if (saveSlot !== undefined) return write(saveSlot);
    void saveSlots().then((m) => write(saveSlot ??= m.slotForNewGame(storage, scenario)));
  };
  controller.onChange(autosave);
  beforeReload = autosave;
  // A new game opens with the briefing; the first turn (the AI camps before the player) runs on Begin.
  // The AI's code loads after the map's first draw, unless the AI must play before the first draw.
  // What a running game shows (refusals, calls, warnings: the 'play' messages) and the command rules load before it runs.
  const startPlay = async (): Promise<void> => {
    await Promise.all([session.aiDueNow ? loadAi() : undefined, loadRules(), loadMessageGroups('play'), turnSummaryCard()]);
    controller.start();
  };
  if (exercise) {
    await turnSummaryCard();
    controller.start(); // the exercise's UI brought the 'play' messages
    (await exerciseUi()).mountExercise({ session, controller, hotline, hudRoot, config: exercise, storage: storage as Storage | undefined });
  } else if (tutorial) {
    await turnSummaryCard();
    controller.start();
  } else if (isNew && params.get('briefing') !== 'off') showBriefing(scenario, session.view(), session.camp, true, () => void startPlay());
  else await startPlay();

  // The tutorial's card is up before the map loads; it rings hexes once the scene is there.
  const guide = tutorial ? tutorial.tutorialPanel(container, controller, () => location.assign(location.pathname)) : undefined;
  const scene = await loadMap(container, controller, renderer, { session, controller, hash: () => session.hash(), view: () => session.view() });
  guide?.setMap(scene);
  await whenDrawn(scene);
  // One frame more, so that what follows is plainly after the first frame (bench:browser's probe).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  firstScreenShown();
  // For the first command, End turn (or Begin: the rules, the AI, the summary's card) and the hotline's
  // form: after the map's first frame, off the first load, so that Begin need not wait for them.
  void loadRules();
  void loadAi();
  void turnSummaryCard();
  void hotline.loadCompose(); // with the 'play' messages
  void import('../../scenes/eventAnimations');
}

/** localStorage, or undefined where the browser blocks it. */
function localStore(): SaveStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Resolves once the page shows its first screen (the map drawn, the menu up, or main() done). */
let firstScreenShown: () => void = () => {};
const firstScreen = new Promise<void>((resolve) => { firstScreenShown = resolve; });

/** Resolves after the scene's first frame is on the canvas. */
function whenDrawn(scene: { ready: boolean }): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => { if (scene.ready) resolve(); else requestAnimationFrame(check); };
    check();
  });
}

// The service worker once the first screen is up (its code is a chunk of its own, off the first load);
// at the latest a few seconds after the load event (an exercise link's setup waits for the teacher).
addEventListener('load', () => {
  void Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, 3000))])
    .then(() => import('../pwa'))
    .then((m) => m.registerServiceWorker({ beforeReload: () => beforeReload() }));
});
void main().finally(() => firstScreenShown());

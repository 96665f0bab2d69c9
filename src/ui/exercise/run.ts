// Runs a class exercise in the page: the handover screen before every team phase (the session serves
// no view until the team takes over), each team's own event log, the remark box, Control's screen
// between phases, pause, scheduled injects firing at the start of their turn, and the autosave.
import { type GameEvent, type InjectBody, type Power, type Scenario, formatDate, turnDate } from '../../engine';
import { exerciseCode } from '../../exercise/code';
import { type ExerciseSave, writeExerciseSave } from '../../exercise/save';
import { type ExerciseConfig, humanTeams, sessionOptions } from '../../exercise/config';
import { checkPasscode } from '../../exercise/passcode';
import { GameSession } from '../../presenter/session';
import { CAMP_SHORT } from '../../text/places';
import type { Controller, LogLine } from '../../presenter/controller';
import { el } from '../dom';
import type { HotlinePanel } from '../hotline/panel';
import { awaitingAnswer } from '../hotline/incoming';
import { showBriefingPack } from './briefingPack';
import { ControlPanel } from './controlPanel';
import { mountRemarkBox } from './remark';
import { HandoverScreen, PauseScreen } from './screens';
import './exercise.css';


export interface ExerciseParts {
  session: GameSession;
  controller: Controller;
  hotline: HotlinePanel;
  hudRoot: HTMLElement;
  config: ExerciseConfig;
  storage?: Storage;
}

type Mode = 'handover' | 'team' | 'control' | 'paused';

/** The exercise's session: the first human team in phase order holds the camp until the first handover. */
export function exerciseSession(config: ExerciseConfig, scenario: Scenario, saved?: ExerciseSave): GameSession {
  const humans = humanTeams(scenario, config);
  const phase = saved?.state.phase;
  const first = humans.find((p) => p === phase) ?? humans[0] ?? 'coalition';
  const resume = saved ? { state: saved.state, commands: saved.commands } : undefined;
  const session = new GameSession(scenario, first, config.seed, resume, sessionOptions(scenario, config));
  if (saved) session.notes.push(...saved.notes);
  return session;
}

export function teamName(camp: Power): string { return CAMP_SHORT[camp].toLowerCase(); }

export function mountExercise({ session, controller, hotline, hudRoot, config, storage }: ExerciseParts): void {
  const { scenario } = session;
  const body = document.body;
  body.classList.add('exercise');
  /** Each team's event log, kept out of the page while the other team plays. */
  const logs: Record<Power, LogLine[]> = { coalition: [], russia: [] };
  let mode: Mode = 'team';
  let pausedFrom: Mode = 'team';
  const firedThisTurn: string[] = [];

  const handover = new HandoverScreen({
    onContinue: () => takeOver(),
    onBriefing: () => showBriefingPack(scenario, session.view(), session.handoverTo ?? session.camp),
    onControl: config.control ? () => openControl() : undefined,
    checkPasscode: config.controlLock ? (entered) => checkPasscode(config.controlLock!, entered) : undefined,
  });
  const pause = new PauseScreen(() => resume());
  const control = new ControlPanel(session, config, { fire, pause: () => { closeControl(false); doPause(); }, close: () => closeControl(true) });
  body.append(handover.root, pause.root, control.root);
  mountRemarkBox(hotline.root, controller);
  if (config.control) {
    const pauseButton = el('button', { type: 'button', 'data-testid': 'hud-pause' }, 'Pause (Control)');
    pauseButton.addEventListener('click', () => doPause());
    hudRoot.append(el('section', { class: 'exercise-hud' }, el('h3', {}, 'Exercise'), el('div', { class: 'buttons' }, pauseButton)));
  }

  /** Hides the page, puts the leaving team's log away and shows the handover, in one task: no frame between. */
  function enterHandover(): void {
    mode = 'handover';
    body.classList.add('exercise-hidden');
    if (hotline.isOpen) hotline.toggle(false);
    controller.selectedId = null;
    controller.setHover(null); // "Under the cursor" names what the leaving team pointed at
    fireDue();
    stashLog(true);
    showHandover();
  }

  /**
   * Puts the leaving team's log lines (and the announcement) away and has the panels drop them. The
   * end of a phase may be recorded after the handover began (the controller settles a tick later).
   */
  function stashLog(always = false): void {
    if (!always && controller.log.length === 0 && controller.lastRound.lines.length === 0) return;
    logs[session.camp].push(...controller.log);
    controller.log.splice(0);
    controller.lastRound = { lines: [], moves: 0 };
    controller.round++;
    controller.changed();
  }

  function showHandover(): void {
    const next = session.handoverTo ?? session.camp;
    const turn = session.view().turn;
    const calls = session.snapshot().state.crisis.messages.filter((m) => m.to === next && m.status === 'pending').length;
    const notices = [
      ...(calls > 0 ? [`${calls} hotline call${calls === 1 ? '' : 's'} to answer in this phase.`] : []),
      ...firedThisTurn.map((t) => `Control's inject this turn: ${t}.`),
    ];
    handover.show(teamName(next), `Turn ${turn} of ${scenario.data.turns}, ${formatDate(turnDate(scenario, turn))}`, notices);
  }

  function takeOver(): void {
    session.takeOver();
    controller.log.push(...logs[session.camp].splice(0));
    mode = 'team';
    handover.hide();
    controller.select(null); // the scene draws the team's own view now, behind the still hidden page
    body.classList.remove('exercise-hidden');
    const waiting = awaitingAnswer(session.view(), session.camp).length;
    if (waiting > 0) hotline.toggle(true); // calls to answer in this phase come first
    (hudRoot.querySelector('[data-testid="end-turn"]') as HTMLElement | null)?.focus();
  }

  /** Fires an inject as a command; both teams' logs get what they are told. */
  function fire(inject: InjectBody): string | null {
    const r = session.control({ type: 'inject', inject });
    if (!r.ok) return r.error.message;
    told(r.events);
    return null;
  }

  function told(events: readonly GameEvent[]): void {
    for (const e of events) {
      if (e.type !== 'inject_fired') continue;
      firedThisTurn.push(e.inject.title);
      for (const p of ['coalition', 'russia'] as const) logs[p].push({ turn: e.inject.turn, text: `Inject — ${e.inject.title}: ${e.inject.text}` });
    }
    controller.changed();
  }

  let lastTurn = 0;
  function fireDue(): void {
    const state = session.snapshot().state;
    if (state.turn !== lastTurn) { firedThisTurn.splice(0); lastTurn = state.turn; }
    const events = session.fireDueInjects();
    if (events.length > 0) told(events);
  }

  function openControl(): void {
    mode = 'control';
    session.setControlView(true);
    handover.hide();
    body.classList.add('exercise-control');
    control.show();
    // The all-seeing map's redraw is a task of its own, after the panel's (together they froze a slow machine).
    setTimeout(() => controller.changed(), 0);
  }

  function closeControl(backToHandover: boolean): void {
    session.setControlView(false);
    body.classList.remove('exercise-control');
    control.hide();
    mode = 'handover';
    controller.changed(); // the map goes blind again before anything else is shown
    if (backToHandover) showHandover();
  }

  function doPause(): void {
    pausedFrom = mode === 'control' ? 'handover' : mode;
    mode = 'paused';
    session.setPaused(true);
    body.classList.add('exercise-hidden');
    handover.hide();
    controller.changed();
    pause.show();
  }

  function resume(): void {
    session.setPaused(false);
    pause.hide();
    mode = pausedFrom;
    if (mode === 'handover') {
      controller.changed();
      showHandover();
    } else {
      controller.changed();
      body.classList.remove('exercise-hidden');
    }
  }

  let over = false;
  controller.onChange(() => {
    if (over) return;
    save();
    if (session.status === 'over') {
      over = true;
      gameOver();
      return;
    }
    if (mode === 'team' && session.handoverTo !== null) enterHandover();
    else if (mode !== 'team') stashLog();
    if (mode === 'control') control.render();
  });

  /** The end: the screens go, and the map shows everything for the debrief behind the result. */
  function gameOver(): void {
    mode = 'team';
    handover.hide();
    pause.hide();
    control.hide();
    session.setControlView(true);
    body.classList.remove('exercise-hidden', 'exercise-control');
    controller.changed();
  }

  /** The record last saved: a change of view alone (a handover, Control opening) writes nothing. */
  let saved: { length: number; last: unknown; notes: number } | null = null;
  function save(): void {
    const { commands } = session.snapshot();
    if (!storage || !commands) return;
    const now = { length: commands.length, last: commands[commands.length - 1], notes: session.notes.length };
    if (saved && saved.length === now.length && saved.last === now.last && saved.notes === now.notes) return;
    saved = now;
    writeExerciseSave(storage, exerciseCode(config), commands, session.notes, config.controlLock);
  }

  enterHandover();
}

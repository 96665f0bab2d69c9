// Draws a class exercise in the page: the screen the match names (the handover before every team
// phase, a team at the controls, Control's panel beside the all-seeing map, the pause, the end), the
// remark box and the exercise's pause button. The flow (handover, pause, each team's log, injects,
// the autosave) is the presenter's HotSeat; this file only renders it.
import type { ExerciseConfig } from '../../exercise/config';
import { checkPasscode } from '../../exercise/passcode';
import { HotSeat, type Screen } from '../../presenter/hotSeat';
import type { GameSession } from '../../presenter/session';
import { t } from '../../i18n/messages';
import { turnDateText } from '../../text/localNames';
import type { Controller } from '../../presenter/controller';
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


/** The page's classes for each screen: what of the game page stays visible behind it. */
const HIDDEN: Readonly<Record<Screen, boolean>> = { team: false, handover: true, control: true, paused: true, over: false };

export function mountExercise({ session, controller, hotline, hudRoot, config, storage }: ExerciseParts): void {
  const { scenario } = session;
  const body = document.body;
  body.classList.add('exercise');
  const seat = new HotSeat(session, controller, config, storage);

  const handover = new HandoverScreen({
    onContinue: () => {
      seat.takeOver();
      render();
      if (awaitingAnswer(session.view(), session.camp).length > 0) hotline.toggle(true); // calls to answer in this phase come first
      (hudRoot.querySelector('[data-testid="end-turn"]') as HTMLElement | null)?.focus();
    },
    onBriefing: () => showBriefingPack(scenario, session.view(), seat.handoverNotice().team),
    onControl: config.control ? () => { seat.openControl(); render(); } : undefined,
    checkPasscode: config.controlLock ? (entered) => checkPasscode(config.controlLock!, entered) : undefined,
  });
  const pause = new PauseScreen(() => seat.resume());
  const control = new ControlPanel(session, config, { fire: (inject) => seat.fire(inject), rule: (incident, finding) => seat.rule(incident, finding), pause: () => seat.pause(), close: () => seat.closeControl() });
  body.append(handover.root, pause.root, control.root);
  mountRemarkBox(hotline.root, controller);
  if (config.control) {
    const pauseButton = el('button', { type: 'button', 'data-testid': 'hud-pause' }, t().exercise_pause_control());
    pauseButton.addEventListener('click', () => seat.pause());
    hudRoot.append(el('section', { class: 'exercise-hud' }, el('h3', {}, t().exercise_hud_title()), el('div', { class: 'buttons' }, pauseButton)));
  }

  /** Shows the screen the match names; a screen already shown is only brought up to date (focus and typing stay). */
  function render(): void {
    const screen = seat.screen;
    body.classList.toggle('exercise-hidden', HIDDEN[screen]);
    body.classList.toggle('exercise-control', screen === 'control');
    if ((screen === 'handover' || screen === 'control') && hotline.isOpen) hotline.toggle(false); // the leaving team's traffic
    if (screen !== 'handover') handover.hide();
    else if (!handover.isShown) showHandover();
    if (screen !== 'paused') pause.hide();
    else if (!pause.isShown) pause.show();
    if (screen !== 'control') { if (!control.root.hidden) control.hide(); }
    else if (control.root.hidden) control.show();
    else control.render();
  }

  function showHandover(): void {
    const { team, turn, calls, injects } = seat.handoverNotice();
    const notices = [
      ...(calls > 0 ? [t().exercise_calls({ count: calls })] : []),
      ...injects.map((title) => t().exercise_inject_notice({ title })),
    ];
    handover.show(team, t().exercise_handover_turn({ turn, turns: scenario.data.turns, date: turnDateText(scenario, turn) }), notices);
  }

  controller.onChange(render);
  seat.settle(); // the first handover
  render();
}

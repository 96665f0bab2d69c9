// The replay viewer's side panel: play and pause, a step of one command or one turn either way, a
// scrubbable timeline (input type=range) and its chart, speed, and the viewpoint (coalition or
// government side through their fog, or all-seeing). It only moves the ReplaySession between
// recorded states and tells the controller, so the map redraws; it never plays a command itself.
import { CAMPS, turnDate, victoryPoints } from '../../engine';
import type { ReplaySession, Viewpoint } from '../../presenter/replaySession';
import { gameCode } from '../../replay/gameCode';
import { summarize } from '../../replay/summary';
import { CAMP_CSS } from '../../presenter/colours';
import { formatMessage, messageHeader } from '../../text/messageText';
import { campName, hexName } from '../../text/places';
import { outcomeText } from '../../text/outcome';
import type { Controller } from '../../presenter/controller';
import { describeEvent } from '../../text/eventText';
import { el, swatch } from '../dom';
import { EscalationLadder } from '../ladder';
import { CHART_SERIES, TimelineChart } from './chart';
import { LinkField, downloadReplay, replayLink } from './share';
import { commandText } from '../../text/commandText';
import { t } from '../../i18n/messages';
import { formatNumber } from '../../i18n/format';
import { gameDate } from '../../text/gameDate';
import { scenarioText } from '../../text/scenarioText';
import { scenarioTitle } from '../../text/scenarioFacts';
import { doctrineName } from '../../text/choiceNames';
import { policyName } from '../../text/policyName';

/** Commands per second at each speed. */
const SPEEDS: readonly number[] = [1, 4, 15, 60];
const speedLabel = (n: number): string => (n === 1 ? t().replay_speed_one() : t().replay_speed_n({ count: String(n) }));
const VIEWPOINTS: readonly [Viewpoint, () => string][] = [['coalition', () => t().replay_view_coalition()], ['russia', () => t().replay_view_russia()], ['all', () => t().replay_view_all()]];

export class ReplayViewer {
  /** Time runs left to right in every language, as on the chart under it: the slider and the step buttons are never mirrored. */
  private readonly position = el('input', { type: 'range', id: 'replay-position', min: '0', step: '1', dir: 'ltr', 'data-testid': 'replay-position' });
  private readonly where = el('p', { class: 'turn', 'data-testid': 'replay-where' });
  private readonly what = el('p', { class: 'phase', 'data-testid': 'replay-command', 'aria-live': 'polite' });
  private readonly playButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'replay-play' }, t().replay_play());
  private readonly speed = el('select', { id: 'replay-speed', 'data-testid': 'replay-speed' },
    ...SPEEDS.map((n, i) => el('option', { value: String(n), selected: i === 1 }, speedLabel(n))));
  private readonly points = el('ul', { class: 'points', 'data-testid': 'replay-points' });
  private readonly events = el('ul', { class: 'log replay-events', 'data-testid': 'replay-events' });
  private readonly transcript = el('ol', { class: 'log replay-transcript', 'data-testid': 'replay-transcript' });
  private readonly transcriptTitle = el('summary', {}, t().replay_transcript());
  private readonly ladder = new EscalationLadder();
  private readonly chart: TimelineChart;
  private readonly link = new LinkField('replay-link', t().replay_link_label());
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(root: HTMLElement, private readonly session: ReplaySession, private readonly controller: Controller) {
    const { scenario, replay } = session;
    const final = summarize(session.finalState, replay.commands.length);
    this.chart = new TimelineChart(session.timeline, (i) => this.seek(i));
    this.position.max = String(session.length);
    const button = (label: string, testid: string, title: string, fn: () => void): HTMLButtonElement => {
      const b = el('button', { type: 'button', 'data-testid': testid, title, 'aria-label': title }, label);
      b.addEventListener('click', fn);
      return b;
    };
    const players = CAMPS.map((c) => {
      const p = replay.players[c];
      const camp = campName(scenario, c);
      if (p.kind === 'human') return t().replay_player_human({ camp });
      if (p.policy === 'ai') return p.doctrine ? t().replay_player_ai_policy({ camp, policy: policyName(`ai:${p.doctrine}`) }) : t().replay_player_ai({ camp });
      const ai = t().replay_player_ai_policy({ camp, policy: policyName(p.policy) });
      return p.doctrine ? t().replay_player_doctrine({ player: ai, doctrine: doctrineName(p.doctrine) }) : ai;
    });
    const radios = VIEWPOINTS.filter(([v]) => session.viewpoints.includes(v)).map(([v, label]) => {
      const input = el('input', { type: 'radio', name: 'viewpoint', value: v, checked: v === session.viewpoint, 'data-testid': `viewpoint-${v}` });
      input.addEventListener('change', () => { if (input.checked) this.setViewpoint(v); });
      return el('label', { class: 'camp-choice' }, input, ' ', label());
    });
    const download = button(t().replay_download(), 'replay-download', t().replay_download_title(), () => downloadReplay(replay, session.finalState.turn));
    const copy = button(t().replay_copy_link(), 'replay-copy-link', t().replay_copy_link_title(), () => {
      void replayLink(replay, session.current.turn).then((l) => this.link.show(l));
    });
    root.append(
      el('header', {}, el('h2', { id: 'replay-title', tabindex: '-1' }, t().replay_title()),
        el('p', { class: 'you', 'data-testid': 'replay-code' }, t().replay_game_code({ code: gameCode(replay.scenario.id, replay.seed), title: scenarioTitle(scenario) }))),
      el('p', { class: 'you' }, players.join(' · ')),
      el('p', { class: 'you', 'data-testid': 'replay-verified' },
        `${t().replay_verified({ count: replay.commands.length, outcome: outcomeText(session.finalState) })} `,
        el('code', { 'data-testid': 'replay-final-hash' }, final.finalHash), '.'),
      this.where,
      el('div', { class: 'buttons replay-controls', role: 'group', 'aria-label': t().replay_controls(), dir: 'ltr' },
        button('◀◀', 'replay-turn-back', t().replay_turn_back(), () => this.stepTurn(-1)),
        button('◀', 'replay-step-back', t().replay_step_back(), () => this.step(-1)),
        this.playButton,
        button('▶', 'replay-step', t().replay_step_forward(), () => this.step(1)),
        button('▶▶', 'replay-turn-forward', t().replay_turn_forward(), () => this.stepTurn(1))),
      el('label', { for: 'replay-position', class: 'field-label' }, t().replay_timeline()),
      this.position,
      this.chart.root,
      el('p', { class: 'chart-key', 'data-testid': 'replay-chart-key' }, swatch(CHART_SERIES[0].colour), `${t().replay_key_escalation()} `, swatch(CHART_SERIES[1].colour), `${t().replay_key_coalition()} `, swatch(CHART_SERIES[2].colour), `${t().replay_key_government()} · ${t().replay_key_marks()}`),
      el('div', { class: 'replay-speed-row' }, el('label', { for: 'replay-speed', class: 'field-label' }, t().replay_speed()), this.speed),
      el('fieldset', { class: 'viewpoint' }, el('legend', {}, t().replay_viewpoint()), ...radios,
        session.viewpoints.includes('all') ? null : el('p', { class: 'hint', 'data-testid': 'viewpoint-limited' },
          t().replay_view_limited({ camp: campName(scenario, session.camp) }))),
      // Below the controls, so their place never moves while the text changes under them.
      this.what, this.events,
      this.ladder.root,
      el('section', {}, el('h3', {}, t().replay_victory_points()), this.points),
      el('details', { class: 'help' }, this.transcriptTitle, this.transcript),
      el('div', { class: 'buttons' }, download, copy),
      this.link.root,
      el('p', {}, el('a', { href: location.pathname, 'data-testid': 'replay-exit' }, t().replay_exit())),
    );
    this.playButton.addEventListener('click', () => (this.timer ? this.pause() : this.play()));
    this.position.addEventListener('input', () => { this.pause(); this.seek(Number(this.position.value)); });
    this.speed.addEventListener('change', () => { if (this.timer) { this.pause(); this.play(); } });
    controller.onChange(() => this.render());
    this.render();
    // The menu this replaced had the focus: start reading at the viewer's title.
    root.querySelector<HTMLElement>('#replay-title')?.focus();
  }

  seek(index: number, animate = false): void {
    this.session.seek(index, animate);
    this.controller.changed();
  }

  private step(delta: number): void {
    this.pause();
    this.seek(this.session.position + delta, true);
  }

  /** Back: to the start of this turn, or of the one before when already there. Forward: the next turn's start. */
  private stepTurn(delta: 1 | -1): void {
    this.pause();
    const turn = this.session.current.turn;
    const here = this.session.startOfTurn(turn);
    this.seek(delta > 0 ? this.session.startOfTurn(turn + 1) : here < this.session.position ? here : this.session.startOfTurn(turn - 1));
  }

  private setViewpoint(v: Viewpoint): void {
    this.session.setViewpoint(v);
    this.controller.select(null); // a selection from the other side's view would show what this one cannot
  }

  play(): void {
    if (this.timer) return;
    if (this.session.position >= this.session.length) this.seek(0);
    this.timer = setInterval(() => {
      if (this.session.position >= this.session.length) this.pause();
      else this.seek(this.session.position + 1, true);
    }, 1000 / Number(this.speed.value));
    this.render();
  }

  pause(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.render();
  }

  private render(): void {
    const s = this.session;
    const view = s.view();
    this.position.value = String(s.position);
    this.position.setAttribute('aria-valuetext', t().replay_position_text({ position: String(s.position), length: String(s.length), turn: String(view.turn) }));
    this.chart.setPosition(s.position);
    this.where.textContent = t().replay_where({ turn: String(view.turn), turns: String(s.scenario.data.turns), date: gameDate(turnDate(s.scenario, view.turn)), position: String(s.position), length: String(s.length) });
    this.what.textContent = this.describeLast();
    const ctx = {
      scenario: s.scenario, unitName: (id: string) => this.unitName(id), knowsUnit: (id: string) => s.knowsUnit(id),
      incidentAt: (id: string) => view.crisis.incidents.find((i) => i.id === id)?.hex,
    };
    const lines = s.eventsHere().map((e) => describeEvent(e, ctx)).filter((t): t is string => !!t);
    this.events.replaceChildren(...lines.map((t) => el('li', {}, t)));
    this.events.hidden = lines.length === 0;
    // The messages sent so far, latest first: both powers read the hotline, so no fog applies.
    const messages = view.crisis.messages;
    this.transcriptTitle.textContent = t().replay_transcript_count({ count: String(messages.length) });
    this.transcript.replaceChildren(...[...messages].reverse().map((m) => {
      const text = formatMessage(s.scenario, m, { crisis: view.crisis });
      return el('li', {}, el('strong', {}, `${messageHeader(m)}: ${text.title}. `), text.body);
    }));
    this.playButton.textContent = this.timer ? t().replay_pause() : t().replay_play();
    // Read out each command when stepping, not dozens a second while playing.
    this.what.setAttribute('aria-live', this.timer ? 'off' : 'polite');
    this.playButton.setAttribute('aria-pressed', String(!!this.timer));
    this.ladder.render(view);
    const vp = victoryPoints(s.scenario, view.control);
    this.points.replaceChildren(...CAMPS.map((c) => el('li', {}, swatch(CAMP_CSS[c]), `${campName(s.scenario, c)}: `, el('strong', {}, formatNumber(vp[c])))));
  }

  /** The last command, named only if the viewpoint may know it: the other camps' orders stay in their fog. */
  /** A unit the viewpoint knows, by its name in the page's language; an unknown one stays its id. */
  private unitName(id: string): string {
    const known = this.session.unitName(id);
    return known === id ? id : scenarioText(this.session.scenario).unitName(id, known);
  }

  private describeLast(): string {
    const last = this.session.lastCommand();
    if (!last) return this.session.position === 0 && this.session.length > 0 ? t().replay_start() : t().replay_no_commands();
    // Injects and rulings come from the facilitator, in whatever phase, and are told to both camps.
    const inject = last.command.type === 'inject' || last.command.type === 'ruling';
    const who = inject ? t().replay_control() : campName(this.session.scenario, last.camp);
    const v = this.session.viewpoint;
    if (v !== 'all' && last.camp !== v && !inject && last.command.type !== 'end_phase') return t().replay_out_of_sight({ who });
    const { scenario } = this.session;
    const command = commandText(last.command, (id) => this.unitName(id), (h) => hexName(scenario, h),
      { injectTitle: (id) => scenarioText(scenario).inject(id)?.title ?? id });
    return this.session.position === this.session.length ? t().replay_last_final({ who, command }) : t().replay_last({ who, command });
  }
}

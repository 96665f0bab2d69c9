// The replay viewer's side panel: play and pause, a step of one command or one turn either way, a
// scrubbable timeline (input type=range) and its chart, speed, and the viewpoint (coalition or
// government side through their fog, or all-seeing). It only moves the ReplaySession between
// recorded states and tells the controller, so the map redraws; it never plays a command itself.
import { CAMPS, formatDate, turnDate, victoryPoints } from '../../engine';
import type { ReplaySession, Viewpoint } from '../../presenter/replaySession';
import { gameCode } from '../../replay/gameCode';
import { summarize } from '../../replay/summary';
import { describeCommand } from '../../replay/verify';
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

/** Commands per second at each speed. */
const SPEEDS: readonly [string, number][] = [['1 command a second', 1], ['4 a second', 4], ['15 a second', 15], ['60 a second', 60]];
const VIEWPOINTS: readonly [Viewpoint, string][] = [['coalition', 'Coalition'], ['russia', 'Government side'], ['all', 'All-seeing (no fog)']];

export class ReplayViewer {
  private readonly position = el('input', { type: 'range', id: 'replay-position', min: '0', step: '1', 'data-testid': 'replay-position' });
  private readonly where = el('p', { class: 'turn', 'data-testid': 'replay-where' });
  private readonly what = el('p', { class: 'phase', 'data-testid': 'replay-command', 'aria-live': 'polite' });
  private readonly playButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'replay-play' }, 'Play');
  private readonly speed = el('select', { id: 'replay-speed', 'data-testid': 'replay-speed' },
    ...SPEEDS.map(([label, n], i) => el('option', { value: String(n), selected: i === 1 }, label)));
  private readonly points = el('ul', { class: 'points', 'data-testid': 'replay-points' });
  private readonly events = el('ul', { class: 'log replay-events', 'data-testid': 'replay-events' });
  private readonly transcript = el('ol', { class: 'log replay-transcript', 'data-testid': 'replay-transcript' });
  private readonly transcriptTitle = el('summary', {}, 'Hotline transcript');
  private readonly ladder = new EscalationLadder();
  private readonly chart: TimelineChart;
  private readonly link = new LinkField('replay-link', 'Replay link');
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
      return `${campName(scenario, c)}: ${p.kind === 'human' ? 'a player' : `AI${p.policy === 'ai' ? '' : ` "${p.policy}"`}${p.doctrine ? `, ${p.doctrine} doctrine` : ''}`}`;
    });
    const radios = VIEWPOINTS.filter(([v]) => session.viewpoints.includes(v)).map(([v, label]) => {
      const input = el('input', { type: 'radio', name: 'viewpoint', value: v, checked: v === session.viewpoint, 'data-testid': `viewpoint-${v}` });
      input.addEventListener('change', () => { if (input.checked) this.setViewpoint(v); });
      return el('label', { class: 'camp-choice' }, input, ' ', label);
    });
    const download = button('Download replay', 'replay-download', 'Download this replay as a file', () => downloadReplay(replay, session.finalState.turn));
    const copy = button('Copy link', 'replay-copy-link', 'Copy a link that opens this replay at the current turn', () => {
      void replayLink(replay, session.current.turn).then((l) => this.link.show(l));
    });
    root.append(
      el('header', {}, el('h2', { id: 'replay-title', tabindex: '-1' }, 'Replay'),
        el('p', { class: 'you', 'data-testid': 'replay-code' }, `Game ${gameCode(replay.scenario.id, replay.seed)} · ${scenario.data.title}`)),
      el('p', { class: 'you' }, players.join(' · ')),
      el('p', { class: 'you', 'data-testid': 'replay-verified' },
        `Verified: ${replay.commands.length} commands play back to the recording. Outcome: ${outcomeText(session.finalState)}. Final hash `,
        el('code', { 'data-testid': 'replay-final-hash' }, final.finalHash), '.'),
      this.where,
      el('div', { class: 'buttons replay-controls', role: 'group', 'aria-label': 'Replay controls' },
        button('◀◀', 'replay-turn-back', 'Back one turn', () => this.stepTurn(-1)),
        button('◀', 'replay-step-back', 'Back one command', () => this.step(-1)),
        this.playButton,
        button('▶', 'replay-step', 'Forward one command', () => this.step(1)),
        button('▶▶', 'replay-turn-forward', 'Forward one turn', () => this.stepTurn(1))),
      el('label', { for: 'replay-position', class: 'field-label' }, 'Timeline (commands)'),
      this.position,
      this.chart.root,
      el('p', { class: 'chart-key', 'data-testid': 'replay-chart-key' }, swatch(CHART_SERIES[0].colour), 'escalation (solid) ', swatch(CHART_SERIES[1].colour), 'coalition VP (dashed) ', swatch(CHART_SERIES[2].colour), 'government VP (dashed) · ▼ incident · • hotline message'),
      el('div', { class: 'replay-speed-row' }, el('label', { for: 'replay-speed', class: 'field-label' }, 'Speed'), this.speed),
      el('fieldset', { class: 'viewpoint' }, el('legend', {}, 'Viewpoint'), ...radios,
        session.viewpoints.includes('all') ? null : el('p', { class: 'hint', 'data-testid': 'viewpoint-limited' },
          `This game is not over: its replay shows only the view of the ${campName(scenario, session.camp)} until it ends.`)),
      // Below the controls, so their place never moves while the text changes under them.
      this.what, this.events,
      this.ladder.root,
      el('section', {}, el('h3', {}, 'Victory points'), this.points),
      el('details', { class: 'help' }, this.transcriptTitle, this.transcript),
      el('div', { class: 'buttons' }, download, copy),
      this.link.root,
      el('p', {}, el('a', { href: location.pathname, 'data-testid': 'replay-exit' }, 'Leave the replay (back to the menu)')),
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
    this.position.setAttribute('aria-valuetext', `command ${s.position} of ${s.length}, turn ${view.turn}`);
    this.chart.setPosition(s.position);
    this.where.textContent = `Turn ${view.turn} of ${s.scenario.data.turns} · ${formatDate(turnDate(s.scenario, view.turn))} · command ${s.position} of ${s.length}`;
    this.what.textContent = this.describeLast();
    const ctx = {
      scenario: s.scenario, unitName: (id: string) => s.unitName(id), knowsUnit: (id: string) => s.knowsUnit(id),
      incidentAt: (id: string) => view.crisis.incidents.find((i) => i.id === id)?.hex,
    };
    const lines = s.eventsHere().map((e) => describeEvent(e, ctx)).filter((t): t is string => !!t);
    this.events.replaceChildren(...lines.map((t) => el('li', {}, t)));
    this.events.hidden = lines.length === 0;
    // The messages sent so far, latest first: both powers read the hotline, so no fog applies.
    const messages = view.crisis.messages;
    this.transcriptTitle.textContent = `Hotline transcript (${messages.length} so far)`;
    this.transcript.replaceChildren(...[...messages].reverse().map((m) => {
      const text = formatMessage(s.scenario, m, { crisis: view.crisis });
      return el('li', {}, el('strong', {}, `${messageHeader(m)}: ${text.title}. `), text.body);
    }));
    this.playButton.textContent = this.timer ? 'Pause' : 'Play';
    // Read out each command when stepping, not dozens a second while playing.
    this.what.setAttribute('aria-live', this.timer ? 'off' : 'polite');
    this.playButton.setAttribute('aria-pressed', String(!!this.timer));
    this.ladder.render(view);
    const vp = victoryPoints(s.scenario, view.control);
    this.points.replaceChildren(...CAMPS.map((c) => el('li', {}, swatch(CAMP_CSS[c]), `${campName(s.scenario, c)}: `, el('strong', {}, String(vp[c])))));
  }

  /** The last command, named only if the viewpoint may know it: the other camps' orders stay in their fog. */
  private describeLast(): string {
    const last = this.session.lastCommand();
    if (!last) return this.session.position === 0 && this.session.length > 0 ? 'The start of the game.' : 'No commands.';
    // Injects and rulings come from the facilitator, in whatever phase, and are told to both camps.
    const inject = last.command.type === 'inject' || last.command.type === 'ruling';
    const who = inject ? 'Control (the facilitator)' : campName(this.session.scenario, last.camp);
    const v = this.session.viewpoint;
    if (v !== 'all' && last.camp !== v && !inject && last.command.type !== 'end_phase') return `${who} gave an order out of this camp's sight.`;
    const { scenario } = this.session;
    // The engine's wording, with unit names for ids and place names for coordinates.
    const text = describeCommand(last.command)
      .replace(/^(move|attack by|pontoon by) (\S+)/, (_m, verb: string, id: string) => `${verb} ${this.session.unitName(id)}`)
      .replace(/(-?\d+),(-?\d+)/g, (_m, q: string, r: string) => hexName(scenario, { q: Number(q), r: Number(r) }));
    return `${who}: ${text}${this.session.position === this.session.length ? ' (the last command)' : ''}.`;
  }
}

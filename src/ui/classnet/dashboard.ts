// The teacher's dashboard over a class on the network: a live table of the groups (turn, phase, whose
// move, rung, VP, unanswered calls, each seat's connection, timer) and the controls that steer them:
// injects, pause and resume, phase timers and the class clock, one group or all. It renders the
// server's DashboardState and sends teacher messages; the page wires watching, reviews and export.
import { type Camp, CUSTOM_INJECT, type InjectBody, type Scenario } from '../../engine';
import { formatList } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { rungName } from '../../text/localNames';
import type { Connection, DashboardRow, DashboardState, GroupTarget, TeacherMessage } from '../../net/protocol';
import { el } from '../dom';
import { seatName } from './classCodes';
import { countdown, clockLine } from './clockText';
import { localScenario } from '../../text/scenarioText';

/** Short camp names: the table has a dozen columns. */
const SHORT: Readonly<Record<Camp | 'control', () => string>> = {
  coalition: () => t().class_short_coalition(), russia: () => t().class_short_government(), is: () => t().class_short_is(), control: () => t().class_control_seat(),
};

export interface DashboardActions {
  send<K extends keyof TeacherMessage>(type: K, message: TeacherMessage[K]): void;
  watch(group: number): void;
  review(group: number): void;
}

export class Dashboard {
  readonly root: HTMLElement;
  private state: DashboardState | null = null;
  private readonly heading = el('h1', { 'data-testid': 'dash-title' }, t().class_dashboard());
  private readonly clock = el('p', { class: 'lede', 'data-testid': 'class-clock', role: 'status' });
  private readonly body = el('tbody', {});
  private readonly target = el('select', { id: 'dash-target', 'data-testid': 'dash-target' });
  private readonly injectSelect = el('select', { id: 'dash-inject', 'data-testid': 'dash-inject' });
  private readonly timer = el('input', { id: 'dash-timer', type: 'number', min: '10', max: '3600', value: '120', inputmode: 'numeric', 'data-testid': 'dash-timer' });
  private readonly clockTime = el('input', { id: 'dash-clock-time', type: 'time', 'data-testid': 'dash-clock-time' });
  private readonly clockTurn = el('input', { id: 'dash-clock-turn', type: 'number', min: '1', max: '40', inputmode: 'numeric', 'data-testid': 'dash-clock-turn' });
  /** What the teacher's last action did (or why not), and the links that came back (review, export). */
  readonly status = el('div', { class: 'dash-status', role: 'status', 'data-testid': 'dash-status' });
  private targets = '';
  /** The inject last sent, until every group it went to has fired it or refused. */
  private pending: { fired: string; target: GroupTarget; line: HTMLElement; waiting: Map<number, number>; confirmed: number[]; refused: boolean } | null = null;

  constructor(private readonly scenario: Scenario, private readonly actions: DashboardActions, classTable: HTMLElement) {
    const button = (text: string, testid: string, onClick: () => void, primary = false) => {
      const b = el('button', { type: 'button', class: primary ? 'primary' : undefined, 'data-testid': testid }, text);
      b.addEventListener('click', onClick);
      return b;
    };
    this.injectSelect.append(...localScenario(scenario).injects.map((j) => el('option', { value: j.id }, t().class_inject_turn({ title: j.title, turn: j.turn }))));
    const custom = {
      title: el('input', { id: 'dash-ci-title', type: 'text', maxlength: String(CUSTOM_INJECT.titleMax) }),
      text: el('textarea', { id: 'dash-ci-text', rows: '2', maxlength: String(CUSTOM_INJECT.textMax) }),
      escalation: el('input', { id: 'dash-ci-esc', type: 'number', min: '-20', max: '20', value: '0' }),
      trust: el('input', { id: 'dash-ci-trust', type: 'number', min: '-20', max: '20', value: '0' }),
    };
    const fireCustom = (): void => {
      if (!custom.title.value.trim() || !custom.text.value.trim()) return this.say(t().class_custom_needs());
      this.sendInject({ kind: 'custom', title: custom.title.value.trim(), text: custom.text.value.trim(), escalation: Number(custom.escalation.value) | 0, trust: Number(custom.trust.value) | 0 }, t().class_custom_sent(), t().class_custom_fired());
    };
    const setClock = (): void => {
      const endsAt = this.clockTime.value ? todayAt(this.clockTime.value).toISOString() : null;
      const afterTurn = this.clockTurn.value ? Number(this.clockTurn.value) : null;
      this.act('class_clock', { endsAt, afterTurn }, t().class_clock_set());
    };
    const table = el('table', { class: 'review-table dash-table', 'data-testid': 'dash-table' },
      el('caption', {}, t().class_groups_live()),
      el('thead', {}, el('tr', {}, ...[t().class_col_decision_group(), t().class_col_turn(), t().class_col_phase(), t().class_col_whose(), t().class_col_rung(), t().class_col_vp_coalition(), t().class_col_vp_government(), t().class_col_unanswered(), t().class_col_seats(), t().class_col_timer(), t().class_col_state(), t().class_col_actions()]
        .map((h) => el('th', { scope: 'col' }, h)))),
      this.body);
    this.root = el('main', { class: 'review dashboard', 'data-testid': 'dashboard' },
      el('header', { class: 'review-header' }, this.heading, this.clock),
      el('section', { class: 'review-section', 'aria-labelledby': 'dash-steer-h' },
        el('h2', { id: 'dash-steer-h' }, t().class_steer()),
        el('p', { class: 'field' }, el('label', { for: 'dash-target' }, t().class_apply_to()), this.target),
        el('div', { class: 'dash-controls' },
          el('fieldset', {}, el('legend', {}, t().class_inject()),
            el('label', { for: 'dash-inject' }, t().class_scenarios_inject()), this.injectSelect,
            button(t().class_fire_inject(), 'dash-fire', () => this.sendInject({ kind: 'scenario', id: this.injectSelect.value }, t().class_inject_sent(), t().class_inject_fired()), true),
            el('details', {}, el('summary', {}, t().class_write_own()),
              el('div', { class: 'control-form' },
                el('label', { for: 'dash-ci-title' }, t().class_field_title()), custom.title, el('label', { for: 'dash-ci-text' }, t().class_text()), custom.text,
                el('label', { for: 'dash-ci-esc' }, t().class_escalation_change()), custom.escalation,
                el('label', { for: 'dash-ci-trust' }, t().class_trust_change()), custom.trust,
                button(t().class_fire_custom(), 'dash-fire-custom', fireCustom)))),
          el('fieldset', {}, el('legend', {}, t().class_pause()),
            button(t().class_pause(), 'dash-pause', () => this.act('pause', { group: this.targetValue() }, t().class_paused_done())),
            button(t().class_resume(), 'dash-resume', () => this.act('resume', { group: this.targetValue() }, t().class_resumed_done()))),
          el('fieldset', {}, el('legend', {}, t().class_phase_timer()),
            el('label', { for: 'dash-timer' }, t().class_seconds_per_phase()), this.timer,
            button(t().class_set_timer(), 'dash-timer-set', () => this.act('phase_timer', { group: this.targetValue(), seconds: Number(this.timer.value) | 0 }, t().class_timer_set())),
            button(t().class_no_timer(), 'dash-timer-clear', () => this.act('phase_timer', { group: this.targetValue(), seconds: null }, t().class_timer_cleared())),
            el('p', { class: 'hint' }, t().class_timer_hint())),
          el('fieldset', {}, el('legend', {}, t().class_clock_legend()),
            el('label', { for: 'dash-clock-time' }, t().class_ends_at()), this.clockTime,
            el('label', { for: 'dash-clock-turn' }, t().class_or_after_turn()), this.clockTurn,
            button(t().class_set_clock(), 'dash-clock-set', setClock)),
          el('fieldset', {}, el('legend', {}, t().class_whole_class()),
            button(t().class_export(), 'dash-export', () => this.act('export', {}, t().class_export_asked())),
            button(t().class_end(), 'dash-end', () => { if (window.confirm(t().class_end_confirm())) this.act('end_class', {}, t().class_ended_done()); })))),
      this.status,
      el('section', { class: 'review-section', 'aria-labelledby': 'dash-groups-h' }, el('h2', { id: 'dash-groups-h' }, t().class_groups()), el('div', { class: 'dash-scroll' }, table)),
      classTable);
  }

  render(state: DashboardState): void {
    this.state = state;
    this.heading.textContent = state.over ? t().class_title_ended({ title: state.title }) : state.title;
    const keys = ['all', ...state.rows.map((r) => String(r.group))].join(',');
    if (keys !== this.targets) {
      const chosen = this.target.value;
      this.targets = keys;
      this.target.replaceChildren(el('option', { value: 'all' }, t().class_every_group()), ...state.rows.map((r) => el('option', { value: String(r.group) }, t().class_group({ group: r.group }))));
      if (keys.split(',').includes(chosen)) this.target.value = chosen;
    }
    this.body.replaceChildren(...state.rows.map((r) => this.row(r)));
    this.tick();
    this.confirmInject(state.rows);
  }

  /**
   * Sends an inject and says it was sent; the server answers a teacher's inject only with a refusal, so
   * the groups' rows confirm it (their count of injects rises: confirmInject) and refusals add a line.
   */
  private sendInject(inject: InjectBody, sent: string, fired: string): void {
    const target = this.targetValue();
    const rows = (this.state?.rows ?? []).filter((r) => (target === 'all' ? r.status !== 'over' : r.group === target));
    const line = el('p', {}, this.doneText(sent, target));
    this.status.replaceChildren(line);
    this.pending = { fired, target, line, waiting: new Map(rows.map((r) => [r.group, r.injects])), confirmed: [], refused: false };
    this.actions.send('inject', { group: target, inject });
  }

  private confirmInject(rows: readonly DashboardRow[]): void {
    const p = this.pending;
    if (!p) return;
    for (const r of rows) {
      const before = p.waiting.get(r.group);
      if (before !== undefined && r.injects > before) { p.waiting.delete(r.group); p.confirmed.push(r.group); }
    }
    if (p.confirmed.length > 0) {
      const groups = [...p.confirmed].sort((a, b) => a - b);
      p.line.textContent = p.target === 'all' && p.waiting.size === 0 && !p.refused ? t().class_done_every({ done: p.fired })
        : groups.length === 1 ? t().class_done_group({ done: p.fired, group: groups[0]! }) : t().class_done_groups({ done: p.fired, groups: formatList(groups.map(String)) });
    }
    if (p.waiting.size === 0) this.pending = null;
  }

  /** A group refused the teacher's action: below the inject being confirmed, or in place of the last line. */
  refused(group: number, text: string): void {
    const p = this.pending;
    if (!p) return this.say(text);
    p.waiting.delete(group);
    p.refused = true;
    this.status.append(el('p', {}, text));
    if (p.waiting.size === 0) this.pending = null;
  }

  private doneText(done: string, g: GroupTarget | undefined): string {
    return g === undefined ? t().class_done({ done }) : g === 'all' ? t().class_done_every({ done }) : t().class_done_group({ done, group: g });
  }

  /** The countdowns: once a second, without a new state. */
  tick(): void {
    const s = this.state;
    if (!s) return;
    this.clock.textContent = clockLine(s.clock, Date.now());
    for (const r of s.rows) {
      const cell = this.body.querySelector(`[data-timer="${r.group}"]`);
      if (cell) cell.textContent = r.phaseEndsAt ? countdown(r.phaseEndsAt, Date.now()) : '—';
    }
  }

  say(text: string): void {
    this.pending = null;
    this.status.replaceChildren(el('p', {}, text));
  }

  private row(r: DashboardRow): HTMLTableRowElement {
    const s = this.scenario;
    const who = r.whoseMove === null ? '—' : r.whoseMove === 'ai' ? t().class_the_ai() : t().class_team_of({ camp: SHORT[r.whoseMove]() });
    const state = r.result ? t().class_state_over({ outcome: r.result.outcome }) : r.paused ? t().class_state_paused() : t().class_state_playing();
    const seats = el('ul', { class: 'seat-list' }, ...r.seats.map((x) =>
      el('li', { class: `conn-${x.connection}`, 'data-testid': `conn-${r.group}-${x.seat}`, title: seatName(s, x.seat) }, t().class_seat_connection({ seat: SHORT[x.seat](), connection: CONNECTION[x.connection]() }))));
    const act = (text: string, testid: string, fn: () => void) => {
      const b = el('button', { type: 'button', 'data-testid': testid, 'aria-label': t().class_act_group({ action: text, group: r.group }) }, text);
      b.addEventListener('click', fn);
      return b;
    };
    return el('tr', { 'data-testid': `dash-row-${r.group}`, 'data-turn': String(r.turn), 'data-status': r.status, class: r.paused ? 'paused' : undefined },
      el('th', { scope: 'row' }, t().class_group({ group: r.group })),
      el('td', { class: 'num' }, String(r.turn)), el('td', {}, SHORT[r.phase]()), el('td', {}, who),
      el('td', {}, `${r.rung} ${rungName(r.rung)}`),
      el('td', { class: 'num' }, String(r.vp.coalition)), el('td', { class: 'num' }, String(r.vp.russia)),
      el('td', { class: 'num' }, String(r.unanswered)), el('td', {}, seats),
      el('td', { 'data-timer': String(r.group) }, '—'), el('td', { 'data-testid': `dash-state-${r.group}` }, state),
      el('td', { class: 'dash-actions' },
        r.paused ? act(t().class_resume(), `resume-${r.group}`, () => this.act('resume', { group: r.group }, t().class_resumed_done()))
          : act(t().class_pause(), `pause-${r.group}`, () => this.act('pause', { group: r.group }, t().class_paused_done())),
        act(t().class_watch(), `watch-${r.group}`, () => this.actions.watch(r.group)),
        act(t().class_review(), `review-${r.group}`, () => this.actions.review(r.group))));
  }

  private targetValue(): GroupTarget {
    return this.target.value === 'all' || this.target.value === '' ? 'all' : Number(this.target.value);
  }

  private act<K extends keyof TeacherMessage>(type: K, message: TeacherMessage[K], done: string): void {
    this.actions.send(type, message);
    this.say(this.doneText(done, (message as { group?: GroupTarget }).group));
  }
}

/** A seat's connection in words (the protocol's ids are English). */
const CONNECTION: Readonly<Record<Connection, () => string>> = {
  connected: () => t().class_conn_connected(), reconnecting: () => t().class_conn_reconnecting(), away: () => t().class_conn_away(),
};

/** Today's date at a clock time typed as HH:MM, in the teacher's time zone. */
function todayAt(hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const d = new Date();
  d.setHours(h ?? 0, m ?? 0, 0, 0);
  return d;
}

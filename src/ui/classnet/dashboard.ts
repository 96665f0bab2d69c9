// The teacher's dashboard over a class on the network: a live table of the groups (turn, phase, whose
// move, rung, VP, unanswered calls, each seat's connection, timer) and the controls that steer them:
// injects, pause and resume, phase timers and the class clock, one group or all. It renders the
// server's DashboardState and sends teacher messages; the page wires watching, reviews and export.
import { type Camp, CUSTOM_INJECT, RUNGS, type Scenario } from '../../engine';
import type { DashboardRow, DashboardState, GroupTarget, TeacherMessage } from '../../net/protocol';
import { el } from '../dom';
import { seatName } from './classCodes';
import { countdown, clockLine } from './clockText';

/** Short camp names: the table has a dozen columns. */
const SHORT: Readonly<Record<Camp | 'control', string>> = { coalition: 'Coalition', russia: 'Government', is: 'IS', control: 'Control' };

export interface DashboardActions {
  send<K extends keyof TeacherMessage>(type: K, message: TeacherMessage[K]): void;
  watch(group: number): void;
  review(group: number): void;
}

export class Dashboard {
  readonly root: HTMLElement;
  private state: DashboardState | null = null;
  private readonly heading = el('h1', { 'data-testid': 'dash-title' }, 'Class dashboard');
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

  constructor(private readonly scenario: Scenario, private readonly actions: DashboardActions, classTable: HTMLElement) {
    const button = (text: string, testid: string, onClick: () => void, primary = false) => {
      const b = el('button', { type: 'button', class: primary ? 'primary' : undefined, 'data-testid': testid }, text);
      b.addEventListener('click', onClick);
      return b;
    };
    this.injectSelect.append(...scenario.injects.map((j) => el('option', { value: j.id }, `${j.title} (turn ${j.turn})`)));
    const custom = {
      title: el('input', { id: 'dash-ci-title', type: 'text', maxlength: String(CUSTOM_INJECT.titleMax) }),
      text: el('textarea', { id: 'dash-ci-text', rows: '2', maxlength: String(CUSTOM_INJECT.textMax) }),
      escalation: el('input', { id: 'dash-ci-esc', type: 'number', min: '-20', max: '20', value: '0' }),
      trust: el('input', { id: 'dash-ci-trust', type: 'number', min: '-20', max: '20', value: '0' }),
    };
    const fireCustom = (): void => {
      if (!custom.title.value.trim() || !custom.text.value.trim()) return this.say('A custom inject needs a title and a text.');
      this.act('inject', { group: this.targetValue(), inject: { kind: 'custom', title: custom.title.value.trim(), text: custom.text.value.trim(), escalation: Number(custom.escalation.value) | 0, trust: Number(custom.trust.value) | 0 } }, 'Custom inject fired');
    };
    const setClock = (): void => {
      const endsAt = this.clockTime.value ? todayAt(this.clockTime.value).toISOString() : null;
      const afterTurn = this.clockTurn.value ? Number(this.clockTurn.value) : null;
      this.act('class_clock', { endsAt, afterTurn }, 'Class clock set');
    };
    const table = el('table', { class: 'review-table dash-table', 'data-testid': 'dash-table' },
      el('caption', {}, 'The groups, live'),
      el('thead', {}, el('tr', {}, ...['Group', 'Turn', 'Phase', 'Whose move', 'Rung', 'VP coalition', 'VP government', 'Unanswered calls', 'Seats', 'Timer', 'State', 'Actions']
        .map((h) => el('th', { scope: 'col' }, h)))),
      this.body);
    this.root = el('main', { class: 'review dashboard', 'data-testid': 'dashboard' },
      el('header', { class: 'review-header' }, this.heading, this.clock),
      el('section', { class: 'review-section', 'aria-labelledby': 'dash-steer-h' },
        el('h2', { id: 'dash-steer-h' }, 'Steer the class'),
        el('p', { class: 'field' }, el('label', { for: 'dash-target' }, 'Apply to'), this.target),
        el('div', { class: 'dash-controls' },
          el('fieldset', {}, el('legend', {}, 'Inject'),
            el('label', { for: 'dash-inject' }, 'The scenario\'s'), this.injectSelect,
            button('Fire inject', 'dash-fire', () => this.act('inject', { group: this.targetValue(), inject: { kind: 'scenario', id: this.injectSelect.value } }, 'Inject fired'), true),
            el('details', {}, el('summary', {}, 'Write your own'),
              el('div', { class: 'control-form' },
                el('label', { for: 'dash-ci-title' }, 'Title'), custom.title, el('label', { for: 'dash-ci-text' }, 'Text'), custom.text,
                el('label', { for: 'dash-ci-esc' }, 'Escalation change (−20 to +20)'), custom.escalation,
                el('label', { for: 'dash-ci-trust' }, 'Trust change (−20 to +20)'), custom.trust,
                button('Fire custom inject', 'dash-fire-custom', fireCustom)))),
          el('fieldset', {}, el('legend', {}, 'Pause'),
            button('Pause', 'dash-pause', () => this.act('pause', { group: this.targetValue() }, 'Paused')),
            button('Resume', 'dash-resume', () => this.act('resume', { group: this.targetValue() }, 'Resumed'))),
          el('fieldset', {}, el('legend', {}, 'Phase timer'),
            el('label', { for: 'dash-timer' }, 'Seconds per team phase'), this.timer,
            button('Set timer', 'dash-timer-set', () => this.act('phase_timer', { group: this.targetValue(), seconds: Number(this.timer.value) | 0 }, 'Phase timer set')),
            button('No timer', 'dash-timer-clear', () => this.act('phase_timer', { group: this.targetValue(), seconds: null }, 'Phase timer cleared')),
            el('p', { class: 'hint' }, 'When a team\'s time runs out, its phase ends.')),
          el('fieldset', {}, el('legend', {}, 'Class clock (every group)'),
            el('label', { for: 'dash-clock-time' }, 'The game ends at'), this.clockTime,
            el('label', { for: 'dash-clock-turn' }, 'or after turn'), this.clockTurn,
            button('Set clock', 'dash-clock-set', setClock)),
          el('fieldset', {}, el('legend', {}, 'The whole class'),
            button('Export results and replays', 'dash-export', () => this.act('export', {}, 'Export asked for')),
            button('End the class', 'dash-end', () => { if (window.confirm('End the class? Every code stops working and the games stop where they are.')) this.act('end_class', {}, 'Class ended'); })))),
      this.status,
      el('section', { class: 'review-section', 'aria-labelledby': 'dash-groups-h' }, el('h2', { id: 'dash-groups-h' }, 'Groups'), el('div', { class: 'dash-scroll' }, table)),
      classTable);
  }

  render(state: DashboardState): void {
    this.state = state;
    this.heading.textContent = `${state.title}${state.over ? ' (ended)' : ''}`;
    const keys = ['all', ...state.rows.map((r) => String(r.group))].join(',');
    if (keys !== this.targets) {
      const chosen = this.target.value;
      this.targets = keys;
      this.target.replaceChildren(el('option', { value: 'all' }, 'Every group'), ...state.rows.map((r) => el('option', { value: String(r.group) }, `Group ${r.group}`)));
      if (keys.split(',').includes(chosen)) this.target.value = chosen;
    }
    this.body.replaceChildren(...state.rows.map((r) => this.row(r)));
    this.tick();
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
    this.status.replaceChildren(el('p', {}, text));
  }

  private row(r: DashboardRow): HTMLTableRowElement {
    const s = this.scenario;
    const who = r.whoseMove === null ? '—' : r.whoseMove === 'ai' ? 'the AI' : `${SHORT[r.whoseMove]} team`;
    const state = r.result ? `over: ${r.result.outcome}` : r.paused ? 'paused' : 'playing';
    const seats = el('ul', { class: 'seat-list' }, ...r.seats.map((x) =>
      el('li', { class: `conn-${x.connection}`, 'data-testid': `conn-${r.group}-${x.seat}`, title: seatName(s, x.seat) }, `${SHORT[x.seat]}: ${x.connection}`)));
    const act = (text: string, testid: string, fn: () => void) => {
      const b = el('button', { type: 'button', 'data-testid': testid, 'aria-label': `${text} group ${r.group}` }, text);
      b.addEventListener('click', fn);
      return b;
    };
    return el('tr', { 'data-testid': `dash-row-${r.group}`, 'data-turn': String(r.turn), 'data-status': r.status, class: r.paused ? 'paused' : undefined },
      el('th', { scope: 'row' }, `Group ${r.group}`),
      el('td', { class: 'num' }, String(r.turn)), el('td', {}, SHORT[r.phase]), el('td', {}, who),
      el('td', {}, `${r.rung} ${RUNGS[r.rung]?.name ?? ''}`),
      el('td', { class: 'num' }, String(r.vp.coalition)), el('td', { class: 'num' }, String(r.vp.russia)),
      el('td', { class: 'num' }, String(r.unanswered)), el('td', {}, seats),
      el('td', { 'data-timer': String(r.group) }, '—'), el('td', { 'data-testid': `dash-state-${r.group}` }, state),
      el('td', { class: 'dash-actions' },
        r.paused ? act('Resume', `resume-${r.group}`, () => this.act('resume', { group: r.group }, 'Resumed'))
          : act('Pause', `pause-${r.group}`, () => this.act('pause', { group: r.group }, 'Paused')),
        act('Watch', `watch-${r.group}`, () => this.actions.watch(r.group)),
        act('Review', `review-${r.group}`, () => this.actions.review(r.group))));
  }

  private targetValue(): GroupTarget {
    return this.target.value === 'all' || this.target.value === '' ? 'all' : Number(this.target.value);
  }

  private act<K extends keyof TeacherMessage>(type: K, message: TeacherMessage[K], done: string): void {
    this.actions.send(type, message);
    const g = (message as { group?: GroupTarget }).group;
    this.say(`${done}${g === undefined ? '' : g === 'all' ? ' (every group)' : ` (group ${g})`}.`);
  }
}

/** Today's date at a clock time typed as HH:MM, in the teacher's time zone. */
function todayAt(hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const d = new Date();
  d.setHours(h ?? 0, m ?? 0, 0, 0);
  return d;
}

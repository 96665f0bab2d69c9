// Control's panel beside the all-seeing map, between phases only: injects (the scenario's that are
// on, fired ones marked, and custom ones), pause, notes on the turn, escalation in detail (each
// incident's roll and chance, the ladder's history) and both teams' hotline traffic in full.
import { CUSTOM_INJECT, type GameState, type GameView, type Incident, type InjectBody, type RulingFinding, type Scenario, rungOf } from '../../engine';
import type { ExerciseConfig } from '../../exercise/config';
import { LadderHistory, type LadderStep, firedSources } from '../../exercise/control';
import type { GameSession } from '../../presenter/session';
import { NOTES_LIMIT } from '../../replay/format';
import { t } from '../../i18n/messages';
import { INCIDENT_NAME, causeText, injectAuthor, rulingText, signed } from '../../text/crisisText';
import { powerName, rungName } from '../../text/localNames';
import { hexRef } from '../../text/places';
import { kitFor } from '../../exercise/kits';
import { el } from '../dom';
import { rulingCell, rulingHint } from './rulingCell';
import { showHandbook } from './handbook';
import { messageArticle } from '../hotline/transcript';
import { LinkField, downloadReplay, replayLink } from '../replay/share';
import { SlicedWork } from '../slicedWork';
import { localScenario } from '../../text/scenarioText';

/** Main-thread time per slice of the ladder's replay: well under a frame even on a slow machine. */
const SLICE_MS = 8;

const CAMP_NAME = { coalition: () => t().control_camp_coalition(), russia: () => t().control_camp_russia(), is: () => t().control_camp_is() } as const;

export interface ControlActions {
  fire(inject: InjectBody): string | null;
  /** Control's ruling on an incident: null, or why it was refused. */
  rule(incident: string, finding: RulingFinding): string | null;
  pause(): void;
  close(): void;
}

const num = (id: string, label: string, max: number): [HTMLLabelElement, HTMLInputElement] => [
  el('label', { for: id }, label),
  el('input', { id, type: 'number', min: String(-max), max: String(max), step: '1', value: '0', 'data-testid': id }),
];

/** Who moved the ladder: the power, or Control's inject (named once, when the cause does not already). */
const authorOf = (s: LadderStep): string | undefined =>
  s.inject !== undefined ? (s.cause.startsWith(`inject ${s.inject}`) ? undefined : injectAuthor(s.inject)) : s.by ? powerName(s.by) : undefined;

/** The cause of a step of the ladder, and who moved it. */
function stepCause(s: LadderStep): string {
  const who = authorOf(s);
  return who === undefined ? causeText(s.cause) : t().control_cause_by({ cause: causeText(s.cause), who });
}

export class ControlPanel {
  readonly root = el('aside', { id: 'control-panel', class: 'control-panel', 'aria-labelledby': 'control-title', 'data-testid': 'control-panel', hidden: true });
  private readonly summary = el('p', { class: 'lede', 'data-testid': 'control-summary' });
  private readonly status = el('p', { class: 'result', role: 'status', 'data-testid': 'control-status' });
  private readonly injectList = el('ul', { class: 'control-list', 'data-testid': 'control-injects' });
  private readonly title = el('input', { id: 'ci-title', type: 'text', maxlength: String(CUSTOM_INJECT.titleMax), 'data-testid': 'ci-title' });
  private readonly text = el('textarea', { id: 'ci-text', rows: '3', maxlength: String(CUSTOM_INJECT.textMax), 'data-testid': 'ci-text' });
  private readonly escalation = num('ci-escalation', t().control_escalation_change({ max: CUSTOM_INJECT.deltaMax }), CUSTOM_INJECT.deltaMax);
  private readonly trust = num('ci-trust', t().control_trust_change({ max: CUSTOM_INJECT.deltaMax }), CUSTOM_INJECT.deltaMax);
  private readonly note = el('textarea', { id: 'control-note', rows: '3', maxlength: String(NOTES_LIMIT.chars), 'data-testid': 'control-note' });
  private readonly notes = el('ol', { class: 'control-list', 'data-testid': 'control-notes' });
  private readonly incidents = el('tbody', { 'data-testid': 'control-incidents' });
  private readonly ladder = el('ol', { class: 'control-list', 'data-testid': 'control-ladder' });
  private readonly transcript = el('ol', { class: 'transcript', 'data-testid': 'control-transcript' });
  /** Played forward in slices between frames: a late game's whole replay would freeze the page. */
  private readonly history: LadderHistory;
  private historyTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * The panel's content, a late game's dozens of incidents with their ruling choices and a hundred
   * messages (some 600 elements), is built a slice at a time, its first screen first: in one task it
   * froze a slow machine's page.
   */
  private readonly building = new SlicedWork(SLICE_MS);
  /** What the panel shows was drawn from: a change elsewhere on the page (the map's view) does not redraw it. */
  private drawnFrom: { state: GameState; view: GameView; notes: number } | null = null;

  constructor(private readonly session: GameSession, private readonly config: ExerciseConfig, private readonly actions: ControlActions) {
    this.history = new LadderHistory(session.scenario, session.seed);
    const back = el('button', { type: 'button', class: 'primary', 'data-testid': 'control-close' }, t().control_back());
    const pause = el('button', { type: 'button', 'data-testid': 'control-pause' }, t().control_pause());
    const kit = kitFor(session.scenario);
    const book = kit ? el('button', { type: 'button', 'data-testid': 'control-handbook' }, t().control_handbook()) : null;
    if (book && kit) book.addEventListener('click', () => showHandbook(session.scenario, kit));
    const custom = el('form', { class: 'control-form', 'aria-labelledby': 'ci-heading' },
      el('h4', { id: 'ci-heading' }, t().control_write_inject()),
      el('label', { for: 'ci-title' }, t().control_inject_title({ max: CUSTOM_INJECT.titleMax })), this.title,
      el('label', { for: 'ci-text' }, t().control_inject_text({ max: CUSTOM_INJECT.textMax })), this.text,
      el('p', { class: 'row' }, ...this.escalation), el('p', { class: 'row' }, ...this.trust),
      el('button', { type: 'submit', 'data-testid': 'ci-fire' }, t().control_fire_inject()));
    const noteForm = el('form', { class: 'control-form', 'aria-labelledby': 'note-heading' },
      el('h3', { id: 'note-heading' }, t().control_notes_title()),
      el('label', { for: 'control-note' }, t().control_note_label({ max: NOTES_LIMIT.chars })), this.note,
      el('button', { type: 'submit', 'data-testid': 'control-add-note' }, t().control_add_note()), this.notes);
    // The game so far as a replay: the teams' side panels do not offer it while the game runs.
    const download = el('button', { type: 'button', 'data-testid': 'control-download-replay' }, t().control_download_replay());
    const copy = el('button', { type: 'button', 'data-testid': 'control-copy-replay-link' }, t().control_copy_replay_link());
    const link = new LinkField('control-replay-link', t().control_replay_link());
    download.addEventListener('click', () => { const r = session.replay(); if (r) downloadReplay(r, session.snapshot().state.turn); });
    copy.addEventListener('click', () => { const r = session.replay(); if (r) void replayLink(r).then((l) => link.show(l)); });
    this.root.append(
      el('header', {}, el('h2', { id: 'control-title', tabindex: '-1' }, t().control_title()), el('div', { class: 'buttons' }, back, pause, book)),
      this.summary, this.status,
      el('section', { 'aria-labelledby': 'inj-heading' }, el('h3', { id: 'inj-heading' }, t().control_injects()), this.injectList, custom),
      noteForm,
      el('section', { 'aria-labelledby': 'esc-heading' }, el('h3', { id: 'esc-heading' }, t().control_escalation_detail()),
        el('table', { class: 'brief-table' }, el('caption', {}, t().control_incidents_caption()),
          el('thead', {}, el('tr', {}, ...[t().control_col_incident(), t().control_col_turn(), t().control_col_what(), t().control_col_cause(), t().control_col_roll(), t().control_col_escalation(), t().control_col_ruling()].map((h) => el('th', { scope: 'col' }, h)))),
          this.incidents),
        el('p', { class: 'hint' }, rulingHint()),
        el('h4', {}, t().control_ladder_so_far()), this.ladder),
      el('section', { 'aria-labelledby': 'ctx-heading' }, el('h3', { id: 'ctx-heading' }, t().control_traffic()), this.transcript),
      el('section', { 'aria-labelledby': 'control-replay-heading' }, el('h3', { id: 'control-replay-heading' }, t().control_replay_so_far()),
        el('div', { class: 'buttons' }, download, copy), link.root));
    back.addEventListener('click', () => actions.close());
    pause.addEventListener('click', () => actions.pause());
    custom.addEventListener('submit', (e) => {
      e.preventDefault();
      const body: InjectBody = { kind: 'custom', title: this.title.value.trim(), text: this.text.value.trim(), escalation: Number(this.escalation[1].value), trust: Number(this.trust[1].value) };
      if (!body.title || !body.text) return this.say(t().control_need_title_text(), true);
      const error = actions.fire(body);
      if (!error) { this.title.value = ''; this.text.value = ''; }
      this.say(error ? t().control_not_fired({ error }) : t().control_fired({ title: body.title }), error !== null);
    });
    noteForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = this.note.value.trim();
      if (!text) return this.say(t().control_write_note_first(), true);
      if (session.notes.length >= NOTES_LIMIT.count) return this.say(t().control_notes_max({ count: NOTES_LIMIT.count }), true);
      session.addNote(text.slice(0, NOTES_LIMIT.chars));
      this.note.value = '';
      this.say(t().control_note_added(), false);
      this.render();
    });
  }

  private say(text: string, error: boolean): void {
    this.status.textContent = text;
    this.status.className = `result ${error ? 'error' : 'ok'}`;
  }

  show(): void {
    this.root.hidden = false;
    this.render();
    // Scrolling and focus lay the page out at once: a task after the one that built the panel.
    setTimeout(() => {
      if (this.root.hidden) return;
      this.root.scrollTop = 0;
      (this.root.querySelector('h2') as HTMLElement | null)?.focus();
    }, 0);
  }
  hide(): void {
    this.root.hidden = true;
    this.drawnFrom = null;
    if (this.historyTimer !== null) clearTimeout(this.historyTimer);
    this.historyTimer = null;
    this.building.cancel();
  }

  render(): void {
    if (this.root.hidden) return;
    const { scenario } = this.session;
    const { state } = this.session.snapshot();
    const view = this.session.view();
    const from = this.drawnFrom;
    if (from && from.state === state && from.view === view && from.notes === this.session.notes.length) return;
    this.drawnFrom = { state, view, notes: this.session.notes.length };
    this.building.start(this.build(scenario, state));
  }

  /** The panel's content in steps, in the order the panel reads: the work a slice takes is a few steps. */
  private *build(scenario: Scenario, state: GameState): Generator<void> {
    const esc = state.crisis.escalation.points;
    this.summary.textContent = t().control_summary({ turn: state.turn, camp: CAMP_NAME[state.phase](), points: esc, rung: rungName(rungOf(esc)), trust: state.crisis.trust });
    this.renderInjects(scenario, state);
    this.notes.replaceChildren(...this.session.notes.map((n) => el('li', {}, el('strong', {}, `${t().control_note_turn({ turn: n.turn })} `), n.text)));
    this.transcript.setAttribute('aria-busy', 'true');
    this.renderLadder(); // its history is played in slices of its own: started first
    yield;
    const incidents = state.crisis.incidents;
    if (incidents.length === 0) this.incidents.replaceChildren(el('tr', {}, el('td', { colspan: '7' }, t().control_no_incidents())));
    else this.incidents.replaceChildren();
    for (const i of incidents) {
      this.incidents.append(el('tr', {},
        el('td', {}, i.id), el('td', {}, String(i.turn)), el('td', {}, t().control_incident_at({ incident: INCIDENT_NAME[i.type], hex: hexRef(scenario, i.hex) })),
        el('td', {}, i.inject !== undefined ? injectAuthor(i.inject) : i.cause ? powerName(i.cause) : '—'),
        el('td', {}, i.roll ? t().control_roll({ value: i.roll.value, chance: i.roll.chance }) : t().control_no_roll()),
        el('td', {}, signed(i.escalation)),
        el('td', {}, this.rulingCell(i))));
      yield;
    }
    yield* this.buildTranscript(scenario);
  }

  /** The ruling given, or the choice to rule (refused or told in the status line). */
  private rulingCell(i: Incident): HTMLElement {
    return rulingCell(i, (finding) => {
      const error = this.actions.rule(i.id, finding);
      this.say(error ? t().control_not_ruled({ error }) : t().control_ruled({ incident: i.id, finding: rulingText(finding) }), error !== null);
      this.render();
    });
  }

  /** Both teams' traffic from the start, a message a step; busy (aria-busy) until the last. */
  private *buildTranscript(scenario: Scenario): Generator<void> {
    const view = this.session.view();
    const messages = view.crisis.messages;
    if (messages.length === 0) this.transcript.replaceChildren(el('li', { class: 'muted' }, t().control_no_messages()));
    else this.transcript.replaceChildren();
    for (const m of messages) {
      this.transcript.append(el('li', {}, messageArticle(scenario, view, m, 'coalition', 'tx')));
      yield;
    }
    this.transcript.removeAttribute('aria-busy');
  }

  /** The ladder's history once it is played up to now; until then a note, and the next slice is queued. */
  private renderLadder(): void {
    const commands = this.session.snapshot().commands ?? [];
    if (!this.history.upToDate(commands)) {
      this.ladder.setAttribute('aria-busy', 'true');
      if (!this.ladder.querySelector('.busy')) this.ladder.replaceChildren(el('li', { class: 'busy' }, t().control_ladder_working()));
      if (this.historyTimer === null) this.historyTimer = setTimeout(() => this.ladderSlice(), 0);
      return;
    }
    this.ladder.removeAttribute('aria-busy');
    const steps = this.history.steps;
    this.ladder.replaceChildren(...(steps.length === 0 ? [el('li', {}, t().control_no_change())] : steps.map((s) =>
      el('li', {}, t().control_ladder_step({ turn: s.turn, from: s.from, to: s.to, delta: signed(s.delta), cause: stepCause(s) })))));
  }

  private ladderSlice(): void {
    this.historyTimer = null;
    if (this.root.hidden) return;
    const until = performance.now() + SLICE_MS;
    this.history.advance(this.session.snapshot().commands ?? [], () => performance.now() < until);
    this.renderLadder();
  }

  private renderInjects(scenario: Scenario, state: GameState): void {
    const fired = firedSources(state);
    // Titles in the page's language (the game page loaded the overlay); ids and turns as the engine's.
    const on = localScenario(scenario).injects.filter((j) => this.config.injects.includes(j.id));
    this.injectList.replaceChildren(...(on.length === 0 ? [el('li', {}, t().control_no_scenario_injects())] : on.map((j) => {
      const done = fired.has(j.id);
      const b = el('button', { type: 'button', disabled: done, 'data-testid': `fire-${j.id}` }, done ? t().control_fired_button() : t().control_fire_now());
      b.addEventListener('click', () => {
        const error = this.actions.fire({ kind: 'scenario', id: j.id });
        this.say(error ? t().control_not_fired({ error }) : t().control_fired({ title: j.title }), error !== null);
      });
      return el('li', { class: done ? 'fired' : undefined }, el('strong', {}, j.title), ` ${done ? t().control_inject_fired({ turn: j.turn }) : t().control_inject_scheduled({ turn: j.turn })} `, b);
    })));
  }
}

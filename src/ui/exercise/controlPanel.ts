// Control's panel beside the all-seeing map, between phases only: injects (the scenario's that are
// on, fired ones marked, and custom ones), pause, notes on the turn, escalation in detail (each
// incident's roll and chance, the ladder's history) and both teams' hotline traffic in full.
import { CUSTOM_INJECT, type GameState, type GameView, type Incident, type InjectBody, RULING_FINDINGS, type RulingFinding, RUNGS, type Scenario, rulesSummary, rungOf } from '../../engine';
import type { ExerciseConfig } from '../../exercise/config';
import { LadderHistory, type LadderStep, firedSources } from '../../exercise/control';
import type { GameSession } from '../../presenter/session';
import { NOTES_LIMIT } from '../../replay/format';
import { INCIDENT_NAME, POWER_NAME, causeText, injectAuthor, rulingText, signed } from '../../text/crisisText';
import { CAMP_SHORT, hexRef } from '../../text/places';
import { kitFor } from '../../exercise/kits';
import { el } from '../dom';
import { showHandbook } from './handbook';
import { messageArticle } from '../hotline/transcript';
import { LinkField, downloadReplay, replayLink } from '../replay/share';
import { SlicedWork } from '../slicedWork';

/** Main-thread time per slice of the ladder's replay: well under a frame even on a slow machine. */
const SLICE_MS = 8;

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
const authorOf = (s: LadderStep): string =>
  s.inject !== undefined ? (s.cause.startsWith(`inject ${s.inject}`) ? '' : `, by ${injectAuthor(s.inject)}`) : s.by ? `, by ${POWER_NAME[s.by]}` : '';

export class ControlPanel {
  readonly root = el('aside', { id: 'control-panel', class: 'control-panel', 'aria-labelledby': 'control-title', 'data-testid': 'control-panel', hidden: true });
  private readonly summary = el('p', { class: 'lede', 'data-testid': 'control-summary' });
  private readonly status = el('p', { class: 'result', role: 'status', 'data-testid': 'control-status' });
  private readonly injectList = el('ul', { class: 'control-list', 'data-testid': 'control-injects' });
  private readonly title = el('input', { id: 'ci-title', type: 'text', maxlength: String(CUSTOM_INJECT.titleMax), 'data-testid': 'ci-title' });
  private readonly text = el('textarea', { id: 'ci-text', rows: '3', maxlength: String(CUSTOM_INJECT.textMax), 'data-testid': 'ci-text' });
  private readonly escalation = num('ci-escalation', `Escalation change (−${CUSTOM_INJECT.deltaMax} to +${CUSTOM_INJECT.deltaMax})`, CUSTOM_INJECT.deltaMax);
  private readonly trust = num('ci-trust', `Trust change (−${CUSTOM_INJECT.deltaMax} to +${CUSTOM_INJECT.deltaMax})`, CUSTOM_INJECT.deltaMax);
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
    const back = el('button', { type: 'button', class: 'primary', 'data-testid': 'control-close' }, 'Back to the handover');
    const pause = el('button', { type: 'button', 'data-testid': 'control-pause' }, 'Pause the exercise');
    const kit = kitFor(session.scenario);
    const book = kit ? el('button', { type: 'button', 'data-testid': 'control-handbook' }, 'Handbook') : null;
    if (book && kit) book.addEventListener('click', () => showHandbook(session.scenario, kit));
    const custom = el('form', { class: 'control-form', 'aria-labelledby': 'ci-heading' },
      el('h4', { id: 'ci-heading' }, 'Write an inject'),
      el('label', { for: 'ci-title' }, `Title (up to ${CUSTOM_INJECT.titleMax} characters)`), this.title,
      el('label', { for: 'ci-text' }, `What the teams are told (up to ${CUSTOM_INJECT.textMax})`), this.text,
      el('p', { class: 'row' }, ...this.escalation), el('p', { class: 'row' }, ...this.trust),
      el('button', { type: 'submit', 'data-testid': 'ci-fire' }, 'Fire this inject'));
    const noteForm = el('form', { class: 'control-form', 'aria-labelledby': 'note-heading' },
      el('h3', { id: 'note-heading' }, 'Notes on this turn'),
      el('label', { for: 'control-note' }, `Note (up to ${NOTES_LIMIT.chars} characters; kept in the replay for the debrief)`), this.note,
      el('button', { type: 'submit', 'data-testid': 'control-add-note' }, 'Add note'), this.notes);
    // The game so far as a replay: the teams' side panels do not offer it while the game runs.
    const download = el('button', { type: 'button', 'data-testid': 'control-download-replay' }, 'Download replay');
    const copy = el('button', { type: 'button', 'data-testid': 'control-copy-replay-link' }, 'Copy replay link');
    const link = new LinkField('control-replay-link', 'Replay link (all-seeing: keep it from the teams)');
    download.addEventListener('click', () => { const r = session.replay(); if (r) downloadReplay(r, session.snapshot().state.turn); });
    copy.addEventListener('click', () => { const r = session.replay(); if (r) void link.show(replayLink(r)); });
    this.root.append(
      el('header', {}, el('h2', { id: 'control-title', tabindex: '-1' }, 'Control — facilitator'), el('div', { class: 'buttons' }, back, pause, book)),
      this.summary, this.status,
      el('section', { 'aria-labelledby': 'inj-heading' }, el('h3', { id: 'inj-heading' }, 'Injects'), this.injectList, custom),
      noteForm,
      el('section', { 'aria-labelledby': 'esc-heading' }, el('h3', { id: 'esc-heading' }, 'Escalation in detail'),
        el('table', { class: 'brief-table' }, el('caption', {}, 'Incidents: the roll behind each'),
          el('thead', {}, el('tr', {}, ...['Incident', 'Turn', 'What', 'Caused by', 'Roll / chance', 'Escalation', 'Your ruling'].map((h) => el('th', { scope: 'col' }, h)))),
          this.incidents),
        el('p', { class: 'hint' }, rulingHint()),
        el('h4', {}, 'The ladder so far'), this.ladder),
      el('section', { 'aria-labelledby': 'ctx-heading' }, el('h3', { id: 'ctx-heading' }, 'Hotline: both teams\' traffic'), this.transcript),
      el('section', { 'aria-labelledby': 'control-replay-heading' }, el('h3', { id: 'control-replay-heading' }, 'Replay so far (Control only)'),
        el('div', { class: 'buttons' }, download, copy), link.root));
    back.addEventListener('click', () => actions.close());
    pause.addEventListener('click', () => actions.pause());
    custom.addEventListener('submit', (e) => {
      e.preventDefault();
      const body: InjectBody = { kind: 'custom', title: this.title.value.trim(), text: this.text.value.trim(), escalation: Number(this.escalation[1].value), trust: Number(this.trust[1].value) };
      if (!body.title || !body.text) return this.say('Give the inject a title and a text.', true);
      const error = actions.fire(body);
      if (!error) { this.title.value = ''; this.text.value = ''; }
      this.say(error ? `Not fired: ${error}.` : `Fired: ${body.title}.`, error !== null);
    });
    noteForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = this.note.value.trim();
      if (!text) return this.say('Write the note first.', true);
      if (session.notes.length >= NOTES_LIMIT.count) return this.say(`At most ${NOTES_LIMIT.count} notes.`, true);
      session.addNote(text.slice(0, NOTES_LIMIT.chars));
      this.note.value = '';
      this.say('Note added.', false);
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
    this.summary.textContent = `Turn ${state.turn}; ${CAMP_SHORT[state.phase]} to play next. Escalation ${esc} (${RUNGS[rungOf(esc)]!.name}), trust ${state.crisis.trust}. The map shows every unit of every camp.`;
    this.renderInjects(scenario, state);
    this.notes.replaceChildren(...this.session.notes.map((n) => el('li', {}, el('strong', {}, `Turn ${n.turn}: `), n.text)));
    this.transcript.setAttribute('aria-busy', 'true');
    this.renderLadder(); // its history is played in slices of its own: started first
    yield;
    const incidents = state.crisis.incidents;
    if (incidents.length === 0) this.incidents.replaceChildren(el('tr', {}, el('td', { colspan: '7' }, 'No incidents yet.')));
    else this.incidents.replaceChildren();
    for (const i of incidents) {
      this.incidents.append(el('tr', {},
        el('td', {}, i.id), el('td', {}, String(i.turn)), el('td', {}, `${INCIDENT_NAME[i.type]} at ${hexRef(scenario, i.hex)}`),
        el('td', {}, i.inject !== undefined ? injectAuthor(i.inject) : i.cause ? POWER_NAME[i.cause] : '—'),
        el('td', {}, i.roll ? `${i.roll.value} against ${i.roll.chance}%` : 'no roll'),
        el('td', {}, signed(i.escalation)),
        el('td', {}, this.rulingCell(i))));
      yield;
    }
    yield* this.buildTranscript(scenario);
  }

  /** The ruling given, or a choice of findings (never the victim) and a button to rule. */
  private rulingCell(i: Incident): HTMLElement {
    if (i.ruling) return el('span', { 'data-testid': `ruling-${i.id}` }, `Turn ${i.ruling.turn}: ${rulingText(i.ruling.finding)}`);
    const choice = el('select', { 'aria-label': `Ruling on incident ${i.id}`, 'data-testid': `ruling-choice-${i.id}` },
      ...RULING_FINDINGS.filter((f) => f !== i.victim).map((f) => el('option', { value: f }, f === 'accident' ? 'An accident' : `Caused by ${POWER_NAME[f]}`)));
    const button = el('button', { type: 'button', 'data-testid': `rule-${i.id}` }, 'Rule');
    button.addEventListener('click', () => {
      const finding = choice.value as RulingFinding;
      const error = this.actions.rule(i.id, finding);
      this.say(error ? `Not ruled: ${error}.` : `Ruled: incident ${i.id} was ${rulingText(finding)}.`, error !== null);
      this.render();
    });
    return el('span', { class: 'row' }, choice, ' ', button);
  }

  /** Both teams' traffic from the start, a message a step; busy (aria-busy) until the last. */
  private *buildTranscript(scenario: Scenario): Generator<void> {
    const view = this.session.view();
    const messages = view.crisis.messages;
    if (messages.length === 0) this.transcript.replaceChildren(el('li', { class: 'muted' }, 'No messages yet.'));
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
      if (!this.ladder.querySelector('.busy')) this.ladder.replaceChildren(el('li', { class: 'busy' }, 'Working out the ladder\'s history…'));
      if (this.historyTimer === null) this.historyTimer = setTimeout(() => this.ladderSlice(), 0);
      return;
    }
    this.ladder.removeAttribute('aria-busy');
    const steps = this.history.steps;
    this.ladder.replaceChildren(...(steps.length === 0 ? [el('li', {}, 'No change yet.')] : steps.map((s) =>
      el('li', {}, `Turn ${s.turn}: ${s.from} → ${s.to} (${signed(s.delta)}) — ${causeText(s.cause)}${authorOf(s)}`))));
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
    const on = scenario.injects.filter((j) => this.config.injects.includes(j.id));
    this.injectList.replaceChildren(...(on.length === 0 ? [el('li', {}, 'No scenario injects are on.')] : on.map((j) => {
      const done = fired.has(j.id);
      const b = el('button', { type: 'button', disabled: done, 'data-testid': `fire-${j.id}` }, done ? 'Fired' : 'Fire now');
      b.addEventListener('click', () => {
        const error = this.actions.fire({ kind: 'scenario', id: j.id });
        this.say(error ? `Not fired: ${error}.` : `Fired: ${j.title}.`, error !== null);
      });
      return el('li', { class: done ? 'fired' : undefined }, el('strong', {}, j.title), ` — turn ${j.turn}${done ? ' (fired)' : ' (scheduled)'}. `, b);
    })));
  }
}

/** What a ruling does, in the rules' own numbers (docs/escalation.md, "Control's rulings"). */
function rulingHint(): string {
  const r = rulesSummary();
  return `A ruling is told to both teams and kept in the replay, once per incident. An accident: escalation −${r.lower.ruledAccident}, trust ${signed(r.trust.ruledAccident)}. Caused by a camp: trust ${signed(r.trust.ruledAttributed)}, escalation unchanged.`;
}

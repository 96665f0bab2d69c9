// The compose form: every opening message, and counter-proposals. Areas and lines are picked on the
// map (or from a list of places, for the keyboard); the formal text, the predicted effect and any
// error show before sending. Built once and updated in place, so typing and focus survive renders.
import {
  type Hex, type MessageBody, type OpeningBody, WARNING_CONSEQUENCES, type WarningConsequence, predictMessage, rulesSummary,
} from '../../engine';
import { CONSEQUENCE_LABEL, INCIDENT_NAME, signed, turnDays } from '../../text/crisisText';
import { MESSAGE_KIND_LABEL, formatBody } from '../../text/messageText';
import { notesText } from '../../text/predictText';
import { refusalText } from '../../text/refusalText';
import { hexName, hexRef, namedPlaces } from '../../text/places';
import type { Controller } from '../../presenter/controller';
import { el } from '../dom';
import { t } from '../../i18n/messages';
import { COMPOSE_KINDS, type Draft, draftBody, hasArea, hasLine, hasTurns, newDraft, toggleHex } from './draft';

/** What one message may hold: the form's bounds. */
const LIMITS = rulesSummary().hotline;

function radio(name: string, value: string, label: string, testid?: string): HTMLLabelElement {
  return el('label', { class: 'choice' }, el('input', { type: 'radio', name, value, 'data-testid': testid }), ' ', label);
}

export class ComposeForm {
  readonly root: HTMLFormElement;
  private draft: Draft = newDraft();
  private readonly places;
  private readonly kindRow: HTMLElement;
  private readonly kind = el('select', { id: 'hl-kind', 'data-testid': 'hl-kind' });
  private readonly counterRow = el('p', { class: 'counter-row' });
  private readonly activity = el('fieldset', {}, el('legend', {}, t().hotline_activity()), radio('hl-activity', 'strike', t().hotline_air_strike()), radio('hl-activity', 'operation', t().hotline_ground_operation()));
  private readonly when = el('fieldset', {}, el('legend', {}, t().hotline_when_legend()));
  private readonly area: HTMLFieldSetElement;
  private readonly centre = el('p', { class: 'centre', id: 'hl-centre', 'data-testid': 'hl-centre' });
  private readonly pickArea = el('button', { type: 'button', 'data-testid': 'hl-pick-area', 'aria-pressed': 'false' }, t().hotline_pick_on_map());
  private readonly place = el('select', { id: 'hl-place', 'data-testid': 'hl-place' });
  private readonly radius = el('input', { id: 'hl-radius', type: 'number', min: '0', max: String(LIMITS.maxAreaRadius), step: '1', 'data-testid': 'hl-radius' });
  private readonly turnsRow: HTMLElement;
  private readonly turns = el('input', { id: 'hl-turns', type: 'number', min: '1', max: String(LIMITS.maxAgreementTurns), step: '1' });
  private readonly line: HTMLFieldSetElement;
  private readonly lineHexes = el('p', { class: 'line-hexes', 'data-testid': 'hl-line-hexes' });
  private readonly pickLine = el('button', { type: 'button', 'data-testid': 'hl-pick-line', 'aria-pressed': 'false' }, t().hotline_pick_hexes());
  private readonly undoLine = el('button', { type: 'button' }, t().hotline_undo_hex());
  private readonly linePlace = el('select', { id: 'hl-line-place' });
  private readonly hexControls: HTMLElement;
  private readonly warn: HTMLFieldSetElement;
  private readonly consequence = el('select', { id: 'hl-consequence' });
  private readonly isPublic = el('input', { id: 'hl-public', type: 'checkbox' });
  private readonly protestRow: HTMLElement;
  private readonly incident = el('select', { id: 'hl-incident', 'data-testid': 'hl-incident' });
  private incidentKey = '';
  private readonly previewTitle = el('p', { class: 'msg-title' });
  private readonly previewBody = el('p', { class: 'msg-body', 'data-testid': 'hl-preview-body' });
  private readonly effect = el('p', { class: 'effect', 'data-testid': 'hl-effect' });
  /** predictMessage's notes are lines of one text (a sentence may run across two), so one paragraph. */
  private readonly notes = el('p', { class: 'notes', 'data-testid': 'hl-notes' });
  private readonly calls = el('p', { class: 'calls', 'data-testid': 'hl-calls' });
  private readonly send = el('button', { type: 'submit', class: 'primary', 'data-testid': 'hotline-send' }, t().hotline_send());
  private readonly result = el('p', { class: 'result', role: 'status', 'data-testid': 'hl-result' });
  /** The pick this form started, while it runs. */
  private picking: 'area' | 'line' | null = null;

  constructor(private readonly controller: Controller) {
    const { scenario } = controller.session;
    this.places = namedPlaces(scenario);
    for (const k of COMPOSE_KINDS) this.kind.append(el('option', { value: k }, MESSAGE_KIND_LABEL[k]));
    this.kindRow = el('p', { class: 'row' }, el('label', { for: 'hl-kind' }, t().hotline_message_label()), this.kind);
    const placeOptions = (first: string) => [el('option', { value: '' }, first), ...this.places.map((p, i) => el('option', { value: String(i) }, p.name))];
    this.place.append(...placeOptions(t().hotline_choose_place()));
    this.linePlace.append(...placeOptions(t().hotline_add_place()));
    this.area = el('fieldset', {}, el('legend', {}, t().hotline_area_legend()),
      this.centre,
      el('p', { class: 'row' }, this.pickArea, el('label', { for: 'hl-place', class: 'sr-only' }, t().hotline_centre_at_place()), this.place),
      el('p', { class: 'row' }, el('label', { for: 'hl-radius' }, t().hotline_radius({ km: scenario.map.data.hexSizeKm, max: LIMITS.maxAreaRadius })), this.radius));
    this.turnsRow = el('p', { class: 'row' }, el('label', { for: 'hl-turns' }, t().hotline_turns_label({ max: LIMITS.maxAgreementTurns })), this.turns);
    const clear = el('button', { type: 'button' }, t().hotline_clear());
    this.hexControls = el('div', { class: 'hex-controls' }, this.lineHexes,
      el('p', { class: 'row' }, this.pickLine, this.undoLine, clear),
      el('p', { class: 'row' }, el('label', { for: 'hl-line-place', class: 'sr-only' }, t().hotline_add_place_label()), this.linePlace));
    this.line = el('fieldset', {}, el('legend', {}, t().hotline_line_legend()),
      radio('hl-line', 'river', t().hotline_line_choice_river(), 'hl-line-river'),
      radio('hl-line', 'hexes', t().hotline_line_choice_hexes(), 'hl-line-hexes-choice'), this.hexControls);
    for (const c of WARNING_CONSEQUENCES) this.consequence.append(el('option', { value: c }, CONSEQUENCE_LABEL[c]));
    this.warn = el('fieldset', {}, el('legend', {}, t().hotline_warning_legend()),
      el('p', { class: 'row' }, el('label', { for: 'hl-consequence' }, t().hotline_consequence_label()), this.consequence),
      el('p', { class: 'row' }, el('label', { class: 'choice' }, this.isPublic, ` ${t().hotline_make_public()}`)));
    this.protestRow = el('p', { class: 'row' }, el('label', { for: 'hl-incident' }, t().hotline_incident_label()), this.incident);
    this.root = el('form', { class: 'compose', 'aria-labelledby': 'compose-title', 'data-testid': 'hotline-compose' },
      el('h3', { id: 'compose-title' }, t().hotline_new_message()),
      this.kindRow, this.counterRow, this.activity, this.when, this.area, this.turnsRow, this.line, this.warn, this.protestRow,
      el('section', { class: 'preview', 'aria-live': 'polite', 'aria-label': t().hotline_preview_label(), 'data-testid': 'hl-preview' },
        this.previewTitle, this.previewBody, this.effect, this.notes),
      this.calls, el('p', { class: 'row' }, this.send), this.result);

    this.root.addEventListener('change', () => this.read());
    this.root.addEventListener('input', () => this.read());
    this.root.addEventListener('submit', (e) => { e.preventDefault(); this.submit(); });
    this.pickArea.addEventListener('click', () => this.togglePick('area'));
    this.pickLine.addEventListener('click', () => this.togglePick('line'));
    this.undoLine.addEventListener('click', () => { this.draft.hexes.pop(); this.controller.changed(); });
    clear.addEventListener('click', () => { this.draft.hexes = []; this.controller.changed(); });
    this.write();
    this.update();
  }

  /** Opens the form on `body` ("notify first" from the strike warning). */
  prefill(body: OpeningBody): void {
    const d = newDraft();
    d.kind = body.kind;
    if ('area' in body) { d.centre = body.area.centre; d.radius = body.area.radius; }
    if (body.kind === 'notify') { d.activity = body.activity; d.when = body.turn > this.controller.session.view().turn ? 1 : 0; }
    this.draft = d;
    this.result.textContent = '';
    this.write();
    this.controller.changed();
  }

  /** Switches the form to a counter-proposal to line proposal `to`. */
  counter(to: string): void {
    this.draft = { ...newDraft(), kind: 'counter', to, line: 'hexes' };
    this.result.textContent = '';
    this.write();
    this.controller.changed();
    this.pickLine.focus();
  }

  focus(): void {
    (this.draft.kind === 'counter' ? this.pickLine : this.kind).focus();
  }

  focusSend(): void {
    this.send.focus();
  }

  /** Form controls -> draft. */
  private read(): void {
    const d = this.draft;
    this.result.textContent = ''; // "Sent as H3" belongs to the message before this edit
    const f = this.root;
    const checked = (name: string): string | undefined => f.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    if (d.kind !== 'counter') d.kind = this.kind.value as Draft['kind'];
    d.activity = checked('hl-activity') === 'operation' ? 'operation' : 'strike';
    d.when = checked('hl-when') === '1' ? 1 : 0;
    d.line = checked('hl-line') === 'hexes' ? 'hexes' : 'river';
    const int = (input: HTMLInputElement, lo: number, hi: number, fallback: number): number => {
      const n = Math.round(Number(input.value));
      return input.value === '' || !Number.isFinite(n) ? fallback : Math.min(hi, Math.max(lo, n));
    };
    d.radius = int(this.radius, 0, LIMITS.maxAreaRadius, d.radius);
    d.turns = int(this.turns, 1, LIMITS.maxAgreementTurns, d.turns);
    d.consequence = this.consequence.value as WarningConsequence;
    d.public = this.isPublic.checked;
    d.incident = this.incident.value;
    const place = this.places[Number(this.place.value)];
    if (this.place.value !== '' && place) { d.centre = place.hex; this.place.value = ''; }
    const linePlace = this.places[Number(this.linePlace.value)];
    if (this.linePlace.value !== '' && linePlace) { toggleHex(d, linePlace.hex); this.linePlace.value = ''; }
    if (this.picking === 'line' && (!hasLine(d.kind) || d.line !== 'hexes')) this.controller.endPick(true);
    if (this.picking === 'area' && !hasArea(d.kind)) this.controller.endPick(true);
    this.controller.changed();
  }

  /** Draft -> form controls (after a prefill or a reset). */
  private write(): void {
    const d = this.draft;
    const f = this.root;
    const check = (name: string, value: string): void => {
      const input = f.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    };
    if (d.kind !== 'counter') this.kind.value = d.kind;
    check('hl-activity', d.activity);
    check('hl-when', String(d.when));
    check('hl-line', d.line);
    this.radius.value = String(d.radius);
    this.turns.value = String(d.turns);
    this.consequence.value = d.consequence;
    this.isPublic.checked = d.public;
  }

  private togglePick(kind: 'area' | 'line'): void {
    if (this.picking === kind) { this.controller.endPick(kind === 'area'); return; }
    const d = this.draft;
    this.controller.startPick({
      kind,
      radius: () => this.draft.radius,
      hexes: () => this.draft.hexes,
      choose: (h: Hex) => {
        if (kind === 'area') { d.centre = h; return true; }
        toggleHex(d, h, (x) => this.controller.session.scenario.map.isOnMap(x));
        return false;
      },
      end: () => {
        this.picking = null;
        (kind === 'area' ? this.pickArea : this.pickLine).focus({ preventScroll: true });
      },
    });
    this.picking = kind;
    this.controller.changed();
  }

  private submit(): void {
    const { session } = this.controller;
    const made = draftBody(this.draft, session.view().turn);
    if ('missing' in made) { this.showResult(made.missing, true); return; }
    if (this.picking) this.controller.endPick(false);
    const sent = this.controller.sendHotline(made.body);
    if (!sent.ok) { this.showResult(t().hotline_not_sent({ error: refusalText(sent.error) }), true); return; }
    this.showResult(sent.message ? t().hotline_sent_as({ id: sent.message.id }) : t().hotline_sent(), false);
    if (this.draft.kind === 'counter' || this.draft.kind === 'protest') { this.draft = newDraft(); this.write(); }
    else this.draft.hexes = [];
    this.controller.changed();
  }

  private showResult(text: string, error: boolean): void {
    this.result.textContent = text;
    this.result.className = `result ${error ? 'error' : 'ok'}`;
  }

  /** Refreshes everything that depends on the game or the draft; called on every controller change. */
  update(): void {
    const { session } = this.controller;
    const { scenario, camp } = session;
    const view = session.view();
    const d = this.draft;
    const show = (node: HTMLElement, on: boolean): void => { node.hidden = !on; };
    show(this.kindRow, d.kind !== 'counter');
    show(this.counterRow, d.kind === 'counter');
    if (d.kind === 'counter') this.renderCounterRow();
    show(this.activity, d.kind === 'notify');
    show(this.when, d.kind === 'notify');
    show(this.area, hasArea(d.kind));
    show(this.turnsRow, hasTurns(d.kind));
    show(this.line, hasLine(d.kind));
    show(this.hexControls, d.line === 'hexes');
    show(this.warn, d.kind === 'warn');
    show(this.protestRow, d.kind === 'protest');
    this.renderWhen(view.turn);
    this.renderIncidents();
    this.centre.textContent = d.centre ? t().hotline_centre({ place: hexRef(scenario, d.centre) }) : t().hotline_centre_none();
    this.lineHexes.textContent = d.hexes.length === 0 ? t().hotline_line_none()
      : t().hotline_line_hexes({ count: d.hexes.length, names: d.hexes.map((h) => hexName(scenario, h)).join('; ') });
    this.undoLine.disabled = d.hexes.length === 0;
    const pickLabel = (kind: 'area' | 'line'): string => this.picking === kind
      ? (kind === 'area' ? t().hotline_picking_area() : t().hotline_picking_line())
      : kind === 'area' ? t().hotline_pick_on_map() : t().hotline_pick_hexes();
    this.pickArea.textContent = pickLabel('area');
    this.pickArea.setAttribute('aria-pressed', String(this.picking === 'area'));
    this.pickLine.textContent = pickLabel('line');
    this.pickLine.setAttribute('aria-pressed', String(this.picking === 'line'));
    const cap = scenario.data.crisis.messagesPerTurn;
    this.calls.textContent = t().hotline_calls_left({ left: cap - view.crisis.sentThisTurn[camp], cap });
    this.send.disabled = !this.renderPreview();
  }

  /** The formal text and predicted effect of the draft. Returns whether it can be sent. */
  private renderPreview(): boolean {
    const { session } = this.controller;
    const { scenario, camp } = session;
    const view = session.view();
    const made = draftBody(this.draft, view.turn);
    this.notes.textContent = '';
    this.effect.className = 'effect';
    if ('missing' in made) {
      this.previewTitle.textContent = '';
      this.previewBody.textContent = '';
      this.effect.textContent = made.missing;
      return false;
    }
    const text = formatBody(scenario, camp, made.body, view.turn, view);
    this.previewTitle.textContent = text.title;
    this.previewBody.textContent = text.body;
    if (!session.isPlayersPhase) {
      this.effect.textContent = t().hotline_in_your_phase();
      return false;
    }
    const p = predictMessage(scenario, view, made.body as MessageBody);
    if (!p.ok) {
      this.effect.textContent = t().hotline_cannot_send({ error: refusalText(p.error) });
      this.effect.className = 'effect error';
      return false;
    }
    this.effect.textContent = t().hotline_predicted({ escalation: signed(p.escalation), trust: signed(p.trust) });
    this.notes.textContent = notesText(p.notes);
    return true;
  }

  private renderCounterRow(): void {
    const cancel = el('button', { type: 'button' }, t().hotline_cancel_counter());
    cancel.addEventListener('click', () => { this.draft = newDraft(); this.write(); this.controller.changed(); });
    this.counterRow.replaceChildren(el('strong', {}, t().hotline_counter_to({ id: this.draft.to ?? '?' })), ' ', cancel);
  }

  private renderWhen(turn: number): void {
    const { scenario } = this.controller.session;
    const key = `${turn}`;
    if (this.when.dataset.turn === key) return;
    this.when.dataset.turn = key;
    const last = scenario.data.turns;
    const options = [radio('hl-when', '0', t().hotline_this_turn({ turn, days: turnDays(scenario, turn) }))];
    if (turn < last) options.push(radio('hl-when', '1', t().hotline_next_turn({ turn: turn + 1, days: turnDays(scenario, turn + 1) })));
    this.when.replaceChildren(el('legend', {}, t().hotline_when_legend()), ...options);
    if (turn >= last) this.draft.when = 0;
    const input = this.when.querySelector<HTMLInputElement>(`input[value="${this.draft.when}"]`);
    if (input) input.checked = true;
  }

  /** Open incidents against the player's forces, the ones it may protest. */
  private renderIncidents(): void {
    const { session } = this.controller;
    const { scenario } = session;
    const open = session.view().crisis.incidents.filter((i) => i.victim === session.camp && i.status === 'open');
    const key = open.map((i) => i.id).join(',');
    if (key === this.incidentKey) return;
    this.incidentKey = key;
    const keep = this.incident.value;
    this.incident.replaceChildren(
      el('option', { value: '' }, open.length ? t().hotline_choose_incident() : t().hotline_no_open_incident()),
      ...open.map((i) => el('option', { value: i.id }, t().hotline_incident_option({ id: i.id, turn: i.turn, incident: INCIDENT_NAME[i.type], place: hexName(scenario, i.hex) }))));
    this.incident.value = open.some((i) => i.id === keep) ? keep : '';
    this.draft.incident = this.incident.value;
  }
}

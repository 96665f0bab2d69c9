// The hotline: checking and sending messages between the two powers, and what each one does. A
// message is checked in full before anything changes, so a refused message leaves no trace.
import { hexParam, refuse } from './refusals';
import { activeAgreements, inArea } from './areas';
import { addDays, dateOfTurn } from './calendar';
import { cloneJson, ownAgreement, ownIncident, ownList, ownMessage } from './clone';
import { EXPOSURE_PCT, HOTLINE, LOWER, TRUST } from './crisisRules';
import type { Agreement, Area, Channel, HotlineMessage, Incident, LineSpec, MessageBody, MessageKind, OpeningBody } from './crisisTypes';
import { ANSWERS, tooOldToAcknowledge } from './hotlineAnswers';
import { adjustTrust, isPower, lower, otherPower, recordIncident } from './escalation';
import type { CrisisBoard } from './fog';
import { hexKey } from './hex';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import type { EngineError, GameEvent, GameState, Power } from './types';

/** Kinds that must be answered in the recipient's next phase. */
const NEEDS_ANSWER: ReadonlySet<MessageKind> = new Set(['propose_line', 'counter', 'request_hold_fire', 'request_withdrawal', 'request_meeting', 'protest']);


function checkArea(scenario: Scenario, area: Area, field: string): EngineError | undefined {
  const c = area.centre;
  return scenario.map.isOnMap(c) ? undefined : refuse('off_map', 'area_off_map', { hex: hexParam(c) }, `${field}.centre`);
}

function checkLine(scenario: Scenario, line: LineSpec, field: string): EngineError | undefined {
  if (line.kind === 'river') return undefined;
  const seen = new Set<string>();
  for (let i = 0; i < line.hexes.length; i++) {
    const h = line.hexes[i]!;
    if (!scenario.map.isOnMap(h)) return refuse('off_map', 'line_hex_off_map', { hex: hexParam(h) }, `${field}.hexes[${i}]`);
    if (seen.has(hexKey(h))) return refuse('invalid_message', 'line_hex_twice', { hex: hexParam(h) }, `${field}.hexes[${i}]`);
    seen.add(hexKey(h));
  }
  return undefined;
}

/** The message being answered, when `body` is a reply. */
export function answered(board: CrisisBoard, body: MessageBody): HotlineMessage | undefined {
  return 'to' in body ? board.crisis.messages.find((m) => m.id === body.to) : undefined;
}

/** Can the camp whose phase it is send `body` now? Works on the full state or on its own view. */
export function checkMessage(scenario: Scenario, board: CrisisBoard, body: MessageBody): EngineError | undefined {
  const camp = board.phase;
  if (!isPower(camp)) return refuse('not_a_power', 'not_a_power', {});
  const crisis = board.crisis;
  const cap = scenario.data.crisis.messagesPerTurn;
  if (crisis.sentThisTurn[camp] >= cap) return refuse('hotline_busy', 'hotline_busy', { camp, cap });
  switch (body.kind) {
    case 'notify': {
      if (body.turn < board.turn || body.turn > board.turn + 1 || body.turn > scenario.data.turns) {
        return refuse('invalid_message', 'notice_turn', { turn: board.turn, asked: body.turn }, 'message.turn');
      }
      return checkArea(scenario, body.area, 'message.area');
    }
    case 'share_positions': case 'request_hold_fire': case 'request_withdrawal': case 'warn':
      return checkArea(scenario, body.area, 'message.area');
    case 'propose_line': return checkLine(scenario, body.line, 'message.line');
    case 'protest': {
      const incident = crisis.incidents.find((i) => i.id === body.incident);
      if (!incident) return refuse('unknown_incident', 'unknown_incident', { incident: body.incident }, 'message.incident');
      if (incident.victim !== camp) return refuse('invalid_message', 'protest_not_victim', { camp }, 'message.incident');
      if (incident.status !== 'open') return refuse('invalid_message', 'incident_closed', { incident: incident.id, status: incident.status }, 'message.incident');
      return undefined;
    }
    case 'request_meeting': {
      if (board.turn >= scenario.data.turns) return refuse('invalid_message', 'meeting_no_turn', {});
      const pending = crisis.messages.some((m) => m.body.kind === 'request_meeting' && m.status === 'pending');
      const recent = crisis.agreements.some((a) => a.kind === 'meeting' && a.from + HOTLINE.meetingCooldown > board.turn);
      if (pending || recent) return refuse('invalid_message', 'meeting_recent', { turns: HOTLINE.meetingCooldown });
      return undefined;
    }
    default: return checkReply(scenario, board, camp, body);
  }
}

/** Is `power`'s end of the line down (an unanswered_call inject) this turn? */
export function lineIsDown(board: CrisisBoard, power: Power): boolean {
  const down = board.crisis.lineDown;
  return down !== undefined && down !== null && down.power === power && board.turn <= down.until;
}

function checkReply(scenario: Scenario, board: CrisisBoard, camp: Power, body: MessageBody): EngineError | undefined {
  if (lineIsDown(board, camp)) {
    return refuse('line_down', 'line_down', { camp, until: board.crisis.lineDown!.until }, 'message');
  }
  const m = answered(board, body);
  if (!m) return refuse('unknown_message', 'unknown_message', { message: 'to' in body ? body.to : '' }, 'message.to');
  if (m.to !== camp) return refuse('bad_reply', 'reply_not_yours', { message: m.id, to: m.to, camp }, 'message.to');
  if (m.answer !== null || m.status === 'unanswered') return refuse('bad_reply', m.status === 'unanswered' ? 'reply_unanswered' : 'reply_answered', { message: m.id }, 'message.to');
  const allowed = ANSWERS[m.body.kind] ?? [];
  if (!allowed.includes(body.kind)) {
    return refuse('bad_reply', 'reply_kind', { message: m.id, kind: m.body.kind, allowed, reply: body.kind }, 'message.kind');
  }
  if (tooOldToAcknowledge(m, board.turn)) return refuse('bad_reply', 'reply_too_old', { message: m.id }, 'message.to');
  if (body.kind === 'accept' && m.body.kind === 'request_meeting' && board.turn >= scenario.data.turns) {
    return refuse('invalid_message', 'meeting_reply_no_turn', {}, 'message.kind');
  }
  if (body.kind === 'counter') return checkLine(scenario, body.line, 'message.line');
  return undefined;
}

function channelOf(board: CrisisBoard, body: MessageBody): Channel {
  switch (body.kind) {
    case 'notify': return body.activity === 'strike' ? 'air' : 'ground';
    case 'request_hold_fire': return 'air';
    case 'share_positions': case 'request_withdrawal': return 'ground';
    case 'propose_line': case 'warn': case 'protest': case 'request_meeting': return 'commanders';
    default: return answered(board, body)?.channel ?? 'commanders';
  }
}

/** Game date-time of the next message: phases start at 06:00, 20:00 and 10:00 (+1 day); calls 20 minutes apart. */
function messageTime(scenario: Scenario, state: GameState): string {
  const phaseIndex = scenario.data.phaseOrder.indexOf(state.phase);
  const sent = state.crisis.sentThisTurn.coalition + state.crisis.sentThisTurn.russia;
  const minutes = 360 + phaseIndex * 840 + sent * 20;
  const date = addDays(dateOfTurn(scenario.data.startDate, scenario.data.daysPerTurn, state.turn), Math.floor(minutes / 1440));
  const hh = String(Math.floor((minutes % 1440) / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}Z`;
}

type AgreementSpec = Omit<Agreement, 'id' | 'violations' | 'inject'>;

/**
 * Adds the agreement `spec` describes. Its keys go in the order the calls once gave them by spreading
 * a blank (area, line, activity, consequence first), so saves keep their text: then the kind for a
 * call's own agreements, or the message, maker and start for an accepted request (`accepted`). Built
 * as one literal: in this V8 an object spread and then given a key it lacked is made by a slow path
 * (several µs each, and a new hidden class for the collector).
 */
function addAgreement(state: GameState, events: GameEvent[], spec: AgreementSpec, inject?: string, accepted = false): Agreement {
  const id = `A${state.crisis.serial.agreement++}`;
  const { area, line, activity, consequence } = spec;
  const agreement: Agreement = accepted
    ? { id, area, line, activity, consequence, message: spec.message, by: spec.by, from: spec.from, kind: spec.kind, bound: spec.bound, until: spec.until, violations: [] }
    : { id, area, line, activity, consequence, kind: spec.kind, message: spec.message, by: spec.by, bound: spec.bound, from: spec.from, until: spec.until, violations: [] };
  if (inject !== undefined) agreement.inject = inject;
  ownList(state.crisis, 'agreements').push(agreement);
  events.push({ type: 'agreement_made', agreement: cloneJson(agreement) });
  return agreement;
}


/** Sends `body` from the camp whose phase it is. Mutates `state`; returns an error and changes nothing if refused. */
export function sendMessage(scenario: Scenario, state: GameState, body: MessageBody, dice: Dice, events: GameEvent[], remark?: string): EngineError | undefined {
  const bad = checkMessage(scenario, state, body);
  if (bad) return bad;
  const from = state.phase as Power;
  const to = otherPower(from);
  const crisis = state.crisis;
  const message: HotlineMessage = {
    id: `H${crisis.serial.message++}`, turn: state.turn, at: messageTime(scenario, state), from, to,
    channel: channelOf(state, body), body,
    status: NEEDS_ANSWER.has(body.kind) ? 'pending' : 'info', answer: null,
  };
  if (remark !== undefined) message.remark = remark;
  const asked = answered(state, body);
  // Messages are shared with the state before this command: change a copy of the one answered.
  const original = asked && ownMessage(crisis, crisis.messages.indexOf(asked));
  ownList(crisis, 'messages').push(message);
  crisis.sentThisTurn[from] += 1;
  events.push({ type: 'message_sent', message: cloneJson(message) });
  if (original) {
    original.answer = message.id;
    if (original.status === 'pending') original.status = 'answered';
    reply(scenario, state, from, original, message, dice, events);
  } else {
    open(scenario, state, from, body as OpeningBody, message, events);
  }
  return undefined;
}

/**
 * Puts `body` on the line in `from`'s name outside the rules for sending (inject `inject`'s public
 * warning): no check and no call used up, the same message and agreement as if it had been sent, but
 * all marked as the inject's, and any incident is the inject's, never `from`'s.
 */
export function sendOnBehalf(scenario: Scenario, state: GameState, from: Power, body: OpeningBody, events: GameEvent[], inject: string): HotlineMessage {
  const crisis = state.crisis;
  const message: HotlineMessage = {
    id: `H${crisis.serial.message++}`, turn: state.turn, at: messageTime(scenario, state), from, to: otherPower(from),
    channel: channelOf(state, body), body, status: NEEDS_ANSWER.has(body.kind) ? 'pending' : 'info', answer: null, inject,
  };
  ownList(crisis, 'messages').push(message);
  events.push({ type: 'message_sent', message: cloneJson(message) });
  open(scenario, state, from, body, message, events);
  return message;
}

function open(scenario: Scenario, state: GameState, from: Power, body: OpeningBody, message: HotlineMessage, events: GameEvent[]): void {
  const to = otherPower(from);
  const turn = state.turn;
  switch (body.kind) {
    case 'notify':
      addAgreement(state, events, { kind: 'notice', message: message.id, by: from, bound: [], from: body.turn, until: body.turn, area: body.area, line: null, activity: body.activity, consequence: null });
      return;
    case 'share_positions':
    {
      // Trust is earned once a turn, and only by showing real forces.
      const first = !state.crisis.agreements.some((a) => a.kind === 'shared_positions' && a.by === from && a.from === turn);
      addAgreement(state, events, { kind: 'shared_positions', message: message.id, by: from, bound: [], from: turn, until: turn + body.turns - 1, area: body.area, line: null, activity: null, consequence: null });
      if (first && state.units.some((u) => u.camp === from && inArea(body.area, u.hex))) adjustTrust(state, events, TRUST.share, `${from} shared positions`);
      return;
    }
    case 'warn':
      addAgreement(state, events, {
        kind: 'warning', message: message.id, by: from, bound: [to], from: turn, until: turn + HOTLINE.warningTurns - 1, area: body.area, line: null, activity: null, consequence: body.consequence,
      }, message.inject);
      if (body.public) {
        const author = message.inject === undefined ? { cause: from } : { cause: null, inject: message.inject };
        recordIncident(scenario, state, events, { type: 'public_warning', hex: body.area.centre, victim: to, ...author });
      }
      return;
    case 'protest': {
      ownIncident(state.crisis, body.incident)!.status = 'protested';
      return;
    }
    default:
      return; // proposals and requests wait for the answer
  }
}

function reply(scenario: Scenario, state: GameState, from: Power, original: HotlineMessage, message: HotlineMessage, dice: Dice, events: GameEvent[]): void {
  const body = message.body;
  const asked = original.body;
  const turn = state.turn;
  switch (body.kind) {
    case 'accept': {
      const base = { message: original.id, by: original.from, from: turn, area: null, line: null, activity: null, consequence: null };
      if (asked.kind === 'propose_line' || asked.kind === 'counter') {
        for (const a of activeAgreements(state.crisis.agreements, turn)) {
          if (a.kind !== 'line') continue;
          ownAgreement(state.crisis, a.id).until = turn - 1;
          events.push({ type: 'agreement_ended', agreement: a.id, reason: 'replaced' });
        }
        addAgreement(state, events, { ...base, kind: 'line', bound: ['coalition', 'russia'], until: null, line: asked.line }, undefined, true);
      } else if (asked.kind === 'request_hold_fire' || asked.kind === 'request_withdrawal') {
        // A withdrawal starts with a turn's grace to get out, then runs its full length.
        const hold = asked.kind === 'request_hold_fire';
        addAgreement(state, events, {
          ...base, kind: hold ? 'hold_fire' : 'withdrawal', bound: [from], until: turn + asked.turns - (hold ? 1 : 0), area: asked.area,
        }, undefined, true);
      } else if (asked.kind === 'request_meeting') {
        addAgreement(state, events, { ...base, kind: 'meeting', bound: ['coalition', 'russia'], from: turn + 1, until: turn + 1 }, undefined, true);
      }
      adjustTrust(state, events, TRUST.agreement, `${from} accepted ${original.id}`);
      return;
    }
    case 'reject':
      adjustTrust(state, events, TRUST.rejected, `${from} rejected ${original.id}`);
      return;
    case 'counter':
      message.status = 'pending';
      return;
    case 'acknowledge': {
      if (asked.kind !== 'protest') {
        adjustTrust(state, events, TRUST.acknowledgeNotice, `${from} acknowledged ${original.id}`);
        return;
      }
      const incident = ownIncident(state.crisis, asked.incident)!;
      incident.status = 'acknowledged';
      if (incident.victim) incident.knowledge[incident.victim] = 'knows';
      adjustTrust(state, events, TRUST.acknowledge, `${from} acknowledged incident ${incident.id}`);
      lower(state, events, LOWER.acknowledge, { cause: `${from} acknowledged incident ${incident.id}`, by: from, incident: incident.id });
      return;
    }
    case 'deny': {
      if (asked.kind !== 'protest') return;
      denyIncident(scenario, state, from, ownIncident(state.crisis, asked.incident)!, dice, events);
      return;
    }
    default:
      return;
  }
}

/**
 * `from` denies `incident`. A true denial costs nothing; a false one costs trust and is exposed at
 * once if the victim knows, else on an EXPOSURE_PCT roll (trust again, and a false_denial incident).
 */
/** `incident` must be the state's own (ownIncident): it is changed. */
export function denyIncident(scenario: Scenario, state: GameState, from: Power, incident: Incident, dice: Dice, events: GameEvent[]): void {
  incident.status = 'denied';
  if (incident.cause !== from || !incident.victim) return; // a true denial costs nothing
  adjustTrust(state, events, TRUST.falseDenial, `${from} denied incident ${incident.id}`);
  const victim = incident.victim;
  const exposed = incident.knowledge[victim] === 'knows' || dice.roll(100) <= EXPOSURE_PCT;
  if (!exposed) return;
  incident.knowledge[victim] = 'knows';
  events.push({ type: 'denial_exposed', incident: incident.id, by: from });
  adjustTrust(state, events, TRUST.exposed, `${from}'s denial of ${incident.id} was exposed`);
  recordIncident(scenario, state, events, { type: 'false_denial', hex: incident.hex, cause: from, victim });
}

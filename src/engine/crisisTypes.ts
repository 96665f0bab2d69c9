// The shapes of the great-power crisis: the escalation ladder, incidents, trust, the hotline and the
// agreements made over it. Plain JSON, part of GameState. See docs/escalation.md for the rules.
import type { Hex } from './hex';
import type { FiredInject } from './injectTypes';
import type { Area, Camp, Power } from './sides';

export type { Area };

export const DOCTRINES = ['cautious', 'balanced', 'assertive'] as const;
/** How a power trades objectives against escalation: shapes its replies on the hotline. */
export type Doctrine = (typeof DOCTRINES)[number];

/** A deconfliction line: the river (each power keeps to its own bank), or a strip of hexes neither side enters. */
export type LineSpec = { kind: 'river' } | { kind: 'hexes'; hexes: Hex[] };

export const WARNING_CONSEQUENCES = ['suppress_fire', 'strike_back', 'hold_responsible'] as const;
export type WarningConsequence = (typeof WARNING_CONSEQUENCES)[number];

/** Messages that open a conversation. */
export type OpeningBody =
  | { kind: 'notify'; activity: 'strike' | 'operation'; area: Area; turn: number }
  | { kind: 'propose_line'; line: LineSpec }
  | { kind: 'share_positions'; area: Area; turns: number }
  | { kind: 'request_hold_fire'; area: Area; turns: number }
  | { kind: 'request_withdrawal'; area: Area; turns: number }
  | { kind: 'warn'; area: Area; consequence: WarningConsequence; public: boolean }
  | { kind: 'protest'; incident: string }
  | { kind: 'request_meeting' };

/** Messages that answer one (`to` is the answered message's id). `counter` rejects a line and proposes another. */
export type ReplyBody =
  | { kind: 'accept'; to: string }
  | { kind: 'reject'; to: string }
  | { kind: 'counter'; to: string; line: LineSpec }
  | { kind: 'acknowledge'; to: string }
  | { kind: 'deny'; to: string };

export type MessageBody = OpeningBody | ReplyBody;
export type MessageKind = MessageBody['kind'];

export type Channel = 'air' | 'ground' | 'commanders';

export interface HotlineMessage {
  /** "H1", "H2", ... in sending order. */
  id: string;
  turn: number;
  /** Game date-time, "2017-09-09T08:20Z". */
  at: string;
  from: Power;
  to: Power;
  channel: Channel;
  body: MessageBody;
  /** Whether the recipient must answer in its next phase; `pending` until it does, then answered or unanswered. */
  status: 'info' | 'pending' | 'answered' | 'unanswered';
  /** The id of the reply, once answered. */
  answer: string | null;
  /** The sender's free-text remark; absent when none was sent (so older hashes stand). */
  remark?: string;
  /** The inject that put it on the line in `from`'s name (Control's, not the team's); absent otherwise. */
  inject?: string;
}

export type AgreementKind = 'line' | 'notice' | 'shared_positions' | 'hold_fire' | 'withdrawal' | 'warning' | 'meeting';

/** Something the hotline put in force. `bound` are the powers it constrains; it lasts through turn `until`. */
export interface Agreement {
  id: string;
  kind: AgreementKind;
  /** The message that created it. */
  message: string;
  /** The power that made the notice, share or warning, or that asked for the hold-fire, withdrawal or meeting. */
  by: Power;
  bound: Power[];
  from: number;
  /** Last turn in force; null for a line, which stands until broken. */
  until: number | null;
  area: Area | null;
  line: LineSpec | null;
  activity: 'strike' | 'operation' | null;
  consequence: WarningConsequence | null;
  /** Turns on which it was broken. */
  violations: number[];
  /** The inject that made it (a public warning in `by`'s name); absent otherwise. */
  inject?: string;
}

export const INCIDENT_TYPES = [
  'firefight', 'misidentified_strike', 'provocation', 'deliberate_attack', 'line_crossed',
  'agreement_broken', 'warning_ignored', 'public_warning', 'false_denial', 'proxy_fire',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** What a power knows of an incident's author: it did it, it knows who did, or it suspects (disputed attribution). */
export type Knowledge = 'caused' | 'knows' | 'suspects';

export interface IncidentLoss { unit: string; camp: Camp; steps: number; greatPower: boolean }

export interface Incident {
  /** "I1", "I2", ... */
  id: string;
  turn: number;
  hex: Hex;
  type: IncidentType;
  /** The power whose action caused it: null for one an inject caused (see `inject`). Hidden in a view whose power only suspects. */
  cause: Power | null;
  /** The inject (fired id, "J1") that caused it: Control's, never counted against a team. Absent otherwise. */
  inject?: string;
  /** The power it happened to, when there is one. */
  victim: Power | null;
  /** The proxy unit that opened fire on its own (a proxy_fire); hidden, like `cause`, from a power that only suspects. */
  unit?: string;
  knowledge: Record<Power, Knowledge>;
  losses: IncidentLoss[];
  /** Escalation points it added. */
  escalation: number;
  /** The seeded roll behind it, for the facilitator: the d100 value and the chance in percent. */
  roll: { value: number; chance: number } | null;
  /** Where the talk about it stands. */
  status: 'open' | 'protested' | 'acknowledged' | 'denied';
  /** Control's ruling, public: the power it attributed the incident to, or an accident. Absent until one (so older hashes stand). */
  ruling?: { finding: 'coalition' | 'russia' | 'accident'; turn: number };
}

export interface EscalationState {
  /** 0..ESCALATION_MAX; the rung follows from it. */
  points: number;
  /** The highest rung reached this game. */
  peak: number;
  /** Whether anything raised escalation this turn (no decay then). */
  raisedThisTurn: boolean;
  /** The last change, for the ladder's "why". */
  last: { turn: number; delta: number; cause: string; by: Power | null; incident: string | null; inject?: string } | null;
}

export interface CrisisState {
  escalation: EscalationState;
  /** 0..TRUST_MAX between the two powers. */
  trust: number;
  incidents: Incident[];
  messages: HotlineMessage[];
  agreements: Agreement[];
  /** Messages each power has sent this turn (the line's capacity). */
  sentThisTurn: Record<Power, number>;
  /** Next serial numbers for ids. */
  serial: { message: number; incident: number; agreement: number };
  /** Injects fired by Control, in order. Absent until the first one fires (games without injects keep their hashes). */
  injects?: FiredInject[];
  /** A power whose end of the hotline answers nothing through turn `until` (an unanswered_call inject). Absent until the first inject. */
  lineDown?: { power: Power; until: number; inject?: string } | null;
}

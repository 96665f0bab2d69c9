// The class server's wire protocol, shared by the server (src/server/) and the class pages. Every
// client->server message has a zod schema the server checks first; server->client messages are typed
// only (the client trusts its server). Rooms, codes and the flow are in docs/class-server.md.
import { z } from 'zod';
import { type Camp, type Command, type DataProblem, type EngineError, type GameEvent, type GameView, type Power, RULING_FINDINGS } from '../engine';
import type { Replay } from '../replay/format';

export const PROTOCOL_VERSION = 1;

/** Colyseus room names. */
export const GROUP_ROOM = 'group';
export const DASHBOARD_ROOM = 'dashboard';

/** Seat codes: 7 characters from an alphabet without 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V. */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const CODE_LENGTH = 7;
/** The teacher's key: 24 characters of lowercase hex, so it never has the shape of a seat code. */
export const TEACHER_KEY_LENGTH = 24;
/** The largest message the server reads (bytes of the WebSocket frame); larger ones are refused. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Rate limit per client: at most this many messages in any window of RATE_WINDOW_MS. */
export const RATE_LIMIT = 20;
export const RATE_WINDOW_MS = 1000;

/** Tolerant of case, spaces and dashes as typed; the canonical code is upper case without them. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

const codeSchema = z.string().min(1).max(32);
const teacherKeySchema = z.string().regex(new RegExp(`^[0-9a-f]{${TEACHER_KEY_LENGTH}}$`), 'a teacher key is 24 hex characters');
export const seatSchema = z.enum(['coalition', 'russia', 'control']);
export type ClassSeat = z.infer<typeof seatSchema>;
/** One group, or every group of the class. */
const targetSchema = z.union([z.number().int().min(1).max(99), z.literal('all')]);
export type GroupTarget = z.infer<typeof targetSchema>;

// ---------------------------------------------------------------- HTTP: creating a class

/** POST /api/classes: the teacher's form. Seeds: one for every group, or one per group (seed + "-" + group). */
export const createClassSchema = z.strictObject({
  title: z.string().trim().min(1).max(80),
  scenario: z.string().min(1).max(64),
  seedMode: z.enum(['same', 'per_group']),
  seed: z.string().min(1).max(64),
  groups: z.number().int().min(1).max(40),
  /** Who plays each power in every group: a team of students, or the AI with a doctrine. */
  teams: z.strictObject({
    coalition: z.enum(['human', 'cautious', 'balanced', 'assertive']),
    russia: z.enum(['human', 'cautious', 'balanced', 'assertive']),
  }),
  /** A student Control seat per group (the teacher can always act as Control from the dashboard). */
  control: z.boolean(),
  /** The scenario's injects that fire by themselves when due (ids); the teacher can fire any at any time. */
  injects: z.array(z.string().min(1).max(64)).max(50),
  /** Codes stop working after this many hours (default 12). */
  hours: z.number().int().min(1).max(24 * 14).optional(),
});
export type CreateClass = z.infer<typeof createClassSchema>;

export interface SeatCode { group: number; seat: ClassSeat; code: string }

/** The answer to POST /api/classes. */
export interface ClassCreated {
  classId: string;
  teacherKey: string;
  /** The class page on the server's LAN address (for the QR code), e.g. http://192.168.1.20:2567/join.html */
  joinUrl: string;
  /** The dashboard's link with the teacher key in its fragment. */
  dashboardUrl: string;
  codes: SeatCode[];
  expiresAt: string;
}

// ---------------------------------------------------------------- group room: a seat's client

/** Join options of the group room: the seat code (the client finds the room with POST /api/seat). */
export const joinSchema = z.strictObject({ code: codeSchema, protocol: z.literal(PROTOCOL_VERSION).optional() });
export type JoinOptions = z.infer<typeof joinSchema>;

/** POST /api/seat {code}: where a code leads, so the client can joinById. Errors as ServerError. */
export interface SeatLookup { roomId: string; group: number; seat: ClassSeat; classId: string }

/** Message types a seat's client sends to the group room. */
export const CLIENT = { command: 'command', undo: 'undo', ping: 'ping' } as const;

/**
 * A command from a seat: `seq` is the client's own counter, echoed in the ack or error. `seat`, when
 * given, must be the client's own seat. `command` is checked by the engine's parser (src/engine/commands.ts).
 */
export const commandMessageSchema = z.strictObject({
  seq: z.number().int().min(0).max(2 ** 31),
  seat: seatSchema.optional(),
  command: z.record(z.string(), z.unknown()),
});
export type CommandMessage = { seq: number; seat?: ClassSeat; command: Command };
export const undoMessageSchema = z.strictObject({ seq: z.number().int().min(0).max(2 ** 31) });
export const pingMessageSchema = z.strictObject({ t: z.number() });

// ---------------------------------------------------------------- dashboard room: the teacher

/** Join options of the dashboard room (one per class; the client finds it with POST /api/dashboard). */
export const dashboardJoinSchema = z.strictObject({ classId: z.string().min(1).max(64), teacherKey: teacherKeySchema });

export const TEACHER = {
  inject: 'inject', ruling: 'ruling', pause: 'pause', resume: 'resume', phaseTimer: 'phase_timer', classClock: 'class_clock',
  watch: 'watch', unwatch: 'unwatch', review: 'review', export: 'export', endClass: 'end_class',
} as const;

const injectBodySchema = z.union([
  z.strictObject({ kind: z.literal('scenario'), id: z.string().min(1).max(64) }),
  z.strictObject({
    kind: z.literal('custom'), title: z.string().min(1).max(120), text: z.string().min(1).max(2000),
    escalation: z.number().int().min(-20).max(20), trust: z.number().int().min(-20).max(20),
  }),
]);

export const teacherSchemas = {
  /** Fire an inject (the scenario's by id, or the teacher's own) into one group or all. */
  inject: z.strictObject({ group: targetSchema, inject: injectBodySchema }),
  /** Control's ruling on one group's incident (an engine ruling command, as in hot-seat): once per incident. */
  ruling: z.strictObject({ group: z.number().int().min(1).max(99), incident: z.string().min(1).max(16), finding: z.enum(RULING_FINDINGS) }),
  pause: z.strictObject({ group: targetSchema }),
  resume: z.strictObject({ group: targetSchema }),
  /** A limit on each team phase from now on (null: none). When it runs out, the phase ends (end_phase for the team). */
  phase_timer: z.strictObject({ group: targetSchema, seconds: z.number().int().min(10).max(3600).nullable() }),
  /** The class ends at a clock time (ISO) or after a turn, whichever first; null clears either. */
  class_clock: z.strictObject({ endsAt: z.iso.datetime().nullable(), afterTurn: z.number().int().min(1).max(40).nullable() }),
  /** Watch a group's map all-seeing: `watch` messages follow until unwatch. */
  watch: z.strictObject({ group: z.number().int().min(1).max(99) }),
  unwatch: z.strictObject({}),
  /** A group's replay so far, for its after-action review. */
  review: z.strictObject({ group: z.number().int().min(1).max(99) }),
  /** Links to the class's CSV and zip of replays. */
  export: z.strictObject({}),
  /** Ends the class: every seat code expires, the games stop where they are. */
  end_class: z.strictObject({}),
} as const;
export type TeacherMessage = { [K in keyof typeof teacherSchemas]: z.infer<(typeof teacherSchemas)[K]> };

// ---------------------------------------------------------------- server -> client

export const SERVER = {
  seat: 'seat', delivery: 'delivery', ack: 'ack', error: 'error', pong: 'pong',
  dashboard: 'dashboard', watch: 'watch', review: 'review', exported: 'exported', ended: 'ended',
} as const;

/** Every typed error the server sends, besides the engine's own codes (EngineError['code']). */
export type ServerErrorCode =
  | 'malformed_message' | 'unknown_code' | 'code_expired' | 'not_your_seat' | 'not_teacher'
  | 'unknown_group' | 'rate_limited' | 'message_too_large' | 'server_error' | 'class_over';
/** Why a field of a request is wrong: the schema's reason, or the create-class checks (server/classes.ts). */
export type FieldProblem =
  | { code: 'shape'; shape: DataProblem }
  | { code: 'unknown_scenario'; scenario: string }
  | { code: 'unknown_inject'; inject: string }
  | { code: 'no_team' };

export interface ServerError {
  code: ServerErrorCode | EngineError['code'];
  message: string;
  /** The field at fault, as a path, when one is. */
  field?: string;
  /** An engine refusal's reason and data, for the seat's page to word in its language. */
  refusal?: EngineError['refusal'];
  /** Why `field` is wrong, for the page to word in its language (the message stays the English). */
  problem?: FieldProblem;
  /** The seq of the command or undo it answers, when it answers one. */
  seq?: number;
  /** The group that refused a teacher's action (an inject, a ruling), for the dashboard to name. */
  group?: number;
}

/** Sent once on joining a group room (and again on reconnecting). */
export interface SeatAssignment {
  classId: string;
  title: string;
  group: number;
  seat: ClassSeat;
  scenario: string;
  /** The powers teams play in this group; the AI plays the others and IS. */
  humans: Power[];
  /** Colyseus reconnection token ("roomId:token", as the SDK's room.reconnectionToken): pass to client.reconnect() after a drop. */
  reconnectionToken: string;
}

/** A seat's view now and the events it may see since its last delivery (Control's view is all-seeing). */
export interface SeatDelivery {
  view: GameView;
  events: GameEvent[];
  /** Commands in the group's log: a client can tell it missed nothing. */
  logLength: number;
  paused: boolean;
  /** When the current team phase runs out (ISO), or null without a phase timer. */
  phaseEndsAt: string | null;
}

/** The answer to an accepted command or undo: sent after it is stored. */
export interface Ack { seq: number; logLength: number }

export type Connection = 'connected' | 'reconnecting' | 'away';

/** One group's line on the dashboard. */
export interface DashboardRow {
  group: number;
  roomId: string;
  turn: number;
  phase: Camp;
  /** The team whose move it is, or 'ai' when the AI plays, or null when the game is over. */
  whoseMove: Power | 'ai' | null;
  status: 'playing' | 'over';
  rung: number;
  vp: Record<Power, number>;
  /** Hotline calls waiting for an answer. */
  unanswered: number;
  /** Injects fired in the group so far (the scenario's and Control's own): the dashboard confirms one it sent when this rises. */
  injects: number;
  paused: boolean;
  phaseEndsAt: string | null;
  seats: { seat: ClassSeat; connection: Connection }[];
  /** The outcome once over: winner or 'draw' or 'clash', and the highest rung reached. */
  result: { outcome: string; winner: Power | null; maxRung: number } | null;
}

/** The whole class, sent to the dashboard on every change (at most a few times a second). */
export interface DashboardState {
  classId: string;
  title: string;
  scenario: string;
  groups: number;
  clock: { endsAt: string | null; afterTurn: number | null };
  rows: DashboardRow[];
  codes: SeatCode[];
  expiresAt: string;
  over: boolean;
}

/** What a watched group looks like to the teacher: the all-seeing view and its latest events. */
export interface WatchFrame { group: number; view: GameView; events: GameEvent[] }
export interface ReviewReply { group: number; replay: Replay }
/** Download links (one-time tokens, valid a few minutes). */
export interface Exported { csvUrl: string; zipUrl: string }

export interface ServerMessages {
  seat: SeatAssignment;
  delivery: SeatDelivery;
  ack: Ack;
  error: ServerError;
  pong: { t: number };
  dashboard: DashboardState;
  watch: WatchFrame;
  review: ReviewReply;
  exported: Exported;
  /** The teacher ended the class: `reason` is the English, for logs. */
  ended: { reason: string; by: 'teacher' };
}

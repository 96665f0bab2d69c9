// Checks the shape of a hotline message body from an untrusted source. Every field is checked and an
// error names it ("message.area.radius"); semantic checks (does the incident exist?) come later.
import { HOTLINE } from './crisisRules';
import { type Area, type LineSpec, type MessageBody, type MessageKind, WARNING_CONSEQUENCES } from './crisisTypes';
import type { Hex } from './hex';
import { type IdKind, REFUSAL_TEXT, type Refusal, type RefusalParams, type RefusalReason } from './refusals';

export const MAX_COORD = 10_000;
export const MAX_ID_LENGTH = 64;

const FIELDS: Readonly<Record<MessageKind, readonly string[]>> = {
  notify: ['kind', 'activity', 'area', 'turn'],
  propose_line: ['kind', 'line'],
  share_positions: ['kind', 'area', 'turns'],
  request_hold_fire: ['kind', 'area', 'turns'],
  request_withdrawal: ['kind', 'area', 'turns'],
  warn: ['kind', 'area', 'consequence', 'public'],
  protest: ['kind', 'incident'],
  request_meeting: ['kind'],
  accept: ['kind', 'to'],
  reject: ['kind', 'to'],
  counter: ['kind', 'to', 'line'],
  acknowledge: ['kind', 'to'],
  deny: ['kind', 'to'],
};
export const MESSAGE_KINDS = Object.keys(FIELDS) as MessageKind[];
export const REPLY_KINDS: readonly MessageKind[] = ['accept', 'reject', 'counter', 'acknowledge', 'deny'];

/** A field of the wrong shape: its path, and why as a refusal reason (worded per language by the UI). */
export class FieldError extends Error {
  constructor(readonly field: string, readonly refusal: Refusal) { super((REFUSAL_TEXT[refusal.reason] as (p: unknown) => string)(refusal.params)); }
}

/** Throws a FieldError at `field` for `reason`. */
export function fail<R extends RefusalReason>(field: string, reason: R, params: RefusalParams<R>): never {
  throw new FieldError(field, { reason, params } as Refusal);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function strictKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string, what: string): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) fail(`${path}.${key}`, 'shape_unknown_field', { field: key, of: what });
}

export function readInt(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(path, 'shape_int', { path, min, max });
  return v;
}

export function readId(v: unknown, path: string, what: IdKind): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_ID_LENGTH) fail(path, 'shape_id', { path, what, max: MAX_ID_LENGTH });
  return v;
}

export function readHex(v: unknown, path: string): Hex {
  if (!isObject(v)) fail(path, 'shape_hex', { path });
  strictKeys(v, ['q', 'r'], path, 'a hex');
  return { q: readInt(v.q, `${path}.q`, -MAX_COORD, MAX_COORD), r: readInt(v.r, `${path}.r`, -MAX_COORD, MAX_COORD) };
}

function readArea(v: unknown, path: string): Area {
  if (!isObject(v)) fail(path, 'shape_area', { path });
  strictKeys(v, ['centre', 'radius'], path, 'an area');
  return { centre: readHex(v.centre, `${path}.centre`), radius: readInt(v.radius, `${path}.radius`, 0, HOTLINE.maxAreaRadius) };
}

function readLine(v: unknown, path: string): LineSpec {
  if (!isObject(v)) fail(path, 'shape_line', { path });
  if (v.kind === 'river') {
    strictKeys(v, ['kind'], path, 'a river line');
    return { kind: 'river' };
  }
  if (v.kind !== 'hexes') fail(`${path}.kind`, 'shape_line_kind', { path: `${path}.kind` });
  strictKeys(v, ['kind', 'hexes'], path, 'a line of hexes');
  if (!Array.isArray(v.hexes) || v.hexes.length === 0 || v.hexes.length > HOTLINE.maxLineHexes) {
    fail(`${path}.hexes`, 'shape_line_hexes', { path: `${path}.hexes`, max: HOTLINE.maxLineHexes });
  }
  return { kind: 'hexes', hexes: v.hexes.map((h, i) => readHex(h, `${path}.hexes[${i}]`)) };
}

function readEnum<T extends string>(v: unknown, path: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !options.includes(v as T)) fail(path, 'shape_one_of', { path, options });
  return v as T;
}

/** Parses a message body at `path` ("message"); throws FieldError naming the bad field. */
export function readMessage(v: unknown, path: string): MessageBody {
  if (!isObject(v)) fail(path, 'shape_message', { path });
  const kind = v.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(FIELDS, kind)) {
    fail(`${path}.kind`, 'shape_message_kind', { given: String(JSON.stringify(kind)), known: MESSAGE_KINDS });
  }
  const k = kind as MessageKind;
  strictKeys(v, FIELDS[k], path, k);
  const f = (name: string): string => `${path}.${name}`;
  const turns = (): number => readInt(v.turns, f('turns'), 1, HOTLINE.maxAgreementTurns);
  switch (k) {
    case 'notify':
      return { kind: k, activity: readEnum(v.activity, f('activity'), ['strike', 'operation'] as const), area: readArea(v.area, f('area')), turn: readInt(v.turn, f('turn'), 1, 1000) };
    case 'propose_line': return { kind: k, line: readLine(v.line, f('line')) };
    case 'share_positions': case 'request_hold_fire': case 'request_withdrawal':
      return { kind: k, area: readArea(v.area, f('area')), turns: turns() };
    case 'warn': {
      if (typeof v.public !== 'boolean') fail(f('public'), 'shape_boolean', { path: f('public') });
      return { kind: k, area: readArea(v.area, f('area')), consequence: readEnum(v.consequence, f('consequence'), WARNING_CONSEQUENCES), public: v.public };
    }
    case 'protest': return { kind: k, incident: readId(v.incident, f('incident'), 'incident') };
    case 'request_meeting': return { kind: k };
    case 'counter': return { kind: k, to: readId(v.to, f('to'), 'message'), line: readLine(v.line, f('line')) };
    case 'accept': case 'reject': case 'acknowledge': case 'deny':
      return { kind: k, to: readId(v.to, f('to'), 'message') };
  }
}

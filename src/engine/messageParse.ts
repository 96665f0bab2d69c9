// Checks the shape of a hotline message body from an untrusted source. Every field is checked and an
// error names it ("message.area.radius"); semantic checks (does the incident exist?) come later.
import { HOTLINE } from './crisisRules';
import { type Area, type LineSpec, type MessageBody, type MessageKind, WARNING_CONSEQUENCES } from './crisisTypes';
import type { Hex } from './hex';

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

export class FieldError extends Error {
  constructor(readonly field: string, message: string) { super(message); }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function strictKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string, what: string): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) throw new FieldError(`${path}.${key}`, `unknown field "${key}" for ${what}`);
}

export function readInt(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new FieldError(path, `${path} must be an integer from ${min} to ${max}`);
  return v;
}

export function readId(v: unknown, path: string, what: string): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_ID_LENGTH) throw new FieldError(path, `${path} must be ${what} (1 to ${MAX_ID_LENGTH} characters)`);
  return v;
}

export function readHex(v: unknown, path: string): Hex {
  if (!isObject(v)) throw new FieldError(path, `${path} must be a hex {q, r}`);
  strictKeys(v, ['q', 'r'], path, 'a hex');
  return { q: readInt(v.q, `${path}.q`, -MAX_COORD, MAX_COORD), r: readInt(v.r, `${path}.r`, -MAX_COORD, MAX_COORD) };
}

function readArea(v: unknown, path: string): Area {
  if (!isObject(v)) throw new FieldError(path, `${path} must be an area {centre, radius}`);
  strictKeys(v, ['centre', 'radius'], path, 'an area');
  return { centre: readHex(v.centre, `${path}.centre`), radius: readInt(v.radius, `${path}.radius`, 0, HOTLINE.maxAreaRadius) };
}

function readLine(v: unknown, path: string): LineSpec {
  if (!isObject(v)) throw new FieldError(path, `${path} must be a line {kind: "river"} or {kind: "hexes", hexes}`);
  if (v.kind === 'river') {
    strictKeys(v, ['kind'], path, 'a river line');
    return { kind: 'river' };
  }
  if (v.kind !== 'hexes') throw new FieldError(`${path}.kind`, `${path}.kind must be "river" or "hexes"`);
  strictKeys(v, ['kind', 'hexes'], path, 'a line of hexes');
  if (!Array.isArray(v.hexes) || v.hexes.length === 0 || v.hexes.length > HOTLINE.maxLineHexes) {
    throw new FieldError(`${path}.hexes`, `${path}.hexes must list 1 to ${HOTLINE.maxLineHexes} hexes`);
  }
  return { kind: 'hexes', hexes: v.hexes.map((h, i) => readHex(h, `${path}.hexes[${i}]`)) };
}

function readEnum<T extends string>(v: unknown, path: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !options.includes(v as T)) throw new FieldError(path, `${path} must be one of ${options.join(', ')}`);
  return v as T;
}

/** Parses a message body at `path` ("message"); throws FieldError naming the bad field. */
export function readMessage(v: unknown, path: string): MessageBody {
  if (!isObject(v)) throw new FieldError(path, `${path} must be a message object with a kind`);
  const kind = v.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(FIELDS, kind)) {
    throw new FieldError(`${path}.kind`, `unknown message kind ${JSON.stringify(kind)}; expected one of ${MESSAGE_KINDS.join(', ')}`);
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
      if (typeof v.public !== 'boolean') throw new FieldError(f('public'), `${f('public')} must be true or false`);
      return { kind: k, area: readArea(v.area, f('area')), consequence: readEnum(v.consequence, f('consequence'), WARNING_CONSEQUENCES), public: v.public };
    }
    case 'protest': return { kind: k, incident: readId(v.incident, f('incident'), 'an incident id') };
    case 'request_meeting': return { kind: k };
    case 'counter': return { kind: k, to: readId(v.to, f('to'), 'a message id'), line: readLine(v.line, f('line')) };
    case 'accept': case 'reject': case 'acknowledge': case 'deny':
      return { kind: k, to: readId(v.to, f('to'), 'a message id') };
  }
}

// Checks the shape of a command from an untrusted source (replay file, URL, UI, AI) before the rules
// see it. Every field is checked; the error names the field.
import { readInject } from './injectParse';
import { FieldError, fail, readHex, readId, readMessage } from './messageParse';
import { type Refusal, refuse } from './refusals';
import { type Command, type CommandType, type EngineError, PROXY_ORDERS, type ProxyOrder, RULING_FINDINGS, type RulingFinding } from './types';

const FIELDS: Readonly<Record<CommandType, readonly string[]>> = {
  move: ['type', 'unit', 'to'],
  attack: ['type', 'unit', 'target'],
  air_strike: ['type', 'target'],
  build_pontoon: ['type', 'unit', 'at'],
  lay_mine: ['type', 'unit', 'at'],
  end_phase: ['type'],
  hotline: ['type', 'message', 'remark'],
  inject: ['type', 'inject'],
  order: ['type', 'unit', 'order'],
  ruling: ['type', 'incident', 'finding'],
};

/** The longest free-text remark a hotline message may carry. */
export const HOTLINE_REMARK_MAX = 280;

function readRemark(v: unknown): string {
  if (typeof v !== 'string' || v.trim().length === 0 || v.length > HOTLINE_REMARK_MAX) {
    fail('remark', 'shape_remark', { max: HOTLINE_REMARK_MAX });
  }
  return v;
}

function readOrder(v: unknown): ProxyOrder {
  if (typeof v !== 'string' || !(PROXY_ORDERS as readonly string[]).includes(v)) {
    fail('order', 'shape_one_of', { path: 'order', options: PROXY_ORDERS });
  }
  return v as ProxyOrder;
}

function readFinding(v: unknown): RulingFinding {
  if (typeof v !== 'string' || !(RULING_FINDINGS as readonly string[]).includes(v)) {
    fail('finding', 'shape_one_of', { path: 'finding', options: RULING_FINDINGS });
  }
  return v as RulingFinding;
}

export const COMMAND_TYPES = Object.keys(FIELDS) as CommandType[];

type Parsed = { ok: true; command: Command } | { ok: false; error: EngineError };

const bad = (field: string, r: Refusal): Parsed => ({ ok: false, error: refuse('malformed_command', r.reason, r.params as never, field) });

const readUnit = (obj: Record<string, unknown>): string => readId(obj.unit, 'unit', 'unit');

// No closures made per call here: every command applied is read.
function read(type: CommandType, obj: Record<string, unknown>): Command {
  switch (type) {
    case 'move': return { type, unit: readUnit(obj), to: readHex(obj.to, 'to') };
    case 'attack': return { type, unit: readUnit(obj), target: readHex(obj.target, 'target') };
    case 'air_strike': return { type, target: readHex(obj.target, 'target') };
    case 'build_pontoon': return { type, unit: readUnit(obj), at: readHex(obj.at, 'at') };
    case 'lay_mine': return { type, unit: readUnit(obj), at: readHex(obj.at, 'at') };
    case 'end_phase': return { type };
    case 'hotline': {
      const message = readMessage(obj.message, 'message');
      return obj.remark === undefined ? { type, message } : { type, message, remark: readRemark(obj.remark) };
    }
    case 'inject': return { type, inject: readInject(obj.inject, 'inject') };
    case 'order': return { type, unit: readUnit(obj), order: readOrder(obj.order) };
    case 'ruling': return { type, incident: readId(obj.incident, 'incident', 'incident'), finding: readFinding(obj.finding) };
  }
}

export function parseCommand(raw: unknown): Parsed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('', { reason: 'shape_not_object', params: {} });
  const obj = raw as Record<string, unknown>;
  const type = obj.type;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return bad('type', { reason: 'shape_unknown_type', params: { given: String(JSON.stringify(type)), known: COMMAND_TYPES } });
  const allowed = FIELDS[type as CommandType];
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) return bad(key, { reason: 'shape_unknown_field', params: { field: key, of: type } });
  try {
    return { ok: true, command: read(type as CommandType, obj) };
  } catch (e) {
    if (e instanceof FieldError) return bad(e.field, e.refusal);
    throw e;
  }
}

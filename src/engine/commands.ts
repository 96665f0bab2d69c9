// Checks the shape of a command from an untrusted source (replay file, URL, UI, AI) before the rules
// see it. Every field is checked; the error names the field.
import type { Hex } from './hex';
import type { Command, CommandType, EngineError } from './types';

const MAX_COORD = 10_000;
const MAX_ID_LENGTH = 64;

const FIELDS: Readonly<Record<CommandType, readonly string[]>> = {
  move: ['type', 'unit', 'to'],
  attack: ['type', 'unit', 'target'],
  air_strike: ['type', 'target'],
  build_pontoon: ['type', 'unit', 'at'],
  end_phase: ['type'],
};

export const COMMAND_TYPES = Object.keys(FIELDS) as CommandType[];

type Parsed = { ok: true; command: Command } | { ok: false; error: EngineError };

const bad = (field: string, message: string): Parsed => ({ ok: false, error: { code: 'malformed_command', field, message } });

function checkUnitId(v: unknown, field: string): string | undefined {
  if (typeof v !== 'string') return `${field} must be a unit id (string)`;
  if (v.length === 0 || v.length > MAX_ID_LENGTH) return `${field} must be 1 to ${MAX_ID_LENGTH} characters`;
  return undefined;
}

function checkHex(v: unknown, field: string): { field: string; message: string } | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { field, message: `${field} must be a hex {q, r}` };
  const h = v as Record<string, unknown>;
  for (const key of Object.keys(h)) if (key !== 'q' && key !== 'r') return { field: `${field}.${key}`, message: `unknown field ${field}.${key}` };
  for (const key of ['q', 'r'] as const) {
    const n = h[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || Math.abs(n) > MAX_COORD) {
      return { field: `${field}.${key}`, message: `${field}.${key} must be an integer within ±${MAX_COORD}` };
    }
  }
  return undefined;
}

export function parseCommand(raw: unknown): Parsed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('', 'a command must be an object');
  const obj = raw as Record<string, unknown>;
  const type = obj.type;
  if (typeof type !== 'string' || !(type in FIELDS)) return bad('type', `unknown command type ${JSON.stringify(type)}; expected one of ${COMMAND_TYPES.join(', ')}`);
  const allowed = FIELDS[type as CommandType];
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) return bad(key, `unknown field "${key}" for ${type}`);
  for (const key of allowed) {
    if (key === 'type') continue;
    const v = obj[key];
    if (key === 'unit') {
      const msg = checkUnitId(v, key);
      if (msg) return bad(key, msg);
    } else {
      const err = checkHex(v, key);
      if (err) return bad(err.field, err.message);
    }
  }
  const hexOf = (v: unknown): Hex => ({ q: (v as Hex).q, r: (v as Hex).r });
  switch (type as CommandType) {
    case 'move': return { ok: true, command: { type: 'move', unit: obj.unit as string, to: hexOf(obj.to) } };
    case 'attack': return { ok: true, command: { type: 'attack', unit: obj.unit as string, target: hexOf(obj.target) } };
    case 'air_strike': return { ok: true, command: { type: 'air_strike', target: hexOf(obj.target) } };
    case 'build_pontoon': return { ok: true, command: { type: 'build_pontoon', unit: obj.unit as string, at: hexOf(obj.at) } };
    case 'end_phase': return { ok: true, command: { type: 'end_phase' } };
  }
}

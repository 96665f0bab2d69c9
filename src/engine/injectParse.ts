// Checks the shape of an inject command's body from an untrusted source (the facilitator's form, a
// replay file). Every field is checked and an error names it ("inject.title"); whether a scenario
// inject exists is checked when the command applies.
import { CUSTOM_INJECT, type InjectBody } from './injectTypes';
import { fail, readId, readInt } from './messageParse';

const FIELDS = {
  scenario: ['kind', 'id'],
  custom: ['kind', 'title', 'text', 'escalation', 'trust'],
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Control characters other than line breaks and tabs have no place in a text shown to players. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

function readText(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string' || v.trim().length === 0 || v.length > max) fail(path, 'shape_text', { path, max });
  if (hasControl(v)) fail(path, 'shape_control_chars', { path });
  return v;
}

/** Parses an inject body at `path` ("inject"); throws FieldError naming the bad field. */
export function readInject(v: unknown, path: string): InjectBody {
  if (!isObject(v)) fail(path, 'shape_inject', { path });
  const kind = v.kind;
  if (kind !== 'scenario' && kind !== 'custom') fail(`${path}.kind`, 'shape_inject_kind', { given: String(JSON.stringify(kind)) });
  for (const key of Object.keys(v)) {
    if (!(FIELDS[kind] as readonly string[]).includes(key)) fail(`${path}.${key}`, 'shape_unknown_field', { field: key, of: `a ${kind} inject` });
  }
  const f = (name: string): string => `${path}.${name}`;
  if (kind === 'scenario') return { kind, id: readId(v.id, f('id'), 'inject') };
  const max = CUSTOM_INJECT.deltaMax;
  return {
    kind,
    title: readText(v.title, f('title'), CUSTOM_INJECT.titleMax),
    text: readText(v.text, f('text'), CUSTOM_INJECT.textMax),
    escalation: readInt(v.escalation, f('escalation'), -max, max),
    trust: readInt(v.trust, f('trust'), -max, max),
  };
}

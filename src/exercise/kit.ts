// A scenario's teaching kit (assets/kits/<id>.json): learning objectives and how the review checks
// each, each team's guidance, red lines, roles and private information, Control's handbook, the
// hotwash, the record the game is measured against, the decision points a class compares and the
// history held back from the packs for the debrief. Checked on load against its scenario; each
// error names its JSON path.
import { z } from 'zod';
import { POWERS, RUNGS, type Scenario, formatPath } from '../engine';

/** A fault in a kit file: its JSON path and the reason. */
export interface KitError { path: string; message: string }

const text = z.string().trim().min(1).max(1200);
const texts = z.array(text).min(1).max(20);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const power = z.enum(POWERS);

/** How the review answers "did the group …": each kind is computed from the game (src/review/learning.ts). */
const check = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('notice_before_strike') }),
  z.strictObject({ kind: z.literal('protest_incidents') }),
  z.strictObject({ kind: z.literal('answer_protests') }),
  z.strictObject({ kind: z.literal('rung_below'), rung: z.enum(RUNGS.map((r) => r.name) as [string, ...string[]]) }),
  z.strictObject({ kind: z.literal('no_unanswered') }),
]);

/** The hotline's message kinds (the engine's MESSAGE_KINDS; a test holds them equal). */
export const MESSAGE_KIND_NAMES = [
  'notify', 'propose_line', 'share_positions', 'request_hold_fire', 'request_withdrawal', 'warn', 'protest', 'request_meeting',
  'accept', 'reject', 'counter', 'acknowledge', 'deny',
] as const;

/** A fact of the record the game can be set beside: when it happened, and what in the game stands for it. */
const measure = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('capture'), objective: z.string().min(1) }),
  z.strictObject({ kind: z.literal('crossing'), camp: power }),
  z.strictObject({ kind: z.literal('protest'), by: power }),
  z.strictObject({ kind: z.literal('meeting') }),
  /** The first hotline message `by` sends, of `message` kind if given (a call before a strike, a denial). */
  z.strictObject({ kind: z.literal('message'), by: power, message: z.enum(MESSAGE_KIND_NAMES).optional() }),
]);

const decision = z.enum(['first_incident', 'first_crossing', 'first_protest']);

const team = z.strictObject({
  guidance: texts,
  redLines: texts,
  roles: z.array(z.strictObject({ role: z.enum(['commander', 'hotline', 'intelligence']), title: text, duties: texts })).length(3),
  private: texts,
});

const slot = z.strictObject({ from: z.number().int().min(0).max(200), to: z.number().int().min(1).max(200), what: text });

function kitSchema() {
  return z.strictObject({
    scenario: z.string().min(1),
    /** What both packs may tell of the past: nothing after the game's first turn. */
    background: z.strictObject({ events: texts, sources: text }),
    objectives: z.array(z.strictObject({ id: z.string().min(1), text, question: text, check })).min(1).max(8),
    teams: z.strictObject({ coalition: team, russia: team }),
    handbook: z.strictObject({
      overview: texts,
      timetables: z.array(z.strictObject({ minutes: z.number().int().min(20).max(200), turns: z.number().int().min(1).max(60), slots: z.array(slot).min(3) })).min(2),
      injects: z.array(z.strictObject({ inject: z.string().min(1), when: text, why: text })),
      disputes: texts,
      hotwash: texts,
    }),
    hotwash: z.strictObject({
      phases: z.array(z.strictObject({ title: text, minutes: z.number().int().min(1).max(60), prompts: texts })).min(2),
      expectations: z.strictObject({ coalition: texts, russia: texts }),
    }),
    record: z.array(z.strictObject({ id: z.string().min(1), topic: text, date: isoDate, history: text, measure })).min(2),
    decisionPoints: z.array(z.strictObject({ id: decision, title: text, historical: text })).min(1),
    debrief: z.strictObject({ events: z.array(z.strictObject({ date: text, text })).min(1), sources: text }),
  });
}

export type Kit = z.infer<ReturnType<typeof kitSchema>>;
export type KitCheck = Kit['objectives'][number]['check'];
export type KitMeasure = Kit['record'][number]['measure'];
export type DecisionKind = Kit['decisionPoints'][number]['id'];
export type TeamKit = Kit['teams']['coalition'];
export type KitResult = { ok: true; kit: Kit } | { ok: false; errors: KitError[] };

let schema: ReturnType<typeof kitSchema> | null = null;

/** Checks a kit's shape, then that what it names (scenario, injects, objectives, turns) is the scenario's. */
export function loadKit(raw: unknown, scenario: Scenario): KitResult {
  schema ??= kitSchema();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath('', i.path), message: i.message })) };
  const kit = parsed.data;
  const errors: KitError[] = [];
  if (kit.scenario !== scenario.id) errors.push({ path: 'scenario', message: `the kit is for "${kit.scenario}", not "${scenario.id}"` });
  const injects = new Set(scenario.injects.map((j) => j.id));
  kit.handbook.injects.forEach((j, i) => {
    if (!injects.has(j.inject)) errors.push({ path: `handbook.injects[${i}].inject`, message: `the scenario has no inject "${j.inject}"` });
  });
  const objectives = new Set(scenario.objectives.map((o) => o.id));
  kit.record.forEach((r, i) => {
    if (r.measure.kind === 'capture' && !objectives.has(r.measure.objective)) errors.push({ path: `record[${i}].measure.objective`, message: `the scenario has no objective "${r.measure.objective}"` });
  });
  const unique = (ids: readonly string[], path: string): void => ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) errors.push({ path: `${path}[${i}].id`, message: `duplicate id "${id}"` });
  });
  unique(kit.objectives.map((o) => o.id), 'objectives');
  unique(kit.record.map((r) => r.id), 'record');
  unique(kit.decisionPoints.map((d) => d.id), 'decisionPoints');
  for (const p of POWERS) {
    const roles = kit.teams[p].roles.map((r) => r.role);
    roles.forEach((r, i) => { if (roles.indexOf(r) !== i) errors.push({ path: `teams.${p}.roles[${i}].role`, message: `role "${r}" is given twice` }); });
  }
  kit.handbook.timetables.forEach((t, i) => {
    if (t.turns > scenario.data.turns) errors.push({ path: `handbook.timetables[${i}].turns`, message: `the scenario has ${scenario.data.turns} turns, not ${t.turns}` });
    let end = 0;
    t.slots.forEach((s, k) => {
      if (s.from !== end || s.to <= s.from) errors.push({ path: `handbook.timetables[${i}].slots[${k}]`, message: `must run on from minute ${end} (found ${s.from}–${s.to})` });
      end = s.to;
    });
    if (end !== t.minutes) errors.push({ path: `handbook.timetables[${i}].slots`, message: `end at minute ${end}, not at the class's ${t.minutes}` });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, kit };
}

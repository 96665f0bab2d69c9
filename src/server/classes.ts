// A class from the teacher's form: its seat codes, its teacher key (kept as a hash) and what each
// group plays (the scenario, the group's seed, who plays each power).
import type { Power, Scenario } from '../engine';
import { builtinScenario } from '../scenarios';
import type { ClassSeat, CreateClass, FieldProblem, SeatCode } from '../net/protocol';
import { playerOf } from '../replay/fromCommands';
import type { Replay } from '../replay/format';
import { keyHash, newId, newSeatCode, newTeacherKey } from './codes';
import type { ClassRecord } from './storage';

const HOUR = 3600_000;

/** The seats of every group: a seat for each power a team plays, and Control if asked for. */
export function seatsOf(settings: CreateClass): ClassSeat[] {
  const seats: ClassSeat[] = (['coalition', 'russia'] as const).filter((p) => settings.teams[p] === 'human');
  if (settings.control) seats.push('control');
  return seats;
}

export function humansOf(settings: CreateClass): Power[] {
  return (['coalition', 'russia'] as const).filter((p) => settings.teams[p] === 'human');
}

export function groupSeed(settings: CreateClass, group: number): string {
  return settings.seedMode === 'same' ? settings.seed : `${settings.seed}-${group}`;
}

/** The AI's policy for each camp (the record's names; 'pass' for a team's camp). */
export function policyNames(settings: CreateClass): Record<Power | 'is', string> {
  const of = (p: Power): string => (settings.teams[p] === 'human' ? 'pass' : `ai:${settings.teams[p]}`);
  return { coalition: of('coalition'), russia: of('russia'), is: 'ai:balanced' };
}

export function playersOf(settings: CreateClass): Replay['players'] {
  const names = policyNames(settings);
  const players: Replay['players'] = { coalition: playerOf(names.coalition), russia: playerOf(names.russia), is: playerOf(names.is) };
  for (const p of humansOf(settings)) players[p] = { kind: 'human' };
  return players;
}

export type NewClass = { ok: true; record: ClassRecord; teacherKey: string } | { ok: false; field: string; message: string; problem: FieldProblem };

/** Checks what zod cannot (the scenario, its injects, a team at all) and makes the record. */
export function newClass(settings: CreateClass, now: Date, takenCodes: ReadonlySet<string> = new Set()): NewClass {
  const scenario: Scenario | undefined = builtinScenario(settings.scenario);
  if (!scenario) return { ok: false, field: 'scenario', message: `scenario "${settings.scenario}" is not on this server`, problem: { code: 'unknown_scenario', scenario: settings.scenario } };
  const known = new Set(scenario.injects.map((i) => i.id));
  const unknown = settings.injects.find((id) => !known.has(id));
  if (unknown !== undefined) return { ok: false, field: 'injects', message: `inject "${unknown}" is not in this scenario`, problem: { code: 'unknown_inject', inject: unknown } };
  if (humansOf(settings).length === 0) return { ok: false, field: 'teams', message: 'no power is played by a team', problem: { code: 'no_team' } };
  const taken = new Set(takenCodes);
  const codes: SeatCode[] = [];
  for (let group = 1; group <= settings.groups; group++) {
    for (const seat of seatsOf(settings)) {
      const code = newSeatCode(taken);
      taken.add(code);
      codes.push({ group, seat, code });
    }
  }
  const teacherKey = newTeacherKey();
  const record: ClassRecord = {
    id: newId(6), settings, teacherKeyHash: keyHash(teacherKey), codes,
    createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + (settings.hours ?? 12) * HOUR).toISOString(),
    endedAt: null, clock: { endsAt: null, afterTurn: null },
  };
  return { ok: true, record, teacherKey };
}

export const groupRoomId = (classId: string, group: number): string => `${classId}g${group}`;
export const dashboardRoomId = (classId: string): string => `${classId}t`;

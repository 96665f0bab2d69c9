// The presence channels between a class's rooms, which may sit in different processes (Redis):
// groups publish their rows and watch frames; the dashboard publishes the teacher's actions.
import type { DashboardRow, GroupTarget, ServerError, TeacherMessage, WatchFrame } from '../net/protocol';

export const rowsChannel = (classId: string): string => `class:${classId}:rows`;
export const controlChannel = (classId: string): string => `class:${classId}:control`;
export const watchChannel = (classId: string): string => `class:${classId}:watch`;
export const refusedChannel = (classId: string): string => `class:${classId}:refused`;

export type RowNote = { row: DashboardRow };
export type WatchNote = WatchFrame;
/** A teacher's action a group's engine refused (a ruling given twice, an inject fired twice): back to the teacher. */
export type RefusedNote = { group: number; error: ServerError };

/** What the dashboard tells the groups. `hello` asks each group for its row. */
export type ControlNote =
  | { action: 'hello' }
  | { action: 'inject'; group: GroupTarget; inject: TeacherMessage['inject']['inject'] }
  | { action: 'ruling'; group: number; incident: string; finding: TeacherMessage['ruling']['finding'] }
  | { action: 'pause' | 'resume'; group: GroupTarget }
  | { action: 'phase_timer'; group: GroupTarget; seconds: number | null }
  | { action: 'watch'; group: number | null }
  | { action: 'clock'; afterTurn: number | null }
  | { action: 'stop'; reason: string };

export function targets(t: GroupTarget, group: number): boolean {
  return t === 'all' || t === group;
}

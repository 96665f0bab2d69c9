// The presence channels between a class's rooms, which may sit in different processes (Redis):
// groups publish their rows and watch frames; the dashboard publishes the teacher's actions.
import type { DashboardRow, GroupTarget, TeacherMessage, WatchFrame } from '../net/protocol';

export const rowsChannel = (classId: string): string => `class:${classId}:rows`;
export const controlChannel = (classId: string): string => `class:${classId}:control`;
export const watchChannel = (classId: string): string => `class:${classId}:watch`;

export type RowNote = { row: DashboardRow };
export type WatchNote = WatchFrame;

/** What the dashboard tells the groups. `hello` asks each group for its row. */
export type ControlNote =
  | { action: 'hello' }
  | { action: 'inject'; group: GroupTarget; inject: TeacherMessage['inject']['inject'] }
  | { action: 'pause' | 'resume'; group: GroupTarget }
  | { action: 'phase_timer'; group: GroupTarget; seconds: number | null }
  | { action: 'watch'; group: number | null }
  | { action: 'clock'; afterTurn: number | null }
  | { action: 'stop'; reason: string };

export function targets(t: GroupTarget, group: number): boolean {
  return t === 'all' || t === group;
}

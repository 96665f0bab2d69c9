// What the class server keeps: classes (settings, seat codes, the teacher key's hash, the clock) and
// each group's command log and settings. Every accepted command is written here before it is
// acknowledged; a restarted server rebuilds each group by folding its log. SQLite by default
// (sqliteStorage.ts), PostgreSQL when DATABASE_URL is set (pgStorage.ts).
import type { Command } from '../engine';
import type { ClassSeat, CreateClass, SeatCode } from '../net/protocol';

export interface ClassRecord {
  id: string;
  settings: CreateClass;
  teacherKeyHash: string;
  codes: SeatCode[];
  createdAt: string;
  expiresAt: string;
  endedAt: string | null;
  clock: { endsAt: string | null; afterTurn: number | null };
}

/** A group's settings that survive a restart (the log is kept apart). */
export interface GroupMeta {
  paused: boolean;
  /** Seconds a team phase may last, or null. */
  phaseSeconds: number | null;
}

export interface SeatRef { classId: string; group: number; seat: ClassSeat }

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  createClass(c: ClassRecord): Promise<void>;
  classById(id: string): Promise<ClassRecord | null>;
  /** Classes not ended and not expired at `now` (ISO), to reopen after a restart. */
  openClasses(now: string): Promise<ClassRecord[]>;
  updateClass(id: string, patch: Partial<Pick<ClassRecord, 'clock' | 'endedAt'>>): Promise<void>;
  seatByCode(code: string): Promise<SeatRef | null>;
  /** The group's log in order. */
  loadLog(classId: string, group: number): Promise<Command[]>;
  /**
   * Makes the stored log `keep` commands long, then appends `commands` after them, in one transaction:
   * an undo is a shorter keep; a command and the AI's answer are appended together.
   */
  writeLog(classId: string, group: number, keep: number, commands: readonly Command[]): Promise<void>;
  groupMeta(classId: string, group: number): Promise<GroupMeta | null>;
  setGroupMeta(classId: string, group: number, meta: GroupMeta): Promise<void>;
  close(): Promise<void>;
}

/** The storage DATABASE_URL names (postgres://...), else SQLite at `sqlitePath`. */
export async function openStorage(sqlitePath: string, databaseUrl = process.env.DATABASE_URL): Promise<Storage> {
  if (databaseUrl) {
    const { PgStorage } = await import('./pgStorage');
    return PgStorage.open(databaseUrl);
  }
  const { SqliteStorage } = await import('./sqliteStorage');
  return SqliteStorage.open(sqlitePath);
}

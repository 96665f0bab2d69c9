// The default storage: one SQLite file in WAL mode. Each command's transaction is committed (in the
// WAL, through the operating system) before the server acknowledges it, so a killed server loses
// nothing acknowledged. synchronous=NORMAL: a commit does not wait for the disk (fsync), which would
// block every group's room for milliseconds per command; a power cut may lose the last commits.
// CLASS_SQLITE_SYNC=FULL makes every commit wait for the disk too.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from '../engine';
import type { ClassRecord, GroupMeta, SeatRef, Storage } from './storage';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS classes (id TEXT PRIMARY KEY, record TEXT NOT NULL, expires_at TEXT NOT NULL, ended_at TEXT);
CREATE TABLE IF NOT EXISTS seats (code TEXT PRIMARY KEY, class_id TEXT NOT NULL, grp INTEGER NOT NULL, seat TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS log (class_id TEXT NOT NULL, grp INTEGER NOT NULL, idx INTEGER NOT NULL, command TEXT NOT NULL, PRIMARY KEY (class_id, grp, idx));
CREATE TABLE IF NOT EXISTS groups (class_id TEXT NOT NULL, grp INTEGER NOT NULL, meta TEXT NOT NULL, PRIMARY KEY (class_id, grp));
`;

export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): SqliteStorage {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${process.env.CLASS_SQLITE_SYNC === 'FULL' ? 'FULL' : 'NORMAL'}`);
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    return new SqliteStorage(db);
  }

  async createClass(c: ClassRecord): Promise<void> {
    const insertSeat = this.db.prepare('INSERT INTO seats (code, class_id, grp, seat) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO classes (id, record, expires_at, ended_at) VALUES (?, ?, ?, ?)').run(c.id, JSON.stringify(c), c.expiresAt, c.endedAt);
      for (const s of c.codes) insertSeat.run(s.code, c.id, s.group, s.seat);
    })();
  }

  async classById(id: string): Promise<ClassRecord | null> {
    const row = this.db.prepare('SELECT record FROM classes WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? JSON.parse(row.record) as ClassRecord : null;
  }

  async openClasses(now: string): Promise<ClassRecord[]> {
    const rows = this.db.prepare('SELECT record FROM classes WHERE ended_at IS NULL AND expires_at > ? ORDER BY id').all(now) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as ClassRecord);
  }

  async updateClass(id: string, patch: Partial<Pick<ClassRecord, 'clock' | 'endedAt'>>): Promise<void> {
    this.db.transaction(() => {
      const c = this.db.prepare('SELECT record FROM classes WHERE id = ?').get(id) as { record: string } | undefined;
      if (!c) return;
      const next = { ...JSON.parse(c.record) as ClassRecord, ...patch };
      this.db.prepare('UPDATE classes SET record = ?, ended_at = ? WHERE id = ?').run(JSON.stringify(next), next.endedAt, id);
    })();
  }

  async seatByCode(code: string): Promise<SeatRef | null> {
    const row = this.db.prepare('SELECT class_id, grp, seat FROM seats WHERE code = ?').get(code) as { class_id: string; grp: number; seat: SeatRef['seat'] } | undefined;
    return row ? { classId: row.class_id, group: row.grp, seat: row.seat } : null;
  }

  async loadLog(classId: string, group: number): Promise<Command[]> {
    const rows = this.db.prepare('SELECT command FROM log WHERE class_id = ? AND grp = ? ORDER BY idx').all(classId, group) as { command: string }[];
    return rows.map((r) => JSON.parse(r.command) as Command);
  }

  async writeLog(classId: string, group: number, keep: number, commands: readonly Command[]): Promise<void> {
    const insert = this.db.prepare('INSERT INTO log (class_id, grp, idx, command) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM log WHERE class_id = ? AND grp = ? AND idx >= ?').run(classId, group, keep);
      commands.forEach((c, i) => insert.run(classId, group, keep + i, JSON.stringify(c)));
    })();
  }

  async groupMeta(classId: string, group: number): Promise<GroupMeta | null> {
    const row = this.db.prepare('SELECT meta FROM groups WHERE class_id = ? AND grp = ?').get(classId, group) as { meta: string } | undefined;
    return row ? JSON.parse(row.meta) as GroupMeta : null;
  }

  async setGroupMeta(classId: string, group: number, meta: GroupMeta): Promise<void> {
    this.db.prepare('INSERT INTO groups (class_id, grp, meta) VALUES (?, ?, ?) ON CONFLICT (class_id, grp) DO UPDATE SET meta = excluded.meta')
      .run(classId, group, JSON.stringify(meta));
  }

  async close(): Promise<void> { this.db.close(); }
}

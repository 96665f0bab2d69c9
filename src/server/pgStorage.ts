// PostgreSQL storage (DATABASE_URL): the same tables as SQLite, for several server machines at once.
// Each write is one transaction, committed before the server acknowledges the command. Commands are
// kept as their JSON text (not JSONB, which reorders keys), so a replay is the same bit for bit.
import pg from 'pg';
import type { Command } from '../engine';
import type { ClassRecord, GroupMeta, SeatRef, Storage } from './storage';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS classes (id TEXT PRIMARY KEY, record JSONB NOT NULL, expires_at TIMESTAMPTZ NOT NULL, ended_at TIMESTAMPTZ);
CREATE TABLE IF NOT EXISTS seats (code TEXT PRIMARY KEY, class_id TEXT NOT NULL, grp INTEGER NOT NULL, seat TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS log (class_id TEXT NOT NULL, grp INTEGER NOT NULL, idx INTEGER NOT NULL, command TEXT NOT NULL, PRIMARY KEY (class_id, grp, idx));
CREATE TABLE IF NOT EXISTS groups (class_id TEXT NOT NULL, grp INTEGER NOT NULL, meta JSONB NOT NULL, PRIMARY KEY (class_id, grp));
`;

export class PgStorage implements Storage {
  readonly kind = 'postgres';
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PgStorage> {
    const pool = new pg.Pool({ connectionString: url, max: 5 });
    // Two servers starting at once may both create the tables: an advisory lock takes turns.
    const c = await pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock(4711)');
      await c.query(SCHEMA);
      await c.query('SELECT pg_advisory_unlock(4711)');
    } finally {
      c.release();
    }
    return new PgStorage(pool);
  }

  private async tx<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await work(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK');
      throw e;
    } finally {
      c.release();
    }
  }

  async createClass(r: ClassRecord): Promise<void> {
    await this.tx(async (c) => {
      await c.query('INSERT INTO classes (id, record, expires_at, ended_at) VALUES ($1, $2, $3, $4)', [r.id, JSON.stringify(r), r.expiresAt, r.endedAt]);
      for (const s of r.codes) await c.query('INSERT INTO seats (code, class_id, grp, seat) VALUES ($1, $2, $3, $4)', [s.code, r.id, s.group, s.seat]);
    });
  }

  async classById(id: string): Promise<ClassRecord | null> {
    const r = await this.pool.query('SELECT record FROM classes WHERE id = $1', [id]);
    return (r.rows[0]?.record as ClassRecord | undefined) ?? null;
  }

  async openClasses(now: string): Promise<ClassRecord[]> {
    const r = await this.pool.query('SELECT record FROM classes WHERE ended_at IS NULL AND expires_at > $1 ORDER BY id', [now]);
    return r.rows.map((row) => row.record as ClassRecord);
  }

  async updateClass(id: string, patch: Partial<Pick<ClassRecord, 'clock' | 'endedAt'>>): Promise<void> {
    await this.tx(async (c) => {
      const r = await c.query('SELECT record FROM classes WHERE id = $1 FOR UPDATE', [id]);
      if (r.rows.length === 0) return;
      const next = { ...(r.rows[0].record as ClassRecord), ...patch };
      await c.query('UPDATE classes SET record = $2, ended_at = $3 WHERE id = $1', [id, JSON.stringify(next), next.endedAt]);
    });
  }

  async seatByCode(code: string): Promise<SeatRef | null> {
    const r = await this.pool.query('SELECT class_id, grp, seat FROM seats WHERE code = $1', [code]);
    const row = r.rows[0];
    return row ? { classId: row.class_id, group: row.grp, seat: row.seat } : null;
  }

  async loadLog(classId: string, group: number): Promise<Command[]> {
    const r = await this.pool.query('SELECT command FROM log WHERE class_id = $1 AND grp = $2 ORDER BY idx', [classId, group]);
    return r.rows.map((row) => JSON.parse(row.command as string) as Command);
  }

  async writeLog(classId: string, group: number, keep: number, commands: readonly Command[]): Promise<void> {
    await this.tx(async (c) => {
      await c.query('DELETE FROM log WHERE class_id = $1 AND grp = $2 AND idx >= $3', [classId, group, keep]);
      if (commands.length === 0) return;
      const values: unknown[] = [];
      const rows = commands.map((cmd, i) => {
        values.push(classId, group, keep + i, JSON.stringify(cmd));
        return `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`;
      });
      await c.query(`INSERT INTO log (class_id, grp, idx, command) VALUES ${rows.join(', ')}`, values);
    });
  }

  async groupMeta(classId: string, group: number): Promise<GroupMeta | null> {
    const r = await this.pool.query('SELECT meta FROM groups WHERE class_id = $1 AND grp = $2', [classId, group]);
    return (r.rows[0]?.meta as GroupMeta | undefined) ?? null;
  }

  async setGroupMeta(classId: string, group: number, meta: GroupMeta): Promise<void> {
    await this.pool.query('INSERT INTO groups (class_id, grp, meta) VALUES ($1, $2, $3) ON CONFLICT (class_id, grp) DO UPDATE SET meta = excluded.meta', [classId, group, JSON.stringify(meta)]);
  }

  async close(): Promise<void> { await this.pool.end(); }
}

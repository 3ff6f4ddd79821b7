/** The embedded SQLite adapter: one file, WAL journal, foreign keys on. */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok } from '../../domain/result.js';
import { migrate } from '../migrations/index.js';
import type { OpenResult } from '../port.js';
import type { Database as Schema } from '../schema.js';
import { sqlStore, type InsertSets } from '../sql-store.js';

/**
 * Open (creating if needed) the database at `path`, or in memory for ":memory:".
 * WAL lets a reader run beside a writer; synchronous=FULL makes every commit durable before
 * it returns; busy_timeout makes a second writer wait rather than fail.
 */
export async function openSqlite(path: string): Promise<OpenResult> {
  let raw: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    raw = new Database(path);
    raw.pragma('busy_timeout = 10000');
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (e) {
    return err({ code: 'unreadable', where: path, detail: (e as Error).message });
  }
  // Kysely prepares every statement anew; keep them, keyed by their SQL (the set of distinct
  // statements is small and fixed by the code), which makes each query cheaper.
  const statements = new Map<string, Database.Statement>();
  const database = {
    prepare(sql: string) {
      let s = statements.get(sql);
      if (!s) {
        if (statements.size >= 1000) statements.clear();
        s = raw.prepare(sql);
        statements.set(sql, s);
      }
      return s;
    },
    close: () => raw.close(),
  };
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  try {
    const m = await migrate(db, 'sqlite', new Date().toISOString());
    if (!m.ok) {
      await db.destroy();
      return err({ code: 'database-too-new', found: m.found, supported: m.supported, where: path });
    }
  } catch (e) {
    await db.destroy();
    return err({ code: 'unreadable', where: path, detail: (e as Error).message });
  }
  // The import's insert of new sets (sql-bulk.ts), as one statement prepared once.
  const insert = raw.prepare(
    `insert into sets (id, user_id, session_id, seq, exercise, load_value, load_unit, reps, side,
       hold_seconds, clean, band, rpe, rir, felt, note, warmup, source, logged_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSets: InsertSets = (rows) => {
    for (const r of rows) {
      insert.run(
        r.id,
        r.user_id,
        r.session_id,
        r.seq,
        r.exercise,
        r.load_value,
        r.load_unit,
        r.reps,
        r.side,
        r.hold_seconds,
        r.clean,
        r.band,
        r.rpe,
        r.rir,
        r.felt,
        r.note,
        r.warmup,
        r.source,
        r.logged_at,
      );
    }
  };
  return ok(sqlStore(db, 'sqlite', () => db.destroy(), insertSets));
}

/**
 * What the storage alone can do on this machine, beside POST /sets' goals: is a goal out of
 * reach because of the database, or because of the server's own work per request?
 *
 * - SQLite: one set-sized row per committed transaction, WAL and synchronous=FULL as the
 *   store opens it (every commit waits for its fsync), in this process; and the same rows in
 *   transactions of 64, as the store's group commit shares one among writers that arrive
 *   together.
 * - PostgreSQL: one set-sized row per INSERT (its own transaction), prepared, from 64
 *   connections of this one process, into a fresh database (pgbench's shape of load).
 *
 *   npx tsx bench/load/limits.ts   (PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { freshDatabase } from '../../src/store/engines.testkit.js';

const TABLE = `create table probe (id text primary key, user_id text not null, session_id text not null,
  seq integer not null, exercise text not null, load_value double precision not null,
  load_unit text not null, reps integer not null, logged_at text not null)`;
const ROW = (w: number, i: number) => [
  `${w}-${i}`,
  `user-${w % 16}`,
  `session-${w % 16}`,
  i,
  'barbell-hip-thrust',
  95,
  'lb',
  10,
  '2026-11-28T18:00:00.000Z',
];

export interface SqliteLimit {
  /** Committed transactions of one row a second. */
  readonly commitsPerSecond: number;
  /** Rows a second in transactions of 64. */
  readonly groupedRowsPerSecond: number;
}

export function sqlite(seconds = 3): SqliteLimit {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-limit-'));
  try {
    const db = new Database(join(dir, 'probe.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(TABLE);
    const insert = db.prepare('insert into probe values (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const run = (perTx: number) => {
      const many = db.transaction((base: number) => {
        for (let k = 0; k < perTx; k++) insert.run(...ROW(perTx, base + k));
      });
      let rows = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < seconds * 1000) {
        many(rows);
        rows += perTx;
      }
      return rows / ((performance.now() - t0) / 1000);
    };
    const commitsPerSecond = run(1);
    const groupedRowsPerSecond = run(64);
    db.close();
    return { commitsPerSecond, groupedRowsPerSecond };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Single-row INSERTs a second from `connections` connections of this process. */
export async function postgres(base: string, seconds = 5, connections = 64): Promise<number> {
  const db = await freshDatabase(base, 'thrust_limit');
  const clients: pg.Client[] = [];
  try {
    for (let i = 0; i < connections; i++) {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      clients.push(c);
    }
    await clients[0]?.query(TABLE);
    let done = 0;
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    await Promise.all(
      clients.map(async (c, w) => {
        for (let i = 0; performance.now() < end; i++) {
          await c.query({
            name: 'probe',
            text: 'insert into probe values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
            values: ROW(w, i),
          });
          done++;
        }
      }),
    );
    return done / ((performance.now() - t0) / 1000);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = sqlite();
  console.log(
    `SQLite (WAL, synchronous=FULL): ${Math.round(s.commitsPerSecond).toLocaleString('en')} commits/s of one row; ${Math.round(s.groupedRowsPerSecond).toLocaleString('en')} rows/s in transactions of 64`,
  );
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (base)
    console.log(
      `PostgreSQL: ${Math.round(await postgres(base)).toLocaleString('en')} single-row inserts/s from 64 connections of one process`,
    );
}

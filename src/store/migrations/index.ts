/**
 * Numbered migrations, run in order on open, each in its own transaction with its version
 * recorded. A database newer than this program knows is refused, never touched.
 */
import { sql, type Kysely } from 'kysely';
import { writeTx, type Engine } from '../engine.js';
import type { Database } from '../schema.js';
import * as m001 from './001_initial.js';
import * as m002 from './002_exercise_mappings.js';
import * as m003 from './003_accounts.js';
import * as m004 from './004_plan_life.js';
import * as m005 from './005_import_source.js';
import * as m006 from './006_timed_sets.js';
import * as m007 from './007_exercise_names.js';
import * as m008 from './008_email_verification.js';
import * as m009 from './009_session_counter.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 001_initial.ts
type Up = (db: Kysely<any>, engine: Engine) => Promise<void>;

export const MIGRATIONS: readonly { version: number; up: Up }[] = [
  { version: 1, up: m001.up },
  { version: 2, up: m002.up },
  { version: 3, up: m003.up },
  { version: 4, up: m004.up },
  { version: 5, up: m005.up },
  { version: 6, up: m006.up },
  { version: 7, up: m007.up },
  { version: 8, up: m008.up },
  { version: 9, up: m009.up },
];
export const LATEST = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** The recorded schema version (0 for an empty database). */
export async function currentVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('thrust_schema')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export type MigrateOutcome =
  { ok: true; from: number; to: number } | { ok: false; found: number; supported: number };

// Whether Thrust's version table exists, asked of each engine's catalogue.
const HAS_SCHEMA_TABLE = {
  sqlite: sql<{ t: string }>`select name as t from sqlite_master
    where type = 'table' and name = 'thrust_schema'`,
  postgres: sql<{ t: string | null }>`select to_regclass('thrust_schema')::text as t`,
} satisfies Record<Engine, unknown>;

/** The recorded schema version, 0 where Thrust has made no table yet: a plain read. */
export async function recordedVersion(db: Kysely<Database>, engine: Engine): Promise<number> {
  const { rows } = await HAS_SCHEMA_TABLE[engine].execute(db);
  return rows[0]?.t ? currentVersion(db) : 0;
}

/**
 * Bring the schema up to date. A current schema is seen with one plain read and left alone,
 * so a start takes no write lock (every CLI command opens the database). Each migration due
 * runs in its own write transaction (BEGIN IMMEDIATE; on PostgreSQL under an advisory lock)
 * that checks the version again, so two processes starting at once apply each migration once.
 */
export async function migrate(
  db: Kysely<Database>,
  engine: Engine,
  now: string,
): Promise<MigrateOutcome> {
  const from = await recordedVersion(db, engine);
  if (from > LATEST) return { ok: false, found: from, supported: LATEST };
  for (const m of MIGRATIONS) {
    // Versions only rise: one recorded before the read above stays recorded.
    if (m.version <= from) continue;
    await writeTx(db, engine, async (trx) => {
      if (engine === 'postgres') await sql`select pg_advisory_xact_lock(7461726)`.execute(trx);
      await trx.schema
        .createTable('thrust_schema')
        .ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      if ((await currentVersion(trx)) >= m.version) return;
      await m.up(trx, engine);
      await trx
        .insertInto('thrust_schema')
        .values({ version: m.version, applied_at: now })
        .execute();
    });
  }
  return { ok: true, from, to: LATEST };
}

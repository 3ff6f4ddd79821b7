/**
 * Migrations on a database that already holds data: 004 files old sessions under their
 * plans; 005 marks sets imported before it as imports. And how a start treats the schema:
 * current, it is read and left alone; due, two processes starting at once apply it once.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Program } from '../../domain/index.js';
import { lifter } from '../../domain/fixtures.js';
import { ENGINES } from '../engines.testkit.js';
import type { NewSet, OpenResult, Store } from '../port.js';
import type { Database as Schema } from '../schema.js';
import { newSet } from '../sets.testkit.js';
import { LATEST, migrate } from './index.js';

const set = (id: string): NewSet => newSet({ id, loggedAt: '2026-01-05T18:00:00.000Z' });

/** The engine's store, opened (and so migrated). */
async function opened(env: { open: () => Promise<OpenResult> }): Promise<Store> {
  const r = await env.open();
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Back to the schema before 005 (and so before 006, 007 and 008). */
async function undo005(env: { raw: (statement: string) => Promise<void> }): Promise<void> {
  if (LATEST >= 9) {
    await env.raw('alter table sessions drop column next_seq');
    await env.raw('delete from thrust_schema where version = 9');
  }
  await env.raw('drop table email_verifications');
  await env.raw('alter table accounts drop column email_verified_at');
  await env.raw('delete from thrust_schema where version = 8');
  await env.raw('drop table exercise_names');
  await env.raw('delete from thrust_schema where version = 7');
  await env.raw('alter table sets drop column seconds');
  await env.raw('alter table sets drop column distance_m');
  await env.raw('delete from thrust_schema where version = 6');
  await env.raw('drop index sets_user_source');
  await env.raw('alter table sets drop column source');
  await env.raw('delete from thrust_schema where version = 5');
}

describe.each(ENGINES)('migration 005 on $name', (engine) => {
  it('marks sets imported before it, so a sync re-import of their file can remove them', async () => {
    const env = await engine.setup();
    const open = () => opened(env);
    // The importer's ids are version-5 UUIDs; sets logged here are version 4.
    const imported = [
      '1b4e28ba-2fa1-5d2b-883f-0016d3cca427',
      '6fa459ea-ee8a-5ca4-894e-db77e160355e',
    ];
    const logged = '00000000-0000-4000-8000-000000000009';
    try {
      let store = await open();
      const u = await store.user('local');
      await store.importSets(u, [
        { date: '2026-03-02', sets: imported.map((id) => ({ ...set(id), clean: false })) },
      ]);
      await store.logSets(u, { date: '2026-03-02', dayId: null }, [{ ...set(logged), reps: 5 }]);
      await store.close();
      await undo005(env);
      store = await open();
      // A newer export of the same app: the first set still there, the second deleted.
      const fresh = '3f2504e0-4f89-51d3-9a0c-0305e82c3301';
      const r = await store.importSets(
        u,
        [
          {
            date: '2026-03-02',
            sets: [
              { ...set(imported[0] as string), clean: false },
              { ...set(fresh), reps: 3 },
            ],
          },
        ],
        { source: 'strong', sync: true },
      );
      // The first gains its source (an update), the second goes, the one logged here stays.
      expect(r).toEqual({ added: 1, updated: 1, removed: 1, present: 0, elsewhere: 0 });
      const ids = (await store.sessions(u)).flatMap((x) => x.sets.map((y) => y.id)).sort();
      expect(ids).toEqual([logged, imported[0], fresh].sort());
      await store.close();
    } finally {
      await env.teardown();
    }
  });
});

describe.each(ENGINES)('migration 004 on $name', (engine) => {
  it('files each plan-day session under the plan that was current when it was logged', async () => {
    const env = await engine.setup();
    const open = () => opened(env);
    try {
      let store = await open();
      const u = await store.user('local');
      const profile = lifter();
      await store.saveProfile(u, profile);
      const first = await store.savePlan(u, Program.generate(profile, '2026-01-05'));
      await sleep(5);
      await store.logSets(u, { date: '2026-01-05', dayId: 'w1d1' }, [
        set('00000000-0000-4000-8000-000000000001'),
      ]);
      await store.importSets(u, [
        { date: '2025-12-01', sets: [set('00000000-0000-4000-8000-000000000002')] },
      ]);
      await sleep(5);
      const second = await store.savePlan(u, Program.generate(profile, '2026-04-06'));
      await sleep(5);
      await store.logSets(u, { date: '2026-04-06', dayId: 'w1d1' }, [
        set('00000000-0000-4000-8000-000000000003'),
      ]);
      await store.close();
      // Back to the schema before 004, as a database written by that version is.
      await undo005(env);
      await env.raw('alter table sets drop column track');
      await env.raw('alter table sessions drop column plan_id');
      await env.raw('delete from thrust_schema where version = 4');
      store = await open();
      const sessions = await store.sessions(u);
      expect(sessions.map((s) => [s.date, s.dayId, s.planId])).toEqual([
        ['2025-12-01', null, null],
        ['2026-01-05', 'w1d1', first.id],
        ['2026-04-06', 'w1d1', second.id],
      ]);
      expect(sessions.flatMap((s) => s.sets.map((x) => x.track))).toEqual([null, null, null]);
      await store.close();
    } finally {
      await env.teardown();
    }
  });
});

const WRITER = join(import.meta.dirname, '..', 'writer.testkit.ts');

/** A connection of the test's own, that gives up on a lock after `waitMs` instead of waiting. */
function direct(engine: string, url: string, waitMs: number): Kysely<Schema> {
  return new Kysely<Schema>({
    dialect: engine.startsWith('postgres')
      ? new PostgresDialect({
          pool: new pg.Pool({ connectionString: url, max: 1, statement_timeout: waitMs }),
        })
      : new SqliteDialect({ database: new Database(url, { timeout: waitMs }) }),
  });
}

// Both are about two connections at once, which PGlite (one session serving every connection)
// does not have: without TEST_DATABASE_URL they run on SQLite only.
const RACING = ENGINES.filter((e) => !e.name.includes('PGlite'));

describe.each(RACING)('starting on $name', (engine) => {
  const kind = engine.name.startsWith('postgres') ? 'postgres' : 'sqlite';

  it('reads a current schema without taking the write lock another process holds', async () => {
    const env = await engine.setup();
    const db = direct(engine.name, env.url, 1_000);
    // Another process in the middle of a write: it holds SQLite's write lock, or on
    // PostgreSQL the migrations' advisory lock.
    const holder = direct(engine.name, env.url, 60_000);
    let writing: Promise<string> = Promise.resolve('not started');
    let held = () => {};
    const locked = new Promise<void>((resolve) => (held = resolve));
    try {
      await (await opened(env)).close();
      writing = holder
        .transaction()
        .execute(async (trx) => {
          await (
            kind === 'postgres'
              ? sql`select pg_advisory_xact_lock(7461726)`
              : sql`insert into thrust_schema (version, applied_at) values (-1, 'held')`
          ).execute(trx);
          held();
          await sleep(3_000);
          throw new Error('rolled back');
        })
        .then(
          () => 'committed',
          (e: unknown) => (e as Error).message,
        );
      await locked;
      expect(await migrate(db, kind, 'now')).toEqual({ ok: true, from: LATEST, to: LATEST });
      expect(await writing).toBe('rolled back');
    } finally {
      await writing;
      await db.destroy();
      await holder.destroy();
      await env.teardown();
    }
  });

  // Three Node processes under tsx start slowly on a busy machine: a long limit, no timing.
  // PGlite serves every connection from its one session, so processes there do not race.
  it.skipIf(engine.name.includes('PGlite'))(
    'applies each migration once when three processes open a new database at once',
    async () => {
      const env = await engine.setup();
      const run = (tag: number) =>
        new Promise<string[]>((resolve, reject) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', WRITER, env.url, 'first', '2', String(tag)],
            (e, stdout, stderr) =>
              e ? reject(new Error(stderr || e.message)) : resolve(stdout.trim().split('\n')),
          );
        });
      const db = direct(engine.name, env.url, 5_000);
      try {
        const acked = (await Promise.all([run(1), run(2), run(3)])).flat();
        expect(acked).toHaveLength(6);
        const versions = await db.selectFrom('thrust_schema').select('version').execute();
        expect(versions.map((v) => Number(v.version)).sort((a, b) => a - b)).toEqual(
          Array.from({ length: LATEST }, (_, i) => i + 1),
        );
      } finally {
        await db.destroy();
        await env.teardown();
      }
    },
    180_000,
  );
});

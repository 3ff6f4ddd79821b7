/**
 * PostgreSQL reads its statistics again after an import that grew the log by a tenth or
 * more (sql-statistics.ts): plans kept for prepared statements are made from them, and made
 * from none they read a long log in hundreds of milliseconds.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Dates } from '../domain/index.js';
import { postgresEngine, type Setup } from './engines.testkit.js';
import type { NewSet, Store } from './port.js';
import { newSet } from './sets.testkit.js';
import { suiteStore } from './store.testkit.js';

const set = (): NewSet =>
  newSet({ load: { value: 135, unit: 'lb' }, reps: 10, loggedAt: '2026-01-01T18:00:00.000Z' });

const days = (from: string, n: number, perDay: number) =>
  Array.from({ length: n }, (_, d) => ({
    date: Dates.addDays(from, d),
    sets: Array.from({ length: perDay }, set),
  }));

describe('statistics after an import on PostgreSQL', () => {
  let env: Setup;
  let store: Store;
  suiteStore(postgresEngine(), (e, s) => {
    env = e;
    store = s;
  });

  /** The rows PostgreSQL's statistics know `sets` to hold; -1 before any ANALYZE. */
  const known = async () => {
    const c = new pg.Client({ connectionString: env.url });
    await c.connect();
    try {
      const r = await c.query<{ n: number }>(
        "select reltuples::float8 as n from pg_class where oid = 'sets'::regclass",
      );
      return Number(r.rows[0]?.n);
    } finally {
      await c.end();
    }
  };

  it('leaves a small import to autovacuum and has a large one analysed at once', async () => {
    // Autovacuum would analyse on its own schedule: off here, so what is seen is the import's.
    await env.raw('alter table sets set (autovacuum_enabled = false)');
    const user = await store.user(`lifter-${randomUUID()}`);
    await store.importSets(user, days('2010-01-01', 20, 4));
    expect(await known()).toBe(-1);
    await store.importSets(user, days('2011-01-01', 1100, 5));
    expect(await known()).toBe(5580);
    // 550 more is under a tenth of the 5,580 known: left to autovacuum; 600 is not.
    await store.importSets(user, days('2015-01-01', 110, 5));
    expect(await known()).toBe(5580);
    await store.importSets(user, days('2016-01-01', 120, 5));
    expect(await known()).toBe(6730);
  });
});

/**
 * What one POST /api/v1/sets costs the database, counted at the drivers (every statement
 * better-sqlite3 runs, every query the `pg` client sends, each one round trip), in each mode
 * on each engine. Not timed: a count, so a change that adds a statement to the write path
 * shows up in `npm test`. ARCHITECTURE.md ("Where a logged set's time goes") explains them.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, multiUserApp, NOW } from './http.testkit.js';

/** Counts every statement executed through either driver while `fn` runs. */
async function counted(fn: () => Promise<unknown>): Promise<{ statements: string[] }> {
  const statements: string[] = [];
  const probe = new Database(':memory:').prepare('select 1');
  const proto = Object.getPrototypeOf(probe) as Record<string, (...a: unknown[]) => unknown>;
  const methods = ['run', 'get', 'all', 'iterate'] as const;
  const saved = methods.map((m) => proto[m]);
  for (const [i, m] of methods.entries()) {
    const original = saved[i] as (...a: unknown[]) => unknown;
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      statements.push(this.source);
      return original.apply(this, a);
    };
  }
  const clientProto = pg.Client.prototype as unknown as {
    query: (...a: unknown[]) => unknown;
  };
  const query = clientProto.query;
  clientProto.query = function (this: unknown, ...a: unknown[]) {
    const q = a[0] as string | { text: string; name?: string };
    // A statement with parameters that goes unnamed is parsed and planned every time.
    const params = Array.isArray(a[1]) && a[1].length > 0;
    if (typeof q === 'string') statements.push(params ? `UNNAMED ${q}` : q);
    else statements.push(q.name ? q.text : `UNNAMED ${q.text}`);
    return query.apply(this, a);
  };
  try {
    await fn();
  } finally {
    for (const [i, m] of methods.entries()) proto[m] = saved[i] as (...a: unknown[]) => unknown;
    clientProto.query = query;
  }
  return { statements };
}

const DAY = '2026-11-02'; // a plan day of the plan made below (Monday, its first day)
const set = (load: number) => ({
  exercise: 'hip-thrust',
  date: DAY,
  sets: [{ id: randomUUID(), load: { value: load, unit: 'lb' }, reps: 12, clean: true }],
});
const PROFILE = { units: 'lb', goal: 'accessory', working: { load: 95, reps: 12 }, start: DAY };

/**
 * Statements of one POST /sets once the server is warm (the plan parsed once, the credential
 * remembered), for a set on a plan day of a session already begun. SQLite: the profile and
 * the active plan's id (one read), then in the group commit's transaction (BEGIN IMMEDIATE,
 * SAVEPOINT, the stored-id check, the session upsert, the insert, RELEASE, COMMIT), then the
 * exercise's log for the records beaten. PostgreSQL: the profile and the plan's id, the
 * one-statement log, the exercise's log. Before issue 18: 13 and 14 on SQLite (local mode,
 * then with a credential), 11 and 12 on PostgreSQL.
 */
const EXPECTED = {
  sqlite: { local: 9, cookie: 9, bearer: 9 },
  postgres: { local: 3, cookie: 3, bearer: 3 },
} as const;

describe.each(ENGINES)('statements of one POST /sets on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  const kind = engine.name.startsWith('postgres') ? 'postgres' : 'sqlite';

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  /** Posts twice to warm up, then counts the third. */
  const measure = async (post: (body: unknown) => Promise<{ status: number }>) => {
    expect((await post(set(95))).status).toBe(201);
    expect((await post(set(100))).status).toBe(201);
    let status = 0;
    const { statements } = await counted(async () => {
      status = (await post(set(105))).status;
    });
    expect(status).toBe(201);
    // On PostgreSQL every statement with parameters is a named, prepared one.
    expect(statements.filter((s) => s.startsWith('UNNAMED'))).toEqual([]);
    return statements;
  };

  it('in local mode', async () => {
    const user = await store.user('local');
    const app = createHttpApp(
      { store, now: NOW, newId: randomUUID },
      { kind: 'local', user },
      { log: () => {} },
    );
    const call = async (method: string, body: unknown) =>
      await app.request(method === 'PUT' ? '/api/v1/profile' : '/api/v1/sets', {
        method,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    expect((await call('PUT', PROFILE)).status).toBe(200);
    const statements = await measure((b) => call('POST', b));
    expect(statements, statements.join('\n')).toHaveLength(EXPECTED[kind].local);
  });

  it('with a session cookie, and with a bearer token', async () => {
    const app = multiUserApp(store);
    const browser = new Client(app);
    expect((await browser.enter('cost@example.com')).status).toBe(200);
    expect((await browser.call('PUT', '/api/v1/profile', PROFILE)).status).toBe(200);
    const byCookie = await measure((b) => browser.call('POST', '/api/v1/sets', b));
    expect(byCookie, byCookie.join('\n')).toHaveLength(EXPECTED[kind].cookie);

    const made = await browser.call('POST', '/api/v1/tokens', {
      label: 'cost',
      password: 'correct horse battery',
    });
    expect(made.status).toBe(201);
    const bearer = made.json.token as string;
    const script = new Client(app);
    const byToken = await measure((b) => script.call('POST', '/api/v1/sets', b, { bearer }));
    expect(byToken, byToken.join('\n')).toHaveLength(EXPECTED[kind].bearer);
  });
});

/**
 * The built `thrust serve` under faults. On the real PostgreSQL server while its connections
 * are killed (pg_terminate_backend, as a restart or failover does): the process keeps
 * running, answers again with no restart, and every set it acknowledged is stored. And on
 * both engines, the process itself SIGKILLed mid-load, again and again: started again on the
 * same database, it holds every set it acknowledged (and the SQLite file passes its
 * integrity check). The PostgreSQL parts need TEST_DATABASE_URL.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../src/store/engines.testkit.js';
import { startServer, type Server } from './serve.testkit.js';

const BASE = process.env.TEST_DATABASE_URL;
if (!BASE)
  console.warn(
    'serve-faults.e2e: skipped: TEST_DATABASE_URL is not set (a real server is needed).',
  );

const dir = mkdtempSync(join(tmpdir(), 'thrust-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function terminate(base: string, name: string): Promise<number> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    const r = await c.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
      [name],
    );
    return r.rowCount ?? 0;
  } finally {
    await c.end();
  }
}

describe.skipIf(!BASE)('thrust serve on PostgreSQL when its connections are killed', () => {
  it('keeps running, answers again, and stores every acknowledged set', async () => {
    const db = await freshDatabase(BASE ?? '');
    const server = await startServer(['--multi-user'], {
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      DATABASE_URL: db.url,
    });
    let exited: number | null | undefined;
    server.child.on('exit', (code) => (exited = code));
    try {
      const headers = await lifter(server, 'faults@example.com');

      const acknowledged: string[] = [];
      const statuses: number[] = [];
      let writing = true;
      const writer = async () => {
        while (writing) {
          const id = randomUUID();
          const r = await fetch(`${server.url}/api/v1/sets`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              exercise: 'hip-thrust',
              date: '2026-11-02',
              sets: [{ id, load: { value: 95, unit: 'lb' }, reps: 10, clean: true }],
            }),
          });
          await r.arrayBuffer();
          statuses.push(r.status);
          if (r.status === 201) acknowledged.push(id);
        }
      };
      const writers = Array.from({ length: 6 }, writer);
      const name = new URL(db.url).pathname.slice(1);
      let killed = 0;
      for (let round = 0; round < 4; round++) {
        await new Promise((r) => setTimeout(r, 400));
        killed += await terminate(BASE ?? '', name);
      }
      await new Promise((r) => setTimeout(r, 400));
      writing = false;
      await Promise.all(writers);

      expect(killed).toBeGreaterThan(0);
      expect(exited).toBeUndefined();
      expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
      const stored = (await (await fetch(`${server.url}/api/v1/sessions`, { headers })).json()) as {
        sessions: { sets: { id: string }[] }[];
      };
      const ids = new Set(stored.sessions.flatMap((s) => s.sets.map((x) => x.id)));
      expect(acknowledged.length).toBeGreaterThan(5);
      console.info(
        `serve-faults: ${killed} connections killed; statuses ${JSON.stringify(statuses.reduce<Record<number, number>>((t, x) => ({ ...t, [x]: (t[x] ?? 0) + 1 }), {}))}`,
      );
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      expect(await server.stop()).toBe(0);
      await db.drop();
    }
  }, 60_000);
});

/** Sign up, log in and set up a lifter; the headers of their session (stored in the database). */
async function lifter(server: Server, email: string): Promise<Record<string, string>> {
  const enter = (path: string) =>
    fetch(`${server.url}/api/v1/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery' }),
    });
  expect((await enter('signup')).status).toBe(202);
  const login = await enter('login');
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await login.json()) as { csrf: string };
  const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
  const put = await fetch(`${server.url}/api/v1/profile`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ units: 'lb', start: '2026-11-02' }),
  });
  expect(put.status).toBe(200);
  return headers;
}

const KILLS = process.env.THRUST_LONG === '1' ? 20 : 3;

describe.each([
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: !BASE },
])('thrust serve on $name SIGKILLed mid-load', ({ name, skip }) => {
  it.skipIf(skip)(
    `holds every acknowledged set across ${KILLS} kills and restarts`,
    async () => {
      const pgDb = name === 'postgres' ? await freshDatabase(BASE ?? '', 'thrust_kill') : null;
      const file = join(dir, `kill-${Date.now()}.db`);
      const env = {
        HOME: dir,
        XDG_DATA_HOME: join(dir, 'data'),
        ...(pgDb ? { DATABASE_URL: pgDb.url } : { THRUST_DB: file }),
      };
      let server = await startServer(['--multi-user'], env);
      const acknowledged: string[] = [];
      try {
        const headers = await lifter(server, 'killed@example.com');
        for (let k = 0; k < KILLS; k++) {
          let writing = true;
          const url = server.url;
          const writer = async () => {
            while (writing) {
              const id = randomUUID();
              try {
                const r = await fetch(`${url}/api/v1/sets`, {
                  method: 'POST',
                  headers,
                  body: JSON.stringify({
                    exercise: 'hip-thrust',
                    date: '2026-11-02',
                    sets: [{ id, load: { value: 95, unit: 'lb' }, reps: 10, clean: true }],
                  }),
                });
                await r.arrayBuffer();
                if (r.status === 201) acknowledged.push(id);
              } catch {
                return; // the server is gone: this answer never came
              }
            }
          };
          const writers = Array.from({ length: 6 }, writer);
          // Killed mid-load: once a few sets of this round are in, at a random moment after.
          const before = acknowledged.length;
          for (let i = 0; i < 200 && acknowledged.length < before + 3; i++)
            await new Promise((r) => setTimeout(r, 50));
          await new Promise((r) => setTimeout(r, Math.random() * 400));
          const exited = new Promise((r) => server.child.once('exit', r));
          server.child.kill('SIGKILL');
          await exited;
          writing = false;
          await Promise.all(writers);

          server = await startServer(['--multi-user'], env);
          expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
          const stored = (await (
            await fetch(`${server.url}/api/v1/sessions`, { headers })
          ).json()) as { sessions: { sets: { id: string }[] }[] };
          const ids = new Set(stored.sessions.flatMap((s) => s.sets.map((x) => x.id)));
          expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
        }
        expect(acknowledged.length).toBeGreaterThanOrEqual(3 * KILLS);
        console.info(
          `serve-faults: ${name}: ${KILLS} SIGKILLs, ${acknowledged.length} sets acknowledged, all stored`,
        );
      } finally {
        expect(await server.stop()).toBe(0);
        if (pgDb) await pgDb.drop();
        else {
          const db = new Database(file);
          try {
            expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          } finally {
            db.close();
          }
        }
      }
    },
    KILLS * 30_000,
  );
});

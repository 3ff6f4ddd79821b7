/**
 * `thrust serve` as separate processes: two multi-user servers on one database agree on who
 * is logged in and store every write either of them acknowledged. On SQLite always; on
 * PostgreSQL when TEST_DATABASE_URL names a server (.ci/run sets it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CREDENTIAL_TTL_MS } from '../src/http/credential-cache.js';
import { postgresEngine, sqliteEngine, type TestEngine } from '../src/store/engines.testkit.js';
import { BIN, startServer } from './serve.testkit.js';

const dir = mkdtempSync(join(tmpdir(), 'thrust-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `thrust serve` with its data under this test's directory. */
const start = (args: string[], env: Record<string, string>) =>
  startServer(args, { HOME: dir, XDG_DATA_HOME: join(dir, 'data'), ...env });

const pg = process.env.TEST_DATABASE_URL ? postgresEngine() : null;
const engines: { engine: TestEngine; env: (url: string) => Record<string, string> }[] = [
  { engine: sqliteEngine, env: (path) => ({ THRUST_DB: path }) },
  ...(pg ? [{ engine: pg, env: (url: string) => ({ DATABASE_URL: url }) }] : []),
];
if (!pg)
  console.warn(
    'serve.e2e: two servers on PostgreSQL skipped: TEST_DATABASE_URL is not set (a real server is needed; .ci/run sets it).',
  );

describe.each(engines)(
  'two thrust serve processes on one $engine.name database',
  ({ engine, env }) => {
    it('honour a login made on the other, and store every acknowledged write', async () => {
      const db = await engine.setup();
      const servers = [
        await start(['--multi-user'], env(db.url)),
        await start(['--multi-user'], env(db.url)),
      ];
      try {
        const [one, two] = servers.map((s) => s.url) as [string, string];
        const enter = (path: string) =>
          fetch(`${one}/api/v1/auth/${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'two@example.com', password: 'correct horse battery' }),
          });
        expect((await enter('signup')).status).toBe(202);
        const signup = await enter('login');
        expect(signup.status).toBe(200);
        const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const { csrf } = (await signup.json()) as { csrf: string };
        const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
        const me = await (await fetch(`${two}/api/v1/auth/me`, { headers })).json();
        expect(me).toMatchObject({ account: { email: 'two@example.com' } });
        const put = await fetch(`${two}/api/v1/profile`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ units: 'lb', start: '2026-11-02' }),
        });
        expect(put.status).toBe(200);

        const perServer = 40;
        const writes = [one, two].flatMap((base) =>
          Array.from({ length: perServer }, (_, i) =>
            fetch(`${base}/api/v1/sets`, {
              method: 'POST',
              headers,
              body: JSON.stringify({
                exercise: 'hip-thrust',
                date: '2026-11-02',
                sets: [{ load: { value: 95 + (i % 5) * 5, unit: 'lb' }, reps: 10, clean: true }],
              }),
            }).then((r) => r.status),
          ),
        );
        const statuses = await Promise.all(writes);
        const acknowledged = statuses.filter((s) => s === 201).length;
        expect(acknowledged).toBe(2 * perServer);
        const stored = (await (await fetch(`${one}/api/v1/sessions`, { headers })).json()) as {
          sessions: { sets: { seq: number }[] }[];
        };
        const sets = stored.sessions.flatMap((s) => s.sets);
        expect(sets).toHaveLength(acknowledged);
        expect(new Set(sets.map((s) => s.seq)).size).toBe(acknowledged);

        // Logging out everywhere on one server ends the session there at once, and on the
        // other within the bound it may remember a credential (CREDENTIAL_TTL_MS).
        await fetch(`${one}/api/v1/auth/logout-everywhere`, { method: 'POST', headers });
        expect((await fetch(`${one}/api/v1/today`, { headers })).status).toBe(401);
        const ended = performance.now();
        await expect
          .poll(async () => (await fetch(`${two}/api/v1/today`, { headers })).status, {
            timeout: CREDENTIAL_TTL_MS * 3,
            interval: 100,
          })
          .toBe(401);
        expect(performance.now() - ended).toBeLessThan(CREDENTIAL_TTL_MS + 1_500);
      } finally {
        for (const s of servers) expect(await s.stop()).toBe(0);
        await db.teardown();
      }
    });
  },
);

describe('thrust serve in local mode', () => {
  it('refuses to listen beyond loopback without logins', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '--host', '0.0.0.0'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir, XDG_DATA_HOME: join(dir, 'data') },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--host 0\.0\.0\.0: local mode has no login.*--multi-user/s);
  });
});

/**
 * Attacks on the server, on every engine: each route tried with a forged CSRF token and
 * with oversized and malformed bodies; many clients logging into one session at once
 * (stored equals acknowledged); generated histories through backup and restore.
 * (Every route without a login and with another user's ids: src/http/isolation.test.ts.)
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../../src/store/engines.testkit.js';
import type { Store } from '../../src/store/port.js';
import { Client, multiUserApp, type HttpApp } from '../../src/http/http.testkit.js';

const LONG = process.env.THRUST_LONG === '1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PUBLIC = new Set([
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  // Its token is the credential (a link opened from a mail, often not logged in).
  'POST /api/v1/account/verify',
]);

describe.each(ENGINES)('attacks on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: HttpApp;
  let lifter: Client;
  let routes: { method: string; path: string; json: boolean }[];

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = multiUserApp(store);
    lifter = new Client(app);
    await lifter.enter('target@example.com');
    await lifter.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02' });
    const doc = (await lifter.call('GET', '/api/v1/openapi.json')).json as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([m, op]) => ({
        method: m.toUpperCase(),
        path: path
          .replace('{id}', randomUUID())
          .replace('{exercise}', 'hip-thrust')
          .replace('{date}', '2026-11-04'),
        json: !!op.requestBody?.content['application/json'],
      })),
    );
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const count = async () =>
    (await lifter.call('GET', '/api/v1/sessions')).json.sessions as { sets: unknown[] }[];

  it('refuses every cookie write without the right CSRF token, and changes nothing', async () => {
    const before = JSON.stringify(await count());
    const writes = routes.filter(
      (r) => UNSAFE.has(r.method) && !PUBLIC.has(`${r.method} ${r.path}`),
    );
    expect(writes.length).toBeGreaterThan(15);
    for (const r of writes) {
      for (const csrf of [false, 'forged-token', `${lifter.csrf ?? ''}x`] as const) {
        const res = await lifter.call(r.method, r.path, r.json ? {} : undefined, { csrf });
        expect({ route: `${r.method} ${r.path}`, status: res.status }).toEqual({
          route: `${r.method} ${r.path}`,
          status: 403,
        });
      }
    }
    expect(JSON.stringify(await count())).toBe(before);
    // The session still works with its own token.
    expect((await lifter.call('GET', '/api/v1/auth/me')).json.csrf).toBe(lifter.csrf);
  });

  it('answers oversized bodies with 413 and malformed ones with 400 on every JSON route', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(300 * 1024) });
    for (const r of routes.filter((x) => x.json)) {
      const route = `${r.method} ${r.path}`;
      const large = await lifter.call(r.method, r.path, big);
      expect({ route, status: large.status }).toEqual({
        route,
        status: r.path === '/api/v1/restore' ? 422 : 413,
      });
      const broken = await lifter.call(r.method, r.path, '{"units": "lb",');
      expect({ route, status: broken.status }).toEqual({ route, status: 400 });
      expect(broken.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('stores every set of many clients logging into one session at once, each exactly once', async () => {
    const clients = 8;
    const each = LONG ? 50 : 8;
    const results = await Promise.all(
      Array.from({ length: clients }, async () => {
        const statuses: number[] = [];
        for (let i = 0; i < each; i++) {
          const r = await lifter.call('POST', '/api/v1/sets', {
            exercise: 'hip-thrust',
            date: '2026-11-04',
            sets: [{ load: { value: 95, unit: 'lb' }, reps: 12, clean: true }],
          });
          statuses.push(r.status);
        }
        return statuses;
      }),
    );
    const acknowledged = results.flat().filter((s) => s === 201).length;
    expect(acknowledged).toBe(clients * each);
    const day = (await lifter.call('GET', '/api/v1/sessions?since=2026-11-04')).json.sessions as {
      date: string;
      sets: { seq: number }[];
    }[];
    const sets = day.filter((s) => s.date === '2026-11-04').flatMap((s) => s.sets);
    expect(sets).toHaveLength(acknowledged);
    expect(new Set(sets.map((s) => s.seq)).size).toBe(acknowledged);
  });

  it(
    'round-trips generated histories through backup and restore',
    { timeout: LONG ? 900_000 : 60_000 },
    async () => {
      const setArb = fc.record({
        exercise: fc.constantFrom('hip-thrust', 'single-leg-hip-thrust', 'back-squat', 'deadlift'),
        value: fc.double({ min: 0, max: 600, noNaN: true }).map((v) => Math.round(v * 4) / 4),
        reps: fc.integer({ min: 1, max: 30 }),
        clean: fc.boolean(),
        note: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(setArb, { minLength: 1, maxLength: 4 }), {
            minLength: 1,
            maxLength: 6,
          }),
          async (days) => {
            const from = new Client(app);
            await from.enter(`from-${randomUUID()}@example.com`);
            await from.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-10-05' });
            for (const [i, sets] of days.entries())
              for (const s of sets) {
                const r = await from.call('POST', '/api/v1/sets', {
                  exercise: s.exercise,
                  date: `2026-10-${String(5 + i).padStart(2, '0')}`,
                  sets: [
                    {
                      load: { value: s.value, unit: 'lb' },
                      reps: s.reps,
                      clean: s.clean,
                      note: s.note,
                      side: s.exercise === 'single-leg-hip-thrust' ? 'left' : null,
                    },
                  ],
                });
                expect(r.status).toBe(201);
              }
            await from.call('POST', '/api/v1/measurements', { value: 100, date: '2026-10-01' });
            const backup = (await from.call('GET', '/api/v1/export?format=json')).text;
            // Into a fresh database of the same engine, as a move to a new server would.
            const other = await engine.setup();
            const opened = await other.open();
            if (!opened.ok) throw new Error(JSON.stringify(opened.error));
            try {
              const into = new Client(multiUserApp(opened.value));
              await into.enter('into@example.com');
              expect((await into.call('POST', '/api/v1/restore', backup)).status).toBe(200);
              const again = (await into.call('GET', '/api/v1/export?format=json')).text;
              const strip = (t: string) => t.replace(/"exportedAt": "[^"]*"/, '');
              expect(strip(again)).toBe(strip(backup));
            } finally {
              await opened.value.close();
              await other.teardown();
            }
          },
        ),
        { numRuns: LONG ? 100 : engine.name === 'sqlite' ? 8 : 3 },
      );
    },
  );
});

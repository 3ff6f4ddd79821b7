/**
 * Tenant isolation over every route the OpenAPI document lists: another user's ids give 404
 * (or a refusal), never their data, and nothing of theirs changes; the same for their ids
 * sent in a body (a set logged with their set's id, a restore of a backup with their ids).
 * The routes come from /api/v1/openapi.json, so a route added later is covered without
 * touching this file.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, PNG, type HttpApp } from './http.testkit.js';

/** Bodies that pass validation, so a request reaches the lookup by id. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/v1/sets/{id}': { reps: 1 },
  'PUT /api/v1/athletes/{id}/plan': { goal: 'athletic' },
};
const PUBLIC = new Set(['POST /api/v1/auth/signup', 'POST /api/v1/auth/login']);
const OPEN = new Set([
  ...PUBLIC,
  // An email confirmation link's token is its own credential.
  'GET /api/v1/account/verify',
  'POST /api/v1/account/verify',
  'GET /api/v1/health',
  'GET /api/v1/auth/me',
  'GET /api/v1/openapi.json',
  'GET /api/v1/schemas/backup.json',
]);
const MARK = 'victim-only-7d3f';

interface Route {
  method: string;
  path: string;
}

describe.each(ENGINES)('tenant isolation on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: HttpApp;
  let victim: Client;
  let intruder: Client;
  let routes: Route[];
  /** Everything identifying the victim's rows. */
  let secrets: string[];
  let snapshot: string;

  const backupOf = async (c: Client) => {
    const r = await c.call('GET', '/api/v1/export?format=json');
    return r.text.replace(/"exportedAt": "[^"]*"/, '');
  };

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = multiUserApp(store);
    victim = new Client(app);
    intruder = new Client(app);
    await victim.enter('victim@example.com');
    await intruder.enter('intruder@example.com');
    await intruder.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02' });
    await victim.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02', name: MARK });
    const sets = await victim.call('POST', '/api/v1/sets', {
      exercise: 'hip-thrust',
      date: '2026-11-02',
      sets: [{ load: { value: 95, unit: 'lb' }, reps: 12, clean: true, note: MARK }],
    });
    await victim.call('POST', '/api/v1/measurements', {
      value: 40,
      note: MARK,
      date: '2026-11-01',
    });
    const photo = await victim.call('POST', `/api/v1/photos?note=${MARK}&date=2026-11-01`, PNG, {
      contentType: 'image/png',
    });
    const token = await victim.call('POST', '/api/v1/tokens', {
      label: MARK,
      password: 'correct horse battery',
    });
    const link = await victim.call('POST', '/api/v1/coach/invites', {
      email: 'someone@example.com',
    });
    const stored = (sets.json.sets as { id: string; sessionId: string }[])[0];
    secrets = [
      victim.user ?? '',
      stored?.id ?? '',
      stored?.sessionId ?? '',
      photo.json.id as string,
      token.json.id as string,
      link.json.id as string,
      MARK,
      'victim@example.com',
    ];
    expect(secrets.every((s) => s.length > 0)).toBe(true);
    const doc = await victim.call('GET', '/api/v1/openapi.json');
    routes = Object.entries(doc.json.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })),
    );
    snapshot = await backupOf(victim);
    expect(snapshot).toContain(MARK);
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const tryRoute = async (as: Client, r: Route, id: string) => {
    const path = r.path.replace('{id}', encodeURIComponent(id));
    const key = `${r.method} ${r.path}`;
    const body = BODIES[key] ?? (r.method === 'GET' || r.method === 'DELETE' ? undefined : {});
    return as.call(r.method, path, body);
  };

  it('lists every kind of route', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => r.path.includes('{id}')).length).toBeGreaterThan(8);
  });

  it('answers 401 on every route but the public ones when nobody is logged in', async () => {
    const anon = new Client(app);
    for (const r of routes) {
      if (OPEN.has(`${r.method} ${r.path}`) || r.path.endsWith('/docs')) continue;
      const res = await tryRoute(anon, r, secrets[1] ?? '');
      expect({ route: `${r.method} ${r.path}`, status: res.status }).toEqual({
        route: `${r.method} ${r.path}`,
        status: 401,
      });
    }
  });

  it('gives another user 404 for each of the victim’s ids on every route, and none of their data', async () => {
    for (const r of routes.filter((r) => r.path.includes('{id}'))) {
      for (const id of secrets.slice(0, 6)) {
        const res = await tryRoute(intruder, r, id);
        const route = `${r.method} ${r.path} with ${id}`;
        expect({ route, status: res.status }).toEqual({ route, status: 404 });
        // The 404 may echo the id that was sent; nothing else of the victim's.
        for (const s of secrets) if (s !== id) expect(res.text, route).not.toContain(s);
      }
    }
    for (const r of routes.filter(
      (r) => !r.path.includes('{id}') && !PUBLIC.has(`${r.method} ${r.path}`),
    )) {
      if (r.method !== 'GET') continue;
      const res = await tryRoute(intruder, r, '');
      for (const s of secrets) expect(res.text, `${r.method} ${r.path}`).not.toContain(s);
    }
    expect(await backupOf(victim)).toBe(snapshot);
  });

  it('holds for random routes, ids and users (property)', async () => {
    const idRoutes = routes.filter((r) => r.path.includes('{id}'));
    const bystander = new Client(app);
    await bystander.enter('bystander@example.com');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...idRoutes),
        fc.oneof(
          fc.constantFrom(...secrets.slice(0, 6)),
          fc.uuid(),
          fc.string({ minLength: 1, maxLength: 40 }),
        ),
        fc.constantFrom('intruder', 'bystander'),
        async (route, id, who) => {
          const res = await tryRoute(who === 'intruder' ? intruder : bystander, route, id);
          expect([404, 422]).toContain(res.status);
          for (const s of secrets) if (s !== id) expect(res.text).not.toContain(s);
        },
      ),
      { numRuns: 150 },
    );
    expect(await backupOf(victim)).toBe(snapshot);
  });

  it('refuses another user’s set id in a POST /sets body, and stores nothing of it', async () => {
    const [, set] = secrets;
    const res = await intruder.call('POST', '/api/v1/sets', {
      exercise: 'hip-thrust',
      date: '2026-11-03',
      sets: [{ id: set, load: { value: 500, unit: 'lb' }, reps: 1, clean: true }],
    });
    expect(res.status).toBe(409);
    for (const s of secrets) if (s !== set) expect(res.text).not.toContain(s);
    const mine = await intruder.call('GET', '/api/v1/sessions');
    expect(JSON.stringify(mine.json)).not.toContain(set);
    expect(await backupOf(victim)).toBe(snapshot);
  });

  it('refuses a restore carrying any one of another user’s ids, storing nothing (property)', async () => {
    const theirs = JSON.parse((await victim.call('GET', '/api/v1/export?format=json')).text) as {
      plans: { id: string }[];
      sessions: { id: string; planId: string | null; sets: { id: string; sessionId: string }[] }[];
      measurements: { id: string }[];
      photos: { id: string }[];
      photoFiles: { photoId: string }[];
    };
    const kinds = ['plan', 'set', 'session', 'measurement', 'photo'] as const;
    expect(theirs.plans.length).toBeGreaterThan(0);
    expect(theirs.photos).toHaveLength(1);
    /** The victim's backup with every id new but those of one kind. */
    const rekeyed = (keep: (typeof kinds)[number]) => {
      const b = structuredClone(theirs);
      const fresh = (kind: (typeof kinds)[number], id: string) =>
        kind === keep ? id : `${kind}-${randomUUID()}`;
      const plans = new Map(b.plans.map((p) => [p.id, fresh('plan', p.id)]));
      for (const p of b.plans) p.id = plans.get(p.id) ?? p.id;
      for (const s of b.sessions) {
        const sessionId = fresh('session', s.id);
        s.id = sessionId;
        if (s.planId) s.planId = plans.get(s.planId) ?? s.planId;
        for (const x of s.sets) {
          x.id = fresh('set', x.id);
          x.sessionId = sessionId;
        }
      }
      for (const m of b.measurements) m.id = fresh('measurement', m.id);
      const photo = fresh('photo', b.photos[0]?.id ?? '');
      for (const p of b.photos) p.id = photo;
      for (const f of b.photoFiles) f.photoId = photo;
      return b;
    };
    const restorer = new Client(app);
    await restorer.enter('restorer@example.com');
    // With every id new, the same backup restores (so a refusal below is the kept id's doing).
    const other = new Client(app);
    await other.enter('other-restorer@example.com');
    const none = rekeyed('set');
    for (const x of none.sessions.flatMap((s) => s.sets)) x.id = randomUUID();
    const fine = await other.call('POST', '/api/v1/restore', none);
    expect(fine.status, fine.text).toBe(200);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), async (keep) => {
        const res = await restorer.call('POST', '/api/v1/restore', rekeyed(keep));
        expect({ keep, status: res.status }).toEqual({ keep, status: 409 });
        expect(res.json.detail).toMatch(/^Some ids in this backup cannot be used here/);
        for (const s of secrets) expect(res.text).not.toContain(s);
        expect((await restorer.call('GET', '/api/v1/sessions')).json.sessions).toEqual([]);
      }),
      { numRuns: 12 },
    );
    expect(await backupOf(victim)).toBe(snapshot);
  });
});

/** The HTTP API over a real store, on every engine: the same use cases as the CLI. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';

describe.each(ENGINES)('HTTP API on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: ReturnType<typeof createHttpApp>;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const user = await store.user('local');
    app = createHttpApp(
      { store, now: () => new Date(2026, 10, 6, 18, 0), newId: randomUUID },
      { kind: 'local', user },
      { log: () => {} },
    );
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      ...(body !== undefined && {
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      }),
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      json: (await res.json()) as Record<string, unknown>,
    };
  };

  it('asks for setup first, as problem details', async () => {
    const r = await call('GET', '/api/v1/today');
    expect(r).toMatchObject({
      status: 409,
      type: 'application/problem+json',
      json: { title: 'not-set-up', status: 409 },
    });
  });

  it('sets up, shows today, logs sets and derives the next load', async () => {
    const init = await call('PUT', '/api/v1/profile', {
      units: 'lb',
      goal: 'accessory',
      working: { load: 95, reps: 12 },
      start: '2026-11-02',
    });
    expect(init.status).toBe(200);
    const today = await call('GET', '/api/v1/today?date=2026-11-02');
    expect(today.json).toMatchObject({ kind: 'training', day: { id: 'w1d1' } });
    const logged = await call('POST', '/api/v1/sets', {
      exercise: 'hip-thrust',
      date: '2026-11-02',
      sets: [1, 2, 3].map(() => ({ load: { value: 95, unit: 'lb' }, reps: 12, clean: true })),
    });
    expect(logged.status).toBe(201);
    expect((logged.json.sets as unknown[]).length).toBe(3);
    const next = await call('GET', '/api/v1/next?date=2026-11-03');
    const items = next.json.items as {
      exercise: { id: string };
      prescription: { load: { value: number }; reps: number };
    }[];
    expect(items.find((i) => i.exercise.id === 'barbell-hip-thrust')?.prescription).toMatchObject({
      load: { value: 105 },
      reps: 10,
    });
  });

  it('changes settings, keeps the rest, and refuses values out of range by name', async () => {
    const before = (await call('GET', '/api/v1/profile')).json.settings as Record<string, unknown>;
    const r = await call('PATCH', '/api/v1/settings', { stallAfter: 4, formula: 'brzycki' });
    expect(r).toMatchObject({ status: 200, json: { stallAfter: 4, formula: 'brzycki' } });
    expect(r.json.deloadPercent).toBe(before.deloadPercent);
    expect((await call('GET', '/api/v1/profile')).json.settings).toEqual(r.json);
    const bad = await call('PATCH', '/api/v1/settings', { deloadPercent: 90, colour: 'red' });
    expect(bad.status).toBe(422);
    expect((bad.json.errors as { field: string }[]).map((e) => e.field)).toEqual(
      expect.arrayContaining(['deloadPercent']),
    );
    expect((await call('GET', '/api/v1/profile')).json.settings).toEqual(r.json);
  });

  it('is idempotent on set ids, so a retried request stores a set once', async () => {
    const id = randomUUID();
    const body = {
      exercise: 'deadlift',
      date: '2026-11-04',
      sets: [{ id, load: { value: 225, unit: 'lb' }, reps: 5, clean: true }],
    };
    await call('POST', '/api/v1/sets', body);
    await call('POST', '/api/v1/sets', body);
    const sessions = await call('GET', '/api/v1/sessions?exercise=deadlift');
    const sets = (sessions.json.sessions as { sets: { id: string }[] }[]).flatMap((s) => s.sets);
    expect(sets.filter((s) => s.id === id)).toHaveLength(1);
  });

  it('projects only the main lift toward the hip thrust target', async () => {
    for (const [date, load] of [
      ['2026-11-02', 205],
      ['2026-11-05', 215],
    ] as const)
      await call('POST', '/api/v1/sets', {
        exercise: 'deadlift',
        date,
        sets: [{ load: { value: load, unit: 'lb' }, reps: 5, clean: true }],
      });
    type Track = { exercise: string; measure: string; projection: { kind: string } | null };
    const dead = (await call('GET', '/api/v1/stats/deadlift')).json.tracks as Track[];
    // Three deadlift sessions with an e1RM (225, 205, 215 lb x 5): enough for a projection,
    // were there a target for it.
    expect(dead.filter((t) => t.measure === 'e1rm').length).toBeGreaterThan(0);
    expect(dead.map((t) => t.projection)).toEqual(dead.map(() => null));
    const overview = (await call('GET', '/api/v1/stats')).json.tracks as Track[];
    expect(overview.filter((t) => t.exercise === 'deadlift').map((t) => t.projection)).toEqual(
      overview.filter((t) => t.exercise === 'deadlift').map(() => null),
    );
    const main = overview.filter((t) => t.exercise === 'barbell-hip-thrust');
    expect(main.some((t) => t.projection !== null)).toBe(true);
  });

  it('corrects and removes a set; unknown ids are 404', async () => {
    const sessions = await call('GET', '/api/v1/sessions?exercise=hip-thrust');
    const id = (sessions.json.sessions as { sets: { id: string }[] }[])[0]?.sets[0]?.id ?? '';
    expect((await call('PATCH', `/api/v1/sets/${id}`, { reps: 10 })).json).toMatchObject({
      id,
      reps: 10,
    });
    expect((await call('DELETE', `/api/v1/sets/${id}`)).status).toBe(200);
    expect((await call('DELETE', `/api/v1/sets/${id}`)).status).toBe(404);
    expect((await call('PATCH', '/api/v1/sets/nope', { reps: 3 })).status).toBe(404);
  });

  it.each([
    [
      'a negative load',
      { exercise: 'hip-thrust', sets: [{ load: { value: -5, unit: 'lb' }, reps: 5 }] },
      'sets.0.load.value',
    ],
    [
      'zero reps',
      { exercise: 'hip-thrust', sets: [{ load: { value: 95, unit: 'lb' }, reps: 0 }] },
      'sets.0.reps',
    ],
    [
      'an unknown field',
      {
        exercise: 'hip-thrust',
        sets: [{ load: { value: 95, unit: 'lb' }, reps: 5 }],
        mood: 'great',
      },
      '(body)',
    ],
    [
      'an unknown field in a set',
      {
        exercise: 'hip-thrust',
        sets: [{ load: { value: 95, unit: 'lb' }, reps: 5, tempo: '3-1-1' }],
      },
      'sets.0',
    ],
    [
      'an unknown exercise',
      { exercise: 'hip thurst', sets: [{ load: { value: 95, unit: 'lb' }, reps: 5 }] },
      'exercise',
    ],
  ])('rejects %s with 422 naming the field', async (_what, body, field) => {
    const r = await call('POST', '/api/v1/sets', body);
    expect(r.status).toBe(422);
    expect(r.type).toBe('application/problem+json');
    expect((r.json.errors as { field: string }[]).map((e) => e.field)).toContain(field);
  });

  it('rejects malformed JSON and oversized bodies', async () => {
    const malformed = await call('POST', '/api/v1/sets', '{"exercise": ');
    expect(malformed).toMatchObject({ status: 400, type: 'application/problem+json' });
    expect(malformed.json.detail).toMatch(/JSON/);
    const big = {
      exercise: 'hip-thrust',
      sets: [{ load: { value: 95, unit: 'lb' }, reps: 5, note: 'x'.repeat(300 * 1024) }],
    };
    const r = await call('POST', '/api/v1/sets', big);
    expect(r).toMatchObject({ status: 413, json: { title: 'too-large' } });
  });

  it('describes itself as OpenAPI 3.1', async () => {
    const doc = await call('GET', '/api/v1/openapi.json');
    expect(doc.json.openapi).toBe('3.1.0');
    expect(Object.keys(doc.json.paths as object)).toEqual(
      expect.arrayContaining([
        '/api/v1/today',
        '/api/v1/sets',
        '/api/v1/sets/{id}',
        '/api/v1/stats',
        '/api/v1/profile',
      ]),
    );
    const stats = await call('GET', '/api/v1/stats');
    expect(stats.status).toBe(200);
    expect((await call('GET', '/api/v1/nowhere')).status).toBe(404);
  });
});

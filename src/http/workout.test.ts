/**
 * A whole workout over the HTTP API, on every engine: last time beside each prescription,
 * a record notice in the log response, the lifter's own exercises, each session's span,
 * and moving or deleting a whole session.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';

describe.each(ENGINES)('a whole workout over HTTP on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: ReturnType<typeof createHttpApp>;
  let minute = 0;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const user = await store.user('local');
    // Each request a minute after the last, so a session has a start and an end.
    app = createHttpApp(
      { store, now: () => new Date(2026, 10, 6, 18, minute++), newId: randomUUID },
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
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      }),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const sets = (load: number, reps: number[]) =>
    reps.map((r) => ({ load: { value: load, unit: 'lb' }, reps: r, clean: true }));

  it('logs a leg day, says last time, and tells a record when one falls', async () => {
    const init = await call('PUT', '/api/v1/profile', {
      units: 'lb',
      goal: 'accessory',
      working: { load: 95, reps: 12 },
      start: '2026-11-02',
    });
    expect(init.status).toBe(200);
    const first = await call('POST', '/api/v1/sets', {
      exercise: 'hip-thrust',
      date: '2026-11-02',
      sets: sets(95, [12, 12, 12]),
    });
    expect(first.status).toBe(201);
    // The first time a lift is logged it beats nothing: it is the baseline.
    expect(first.json.records).toEqual([]);
    const split = await call('POST', '/api/v1/sets', {
      exercise: 'Bulgarian Split Squat',
      date: '2026-11-02',
      sets: sets(25, [10, 10]),
    });
    expect([split.status, split.json.exercise]).toEqual([201, 'bulgarian-split-squat']);

    // A name the catalogue lacks is the lifter's own only when they say so.
    const unknown = await call('POST', '/api/v1/sets', {
      exercise: 'Cossack Squat',
      date: '2026-11-02',
      sets: sets(20, [8]),
    });
    expect(unknown.status).toBe(422);
    expect(String(unknown.json.detail)).toMatch(/unknown exercise "Cossack Squat".*custom/);
    const own = await call('POST', '/api/v1/sets', {
      exercise: 'Cossack Squat',
      custom: true,
      date: '2026-11-02',
      sets: [...sets(30, [5]), ...sets(20, [8])],
    });
    expect([own.status, own.json.exercise]).toEqual([201, 'custom:cossack-squat']);

    const today = await call('GET', '/api/v1/today?date=2026-11-04');
    const items = today.json.items as { exercise: { id: string }; lastTime: unknown }[];
    const main = items.find((i) => i.exercise.id === 'barbell-hip-thrust');
    expect(main?.lastTime).toEqual({
      date: '2026-11-02',
      sets: [12, 12, 12].map((reps) => ({
        load: { value: 95, unit: 'lb' },
        reps,
        side: null,
        band: null,
        clean: true,
      })),
    });

    const heavier = await call('POST', '/api/v1/sets', {
      exercise: 'hip-thrust',
      date: '2026-11-04',
      sets: sets(105, [10]),
    });
    expect(heavier.json.records).toEqual([
      {
        kind: 'load',
        set: { load: { value: 105, unit: 'lb' }, reps: 10 },
        previous: { load: { value: 95, unit: 'lb' }, reps: 12 },
      },
      expect.objectContaining({
        kind: 'e1rm',
        set: { load: { value: 105, unit: 'lb' }, reps: 10 },
      }),
    ]);
    const more = await call('POST', '/api/v1/sets', {
      exercise: 'Cossack Squat',
      date: '2026-11-04',
      sets: sets(20, [10]),
    });
    // Not the heaviest set (30 x 5 is), but the most reps ever done at 20 lb.
    expect(more.json.records).toEqual([{ kind: 'reps', load: 20, reps: 10, previous: 8 }]);
  });

  it('shows each session’s start and end, and moves and deletes whole sessions', async () => {
    const history = await call('GET', '/api/v1/sessions');
    const list = history.json.sessions as {
      date: string;
      span: { start: string; end: string; minutes: number } | null;
    }[];
    const nov2 = list.find((s) => s.date === '2026-11-02');
    expect(nov2?.span?.minutes).toBeGreaterThanOrEqual(2);
    expect(nov2?.span && nov2.span.start < nov2.span.end).toBe(true);

    expect(
      (await call('PATCH', '/api/v1/sessions/2026-11-02', { date: '2026-11-04' })).status,
    ).toBe(409);
    expect(
      (await call('PATCH', '/api/v1/sessions/2026-11-01', { date: '2026-11-03' })).status,
    ).toBe(404);
    const future = await call('PATCH', '/api/v1/sessions/2026-11-02', { date: '2026-12-01' });
    expect([future.status, future.json.detail]).toEqual([
      422,
      'to: 2026-12-01 is in the future; move a session to 2026-11-06 or before',
    ]);
    const moved = await call('PATCH', '/api/v1/sessions/2026-11-02', { date: '2026-11-03' });
    expect(moved).toMatchObject({ status: 200, json: { from: '2026-11-02', to: '2026-11-03' } });

    const gone = await call('DELETE', '/api/v1/sessions/2026-11-04');
    expect(gone.status).toBe(200);
    expect((gone.json.sets as unknown[]).length).toBe(2);
    expect((await call('DELETE', '/api/v1/sessions/2026-11-04')).status).toBe(404);
    const after = (await call('GET', '/api/v1/sessions')).json.sessions as { date: string }[];
    expect(after.map((s) => s.date)).toEqual(['2026-11-03']);
    // What follows is derived without the deleted session: the last time is the moved one.
    const today = await call('GET', '/api/v1/today?date=2026-11-06');
    const items = (today.json.items ?? []) as { exercise: { id: string }; lastTime: unknown }[];
    for (const i of items.filter((x) => x.exercise.id === 'barbell-hip-thrust'))
      expect(i.lastTime).toMatchObject({ date: '2026-11-03' });
  });
});

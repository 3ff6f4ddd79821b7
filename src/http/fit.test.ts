/**
 * Garmin FIT files over HTTP on every engine: a logged session as an activity, the next
 * session as a workout, their headers, and the problems for a day with no session or no date.
 */
import { randomUUID } from 'node:crypto';
import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, NOW, type HttpApp } from './http.testkit.js';

async function bytesOf(app: HttpApp, path: string) {
  const res = await app.request(`http://127.0.0.1${path}`);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

function read(bytes: Uint8Array) {
  expect(new Decoder(Stream.fromByteArray(Array.from(bytes))).checkIntegrity()).toBe(true);
  const { messages, errors } = new Decoder(Stream.fromByteArray(Array.from(bytes))).read();
  expect(errors).toEqual([]);
  return messages;
}

describe.each(ENGINES)('FIT files over HTTP on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: HttpApp;
  let lifter: Client;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const user = await store.user('local');
    app = createHttpApp(
      { store, now: NOW, newId: randomUUID },
      { kind: 'local', user },
      { log: () => {} },
    );
    lifter = new Client(app);
    await lifter.call('PUT', '/api/v1/profile', { units: 'kg', start: '2026-11-02' });
    const log = (body: unknown) => lifter.call('POST', '/api/v1/sets', body);
    expect(
      (
        await log({
          exercise: 'barbell-hip-thrust',
          date: '2026-11-04',
          sets: [
            { load: { value: 80, unit: 'kg' }, reps: 10, clean: true, rpe: 8 },
            { load: { value: 80, unit: 'kg' }, reps: 9, clean: false },
          ],
        })
      ).status,
    ).toBe(201);
    await log({
      exercise: 'single-leg-hip-thrust',
      date: '2026-11-04',
      sets: [
        { load: { value: 0, unit: 'kg' }, reps: 12, side: 'left', holdSeconds: 2 },
        { load: { value: 0, unit: 'kg' }, reps: 11, side: 'right', holdSeconds: 2 },
      ],
    });
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('sends a session as a FIT activity that both decoders read alike', async () => {
    const { res, bytes } = await bytesOf(app, '/api/v1/sessions/2026-11-04/fit');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.ant.fit');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="thrust-2026-11-04.fit"',
    );
    const sets = (read(bytes).setMesgs ?? []).filter((s) => s.setType === 'active');
    expect(sets.map((s) => [s.repetitions, s.weight, s.category?.[0]])).toEqual([
      [10, 80, 'hipRaise'],
      [9, 80, 'hipRaise'],
      [12, undefined, 'hipRaise'],
      [11, undefined, 'hipRaise'],
    ]);
    const parsed = (await new FitParser({ mode: 'list' }).parseAsync(
      Buffer.from(bytes),
    )) as unknown as { sets: Record<string, unknown>[] };
    const active = parsed.sets.filter((s) => s.set_type === 'active');
    expect(
      active.map((s) => [s.repetitions, s.weight, s.side ?? null, s.top_hold ?? null]),
    ).toEqual([
      [10, 80, null, null],
      [9, 80, null, null],
      [12, undefined, 'left', 2],
      [11, undefined, 'right', 2],
    ]);
  });

  it('sends the next session as a FIT workout', async () => {
    const { res, bytes } = await bytesOf(app, '/api/v1/workout.fit');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.ant.fit');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="thrust-workout-2026-11-\d\d\.fit"$/,
    );
    const m = read(bytes);
    expect(m.fileIdMesgs?.[0]?.type).toBe('workout');
    const steps = m.workoutStepMesgs ?? [];
    const work = steps.filter((s) => s.intensity === 'active');
    expect(work.length).toBeGreaterThan(0);
    expect(work.every((s) => s.durationType === 'reps')).toBe(true);
    expect(steps.filter((s) => s.intensity === 'rest')).toHaveLength(work.length - 1);
  });

  it('answers a day with no session with a 404, and a day that is not one with a 422', async () => {
    const none = await lifter.call('GET', '/api/v1/sessions/2026-11-05/fit');
    expect(none.status).toBe(404);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(none.json.detail).toMatch(/No session on 2026-11-05/);
    const bad = await lifter.call('GET', '/api/v1/sessions/2026-02-30/fit');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toMatch(/2026-02-30 is not a day of the calendar/);
    const over = await lifter.call('GET', '/api/v1/workout.fit?date=2027-12-01');
    expect(over.status).toBe(404);
    expect(over.json.detail).toMatch(/No session of the plan is left from 2027-12-01 on/);
  });

  it('is in the OpenAPI document as a FIT download', async () => {
    const doc = (await lifter.call('GET', '/api/v1/openapi.json')).json as {
      paths: Record<string, { get?: { responses: Record<string, { content?: object }> } }>;
    };
    for (const path of ['/api/v1/sessions/{date}/fit', '/api/v1/workout.fit'])
      expect(Object.keys(doc.paths[path]?.get?.responses['200']?.content ?? {})).toEqual([
        'application/vnd.ant.fit',
      ]);
  });
});

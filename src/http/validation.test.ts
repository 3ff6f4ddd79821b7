/**
 * One validation for every entry point: a correction (PATCH) refuses what logging (POST)
 * refuses, and a NUL character anywhere gets the same 422 on both engines (PostgreSQL gave
 * a 500, and SQLite stored it).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../app/backup.js';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, multiUserApp, NOW, PNG } from './http.testkit.js';

const lb = (value: number) => ({ value, unit: 'lb' });

describe.each(ENGINES)('one validation for every entry point on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let lifter: Client;
  let twoSided: string;
  let oneSided: string;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const user = await store.user('local');
    lifter = new Client(
      createHttpApp(
        { store, now: NOW, newId: randomUUID },
        { kind: 'local', user },
        { log: () => {} },
      ),
    );
    await lifter.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02' });
    const both = await lifter.call('POST', '/api/v1/sets', {
      exercise: 'hip-thrust',
      date: '2026-11-02',
      sets: [{ load: lb(95), reps: 12 }],
    });
    twoSided = (both.json.sets as { id: string }[])[0]?.id ?? '';
    const one = await lifter.call('POST', '/api/v1/sets', {
      exercise: 'single-leg-hip-thrust',
      date: '2026-11-02',
      sets: [{ load: lb(0), reps: 10, side: 'left' }],
    });
    oneSided = (one.json.sets as { id: string }[])[0]?.id ?? '';
    expect([twoSided, oneSided].every(Boolean)).toBe(true);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const post = (set: Record<string, unknown>, exercise = 'hip-thrust') =>
    lifter.call('POST', '/api/v1/sets', {
      exercise,
      date: '2026-11-02',
      sets: [{ load: lb(95), reps: 10, ...set }],
    });

  it.each([
    ['a load over 1500 lb', { load: lb(1501) }, 'load'],
    ['a load over 680 kg', { load: { value: 681, unit: 'kg' } }, 'load'],
    ['a load of 1e308', { load: lb(1e308) }, 'load'],
    ['101 reps', { reps: 101 }, 'reps'],
    ['half a rep', { reps: 9.5 }, 'reps'],
    ['a side on a two-sided lift', { side: 'left' }, 'side'],
  ])('PATCH refuses %s as POST does, and the set stays as it was', async (_, change, field) => {
    expect((await post(change)).status).toBe(422);
    const r = await lifter.call('PATCH', `/api/v1/sets/${twoSided}`, change);
    expect(r.status).toBe(422);
    expect(JSON.stringify(r.json.errors)).toContain(field);
    const kept = await store.getSet(await store.user('local'), twoSided);
    expect(kept).toMatchObject({ load: lb(95), reps: 12, side: null });
  });

  it.each([
    [
      'POST /sets',
      'POST',
      '/api/v1/sets',
      { exercise: 'hip-thrust', sets: [{ load: lb(95), reps: 10 }] },
    ],
    ['GET /today', 'GET', '/api/v1/today', undefined],
    ['GET /sessions', 'GET', '/api/v1/sessions', undefined],
    [
      'POST /measurements',
      'POST',
      '/api/v1/measurements',
      { kind: 'hip-circumference', value: 100, unit: 'cm' },
    ],
  ] as const)(
    '%s takes a calendar day from 1970 to 2099, as the CLI does',
    async (_, method, path, body) => {
      const user = await store.user('local');
      const before = JSON.stringify([await store.sessions(user), await store.measurements(user)]);
      const key = path.endsWith('/sessions') ? 'since' : 'date';
      for (const [day, words] of [
        ['1800-01-01', /outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year/],
        ['9999-12-31', /outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year/],
        ['2026-02-30', /2026-02-30 is not a day of the calendar/],
        ['02/11/2026', /expected a date as YYYY-MM-DD/],
      ] as const) {
        const r =
          method === 'GET'
            ? await lifter.call('GET', `${path}?${key}=${day}`)
            : await lifter.call(method, path, { ...body, [key]: day });
        expect({ day, status: r.status }).toEqual({ day, status: 422 });
        expect(r.text).toMatch(words);
        expect(JSON.stringify(r.json.errors)).toContain(key);
      }
      expect(JSON.stringify([await store.sessions(user), await store.measurements(user)])).toBe(
        before,
      );
    },
  );

  it('PATCH refuses taking the side off a single-sided set, and takes a change of side', async () => {
    expect((await lifter.call('PATCH', `/api/v1/sets/${oneSided}`, { side: null })).status).toBe(
      422,
    );
    const r = await lifter.call('PATCH', `/api/v1/sets/${oneSided}`, { side: 'right' });
    expect(r).toMatchObject({ status: 200, json: { side: 'right' } });
    const ok = await lifter.call('PATCH', `/api/v1/sets/${twoSided}`, { load: lb(1500) });
    expect(ok.status).toBe(200);
  });

  const nul = 'pad on\u0000';

  it.each([
    ['a set note', () => post({ note: nul })],
    ['an exercise name', () => post({}, `hip-thrust${nul}`)],
    ['a correction', () => lifter.call('PATCH', `/api/v1/sets/${twoSided}`, { note: nul })],
    [
      'a measurement note',
      () => lifter.call('POST', '/api/v1/measurements', { value: 40, note: nul }),
    ],
    [
      'a JSON key',
      () => lifter.call('POST', '/api/v1/tests', { kind: 'sprint', seconds: 3, ['x\u0000']: 1 }),
    ],
    [
      'a photo name',
      () => lifter.call('POST', '/api/v1/photos?name=a%00.png', PNG, { contentType: 'image/png' }),
    ],
    ['a set id in the path', () => lifter.call('DELETE', '/api/v1/sets/abc%00')],
    [
      'an imported file',
      () =>
        lifter.call(
          'POST',
          '/api/v1/import?filename=x.csv&units=lb',
          'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Notes\n2026-11-01 10:00:00,A,Hip Thrust (Barbell),1,95,10,pad\u0000on\n',
          { contentType: 'text/csv' },
        ),
    ],
    [
      'a restored backup',
      () =>
        lifter.call('POST', '/api/v1/restore', {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          exportedAt: '2026-11-06T18:00:00.000Z',
          profile: null,
          plans: [],
          sessions: [],
          measurements: [],
          tests: [],
          photos: [{ id: 'p1', date: '2026-11-01', path: nul, note: null }],
          mappings: [],
        }),
    ],
  ])('a NUL in %s is a 422, and nothing is stored', async (_, send) => {
    const user = await store.user('local');
    const before = JSON.stringify([await store.sessions(user), await store.photos(user)]);
    const r = await send();
    expect(r.status).toBe(422);
    expect(r.text).toMatch(/NUL/);
    expect(JSON.stringify([await store.sessions(user), await store.photos(user)])).toBe(before);
  });

  it('a NUL in a token label is a 422 (multi-user mode)', async () => {
    const c = new Client(multiUserApp(store));
    expect((await c.enter(`${randomUUID()}@example.com`)).status).toBe(200);
    const r = await c.call('POST', '/api/v1/tokens', { label: nul });
    expect(r.status).toBe(422);
    expect((await c.call('GET', '/api/v1/tokens')).json.tokens).toEqual([]);
  });
});

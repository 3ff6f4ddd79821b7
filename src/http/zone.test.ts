/** "Today" is the lifter's day: the zone a page sends decides it, not the server's clock. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, type HttpApp } from './http.testkit.js';

// 10:30 UTC on Mon 2 Nov: already Tue 3 Nov on Kiritimati (UTC+14), still Sun 1 Nov in
// Pago Pago (UTC-11).
const NOW = () => new Date(Date.UTC(2026, 10, 2, 10, 30));

describe('the lifter’s time zone', () => {
  let env: Awaited<ReturnType<(typeof ENGINES)[0]['setup']>>;
  let store: Store;
  let app: HttpApp;

  /** A request from a page on `zone`'s clock (none: no header). */
  const call = (method: string, path: string, zone: string | null, body?: unknown) =>
    new Client(app).call(
      method,
      path,
      body,
      zone === null ? {} : { headers: { 'x-thrust-zone': zone } },
    );

  beforeAll(async () => {
    env = await ENGINES[0]!.setup();
    store = await openStore(env);
    app = createHttpApp(
      { store, now: NOW, newId: randomUUID },
      { kind: 'local', user: await store.user('lifter') },
      { log: () => {} },
    );
    const made = await call('PUT', '/api/v1/profile', null, {
      units: 'kg',
      goal: 'glutes',
      working: { load: 60, reps: 12 },
      start: '2026-10-26',
    });
    expect(made.status).toBeLessThan(300);
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('answers today for the zone the page sends', async () => {
    expect((await call('GET', '/api/v1/today', 'Pacific/Kiritimati', undefined)).json.date).toBe(
      '2026-11-03',
    );
    expect((await call('GET', '/api/v1/today', 'Pacific/Pago_Pago', undefined)).json.date).toBe(
      '2026-11-01',
    );
    expect((await call('GET', '/api/v1/today', 'UTC', undefined)).json.date).toBe('2026-11-02');
  });

  it('takes a set on the lifter’s today and refuses the day after it', async () => {
    const set = (date: string) => ({
      exercise: 'hip-thrust',
      date,
      sets: [{ id: randomUUID(), load: { value: 60, unit: 'kg' }, reps: 12, clean: true }],
    });
    expect(
      (await call('POST', '/api/v1/sets', 'Pacific/Kiritimati', set('2026-11-03'))).status,
    ).toBe(201);
    const early = await call('POST', '/api/v1/sets', 'Pacific/Pago_Pago', set('2026-11-02'));
    expect(early.status).toBe(422);
    expect(JSON.stringify(early.json)).toMatch(/2026-11-02 is in the future/);
  });

  it('refuses a zone that is not one, naming the header and what is allowed', async () => {
    const r = await call('GET', '/api/v1/today', 'Mars/Olympus_Mons', undefined);
    expect(r.status).toBe(422);
    expect(r.json.detail).toBe(
      'X-Thrust-Zone: "Mars/Olympus_Mons" is not a time zone; send an IANA name such as Europe/Berlin or America/New_York',
    );
  });
});

/**
 * Local mode against the browser: another site's page and a DNS-rebinding name get nothing
 * from the local lifter's server, and no route reads a body a page could send cross-site
 * without a preflight (text/plain, forms).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, multiUserApp, type HttpApp } from './http.testkit.js';

const SET = {
  exercise: 'hip-thrust',
  date: '2026-11-02',
  sets: [{ load: { value: 1500, unit: 'lb' }, reps: 10, clean: true }],
};
const CSV =
  'Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2026-11-02 10:00:00,A,Hip Thrust (Barbell),1,1500,10\n';

describe.each(ENGINES)('local mode against the browser on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let app: HttpApp;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = createHttpApp(
      { store, now: () => new Date(2026, 10, 6, 18, 0), newId: randomUUID },
      { kind: 'local', user: await store.user('local') },
      { log: () => {} },
    );
    const put = await app.request('http://127.0.0.1:8080/api/v1/profile', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ units: 'lb', goal: 'accessory', working: { load: 95, reps: 12 } }),
    });
    expect(put.status).toBe(200);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const stored = async () => (await store.sessions(await store.user('local'))).length;

  it.each(['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', 'LOCALHOST', '127.0.0.1'])(
    'answers to Host %s',
    async (host) => {
      const r = await app.request('http://127.0.0.1:8080/api/v1/export', { headers: { host } });
      expect(r.status).toBe(200);
    },
  );

  it.each(['rebind.evil.example', 'rebind.evil.example:8080', '127.0.0.1.nip.io:8080', '10.0.0.5'])(
    'refuses a foreign Host %s with 421 and no data',
    async (host) => {
      const r = await app.request('http://127.0.0.1:8080/api/v1/export', { headers: { host } });
      expect(r.status).toBe(421);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      const text = await r.text();
      expect(JSON.parse(text)).toMatchObject({ title: 'wrong-host', status: 421 });
      expect(text).not.toMatch(/profile|sessions/);
    },
  );

  it('refuses a cross-site no-cors text/plain import, and stores nothing', async () => {
    // What fetch(..., { mode: 'no-cors', method: 'POST', body }) from another origin sends.
    const r = await app.request('http://127.0.0.1:8080/api/v1/import?filename=x.csv&units=lb', {
      method: 'POST',
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        origin: 'http://127.0.0.1:3000',
        'sec-fetch-site': 'same-site',
        'sec-fetch-mode': 'no-cors',
      },
      body: CSV,
    });
    expect(r.status).toBe(403);
    expect(await stored()).toBe(0);
  });

  it('refuses text/plain on the import route even from its own origin (415)', async () => {
    const r = await app.request('http://127.0.0.1:8080/api/v1/import?filename=x.csv&units=lb', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: CSV,
    });
    expect(r.status).toBe(415);
    expect(await stored()).toBe(0);
  });

  it.each([
    ['another origin', { origin: 'http://evil.example' }],
    ['another port of localhost', { origin: 'http://127.0.0.1:3000' }],
    ['an opaque origin', { origin: 'null' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site fetch', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a JSON write from %s with 403', async (_, extra) => {
    const r = await app.request('http://127.0.0.1:8080/api/v1/sets', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...extra },
      body: JSON.stringify(SET),
    });
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ title: 'cross-site' });
    expect(await stored()).toBe(0);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a %s body on a JSON route with 415',
    async (type) => {
      const r = await app.request('http://127.0.0.1:8080/api/v1/sets', {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify(SET),
      });
      expect(r.status).toBe(415);
      expect(await stored()).toBe(0);
    },
  );

  it('takes a write from its own page, and from a script outside a browser', async () => {
    const own = await app.request('http://127.0.0.1:8080/api/v1/sets', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://127.0.0.1:8080',
        host: '127.0.0.1:8080',
        'sec-fetch-site': 'same-origin',
      },
      body: JSON.stringify({ ...SET, sets: [{ ...SET.sets[0], load: { value: 95, unit: 'lb' } }] }),
    });
    expect(own.status).toBe(201);
    const script = await app.request('http://127.0.0.1:8080/api/v1/sets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...SET, sets: [{ ...SET.sets[0], load: { value: 95, unit: 'lb' } }] }),
    });
    expect(script.status).toBe(201);
  });
});

describe.each(ENGINES)('multi-user mode body types on $name', (engine) => {
  let env: Setup;
  let store: Store;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('refuses text/plain and form bodies on JSON routes too', async () => {
    const lifter = new Client(multiUserApp(store));
    expect((await lifter.enter('body@example.com')).status).toBe(200);
    const plain = await lifter.call('POST', '/api/v1/tokens', JSON.stringify({ label: 'x' }), {
      contentType: 'text/plain',
    });
    expect(plain.status).toBe(415);
    const form = await lifter.call('POST', '/api/v1/tokens', 'label=x', {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect((await lifter.call('GET', '/api/v1/tokens')).json.tokens).toEqual([]);
  });
});

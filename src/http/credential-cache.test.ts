/**
 * Remembered credentials never outlive their end: a logout or a revoked token is refused at
 * once by the server that ended it, and by another server over the same database within the
 * cache's bound (CREDENTIAL_TTL_MS), on every engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { CREDENTIAL_TTL_MS } from './credential-cache.js';
import { Client, multiUserApp, type HttpApp } from './http.testkit.js';

const SET = {
  exercise: 'hip-thrust',
  date: '2026-11-02',
  sets: [{ load: { value: 95, unit: 'lb' }, reps: 12, clean: true }],
};
const PROFILE = {
  units: 'lb',
  goal: 'accessory',
  working: { load: 95, reps: 12 },
  start: '2026-11-02',
};

describe.each(ENGINES)('remembered credentials on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let stores: Store[];
  /** Two servers over one database. */
  let here: HttpApp;
  let there: HttpApp;

  beforeAll(async () => {
    env = await engine.setup();
    stores = [await openStore(env), await openStore(env)];
    [here, there] = stores.map((s) => multiUserApp(s)) as [HttpApp, HttpApp];
  });

  afterAll(async () => {
    for (const s of stores ?? []) await s.close();
    await env?.teardown();
  });

  it('refuses a logged-out session at once on the server that logged it out', async () => {
    const browser = new Client(here);
    expect((await browser.enter('gone@example.com')).status).toBe(200);
    expect((await browser.call('PUT', '/api/v1/profile', PROFILE)).status).toBe(200);
    expect((await browser.call('POST', '/api/v1/sets', SET)).status).toBe(201);
    const cookie = browser.cookie;
    const csrf = browser.csrf;
    expect((await browser.call('POST', '/api/v1/auth/logout')).status).toBeLessThan(300);
    // The old cookie, sent again as a stolen copy would be.
    browser.cookie = cookie;
    browser.csrf = csrf;
    expect((await browser.call('POST', '/api/v1/sets', SET)).status).toBe(401);
    expect((await browser.call('GET', '/api/v1/profile')).status).toBe(401);
  });

  it('refuses a revoked token at once here, and on another server within the bound', async () => {
    const owner = new Client(here);
    expect((await owner.enter('revoker@example.com')).status).toBe(200);
    expect((await owner.call('PUT', '/api/v1/profile', PROFILE)).status).toBe(200);
    const made = await owner.call('POST', '/api/v1/tokens', {
      label: 'script',
      password: 'correct horse battery',
    });
    expect(made.status).toBe(201);
    const bearer = made.json.token as string;
    const id = made.json.id as string;
    const script = new Client(here);
    const remote = new Client(there);
    // Both servers have now seen (and remembered) the token.
    expect((await script.call('POST', '/api/v1/sets', SET, { bearer })).status).toBe(201);
    expect((await remote.call('POST', '/api/v1/sets', SET, { bearer })).status).toBe(201);
    expect((await owner.call('DELETE', `/api/v1/tokens/${id}`)).status).toBe(200);
    const ended = performance.now();
    expect((await script.call('POST', '/api/v1/sets', SET, { bearer })).status).toBe(401);
    await expect
      .poll(
        async () => (await remote.call('GET', '/api/v1/profile', undefined, { bearer })).status,
        {
          timeout: CREDENTIAL_TTL_MS * 3,
          interval: 100,
        },
      )
      .toBe(401);
    // Not believed for longer than the bound (with room for a slow machine's turn).
    expect(performance.now() - ended).toBeLessThan(CREDENTIAL_TTL_MS + 1_500);
  });
});

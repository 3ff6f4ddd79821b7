/**
 * No request waits forever: when the store stops answering, a request is answered 503 with
 * Retry-After at its deadline (with the API's headers), and the server goes on answering.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, sqliteEngine, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { NOW } from './http.testkit.js';

describe('a request past its deadline', () => {
  let env: Setup;
  let store: Store;

  beforeAll(async () => {
    env = await sqliteEngine.setup();
    store = await openStore(env);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('is answered 503 at the deadline when the store hangs, and the next request is served', async () => {
    let hang = true;
    // The same store, but reading the profile never returns while `hang` is set.
    const stuck = new Proxy(store, {
      get: (target, key, receiver) =>
        key === 'getProfile' && hang
          ? () => new Promise(() => undefined)
          : (Reflect.get(target, key, receiver) as unknown),
    });
    const app = createHttpApp(
      { store: stuck, now: NOW, newId: randomUUID },
      { kind: 'local', user: await store.user('local') },
      { log: () => {}, requestTimeoutMs: 300 },
    );
    const started = performance.now();
    const r = await app.request('http://127.0.0.1/api/v1/profile');
    const took = performance.now() - started;
    expect(r.status).toBe(503);
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2_000);
    expect(r.headers.get('retry-after')).toBe('5');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.json()).toMatchObject({ title: 'timeout', status: 503 });
    hang = false;
    expect((await app.request('http://127.0.0.1/api/v1/profile')).status).toBe(409);
  });
});

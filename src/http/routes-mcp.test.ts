/**
 * /mcp in local mode: the API's guards hold for it (a loopback Host, writes from this origin
 * or from outside a browser), and it is stateless (POST only).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteEngine, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { INITIALIZE, MCP_HEADERS } from '../mcp/mcp.testkit.js';
import { createHttpApp } from './app.js';

describe('/mcp on a local-mode server', () => {
  let env: Awaited<ReturnType<typeof sqliteEngine.setup>>;
  let store: Store;
  let app: ReturnType<typeof createHttpApp>;
  beforeAll(async () => {
    env = await sqliteEngine.setup();
    store = await openStore(env);
    app = createHttpApp(
      { store, now: () => new Date(2026, 10, 6, 18, 0), newId: randomUUID },
      { kind: 'local', user: await store.user('local') },
      { log: () => {} },
    );
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const post = (base: string, headers: Record<string, string> = {}) =>
    app.request(`${base}/mcp`, {
      method: 'POST',
      headers: { ...MCP_HEADERS, ...headers },
      body: INITIALIZE,
    });

  it('answers a client on this machine, as JSON that no cache keeps', async () => {
    const r = await post('http://127.0.0.1:8080');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.json()).toMatchObject({ result: { serverInfo: { name: 'thrust' } } });
  });

  it('refuses another host name (DNS rebinding) and another site’s page, as the API does', async () => {
    const rebound = await post('http://evil.example:8080');
    expect(rebound.status).toBe(421);
    expect(await rebound.json()).toMatchObject({ title: 'wrong-host' });
    const foreign = await post('http://127.0.0.1:8080', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ title: 'cross-site' });
  });

  it('is stateless: GET and DELETE get 405 with Allow: POST', async () => {
    for (const method of ['GET', 'DELETE']) {
      const r = await app.request('http://127.0.0.1:8080/mcp', { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.get('allow')).toBe('POST');
    }
  });
});

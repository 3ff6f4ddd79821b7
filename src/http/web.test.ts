/**
 * The web app's files: a hashed asset that exists is cached for a year; one that does not
 * is a 404 problem, never the page and never cached; the app's own routes get the page.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, sqliteEngine, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { NOW, type HttpApp } from './http.testkit.js';

describe('the web app’s files', () => {
  let env: Setup;
  let store: Store;
  let app: HttpApp;
  const root = mkdtempSync(join(tmpdir(), 'thrust-web-'));

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Thrust</title>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    env = await sqliteEngine.setup();
    store = await openStore(env);
    app = createHttpApp(
      { store, now: NOW, newId: randomUUID },
      { kind: 'local', user: await store.user('local') },
      { log: () => {}, webRoot: root },
    );
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string) => app.request(`http://127.0.0.1:8080${path}`);

  it('caches an asset that exists for a year', async () => {
    const r = await get('/assets/index-abc123.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/assets/index-deadbeef.js', '/assets/nested/missing.css'])(
    'answers a missing asset %s with 404, not the page, not cached',
    async (path) => {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(await r.text()).not.toMatch(/<!doctype/i);
    },
  );

  it('answers /robots.txt with rules that keep crawlers out, not the page', async () => {
    const r = await get('/robots.txt');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await r.text()).toBe('User-agent: *\nDisallow: /\n');
  });

  it('answers the app’s own routes with the page, revalidated', async () => {
    const r = await get('/plan');
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/<!doctype/i);
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });
});

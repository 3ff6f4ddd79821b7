/**
 * The web app's files: a hashed asset that exists is cached for a year; one that does not
 * is a 404 problem, never the page and never cached; the app's own routes get the page. A
 * browser that accepts brotli or gzip gets the copy the build wrote beside each file, and
 * every answer says it varies with Accept-Encoding.
 */
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, sqliteEngine, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { NOW, type HttpApp } from './http.testkit.js';

const PAGE = `<!doctype html><title>Thrust</title>${'<p>Today</p>'.repeat(100)}`;
const SCRIPT = `export const sets = [${Array.from({ length: 400 }, (_, i) => i).join(', ')}];`;
const DECODE = { br: brotliDecompressSync, gzip: gunzipSync } as const;

describe('the web app’s files', () => {
  let env: Setup;
  let store: Store;
  let app: HttpApp;
  const root = mkdtempSync(join(tmpdir(), 'thrust-web-'));

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), PAGE);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    mkdirSync(join(root, '.vite'));
    writeFileSync(join(root, '.vite', 'manifest.json'), '{"index.html":{}}');
    // As web/build-plugins.ts writes them: each copy beside its file.
    for (const [file, text] of [
      ['index.html', PAGE],
      ['assets/app-def456.js', SCRIPT],
    ] as const) {
      writeFileSync(join(root, file), text);
      writeFileSync(join(root, `${file}.br`), brotliCompressSync(text));
      writeFileSync(join(root, `${file}.gz`), gzipSync(text));
    }
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

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://127.0.0.1:8080${path}`, { headers });

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

  it('does not serve the build’s bookkeeping or any other dotfile', async () => {
    for (const path of ['/.vite/manifest.json', '/.env', '/assets/.hidden']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type'), path).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers the app’s own routes with the page, revalidated', async () => {
    const r = await get('/plan');
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/<!doctype/i);
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    ['br', 'gzip, deflate, br, zstd', '/assets/app-def456.js', SCRIPT],
    ['gzip', 'gzip, deflate', '/assets/app-def456.js', SCRIPT],
    ['br', 'br', '/', PAGE],
    ['gzip', 'gzip', '/plan', PAGE],
  ] as const)(
    'sends the %s copy to a browser accepting "%s" (%s)',
    async (enc, accept, path, text) => {
      const r = await get(path, { 'accept-encoding': accept });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-encoding')).toBe(enc);
      expect(r.headers.get('vary')).toMatch(/accept-encoding/i);
      const sent = Buffer.from(await r.arrayBuffer());
      expect(sent.length).toBeLessThan(Buffer.byteLength(text));
      expect(DECODE[enc](sent).toString()).toBe(text);
    },
  );

  it.each([undefined, 'identity', 'br;q=0, gzip;q=0'])(
    'sends the file as it is when Accept-Encoding is %s, still saying it varies',
    async (accept) => {
      const r = await get('/assets/app-def456.js', accept ? { 'accept-encoding': accept } : {});
      expect(r.status).toBe(200);
      expect(r.headers.get('content-encoding')).toBeNull();
      expect(r.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await r.text()).toBe(SCRIPT);
    },
  );

  it('answers a missing asset asked for compressed with the 404 problem, not an encoded page', async () => {
    const r = await get('/assets/app-000000.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(((await r.json()) as { status: number }).status).toBe(404);
  });
});

describe('the built web app (dist/web)', () => {
  const dist = join(import.meta.dirname, '..', '..', 'dist', 'web');
  const all = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? all(join(dir, e.name)) : [join(dir, e.name)],
    );

  it('has a brotli and a gzip copy of each script, style and page that decode to it', () => {
    expect(existsSync(join(dist, 'index.html')), 'run npm run build first').toBe(true);
    const texts = all(dist).filter(
      (f) => /\.(js|css|html)$/.test(f) && !relative(dist, f).startsWith('.vite'),
    );
    expect(texts.some((f) => /assets\/index-.*\.js$/.test(f))).toBe(true);
    for (const file of texts) {
      const original = readFileSync(file);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), file).toBe(true);
    }
  });

  it('lists every file of the build in the service worker, to cache on install', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const listed = /const BUILD = (\{.*\});/.exec(sw)?.[1];
    expect(listed, 'the build fills in the service worker’s list').toBeDefined();
    const build = JSON.parse(listed ?? '{}') as { version: string; assets: string[] };
    const built = all(join(dist, 'assets'))
      .filter((f) => !/\.(br|gz)$/.test(f))
      .map((f) => `/${relative(dist, f)}`)
      .sort();
    expect(build.assets).toEqual(built);
    expect(build.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

/**
 * A backup is a file anyone could have written: restoring one must not put anything in the
 * database that this origin would then serve as a page or script. Each hostile backup is
 * refused with a 4xx and stores nothing; what the API serves carries nosniff, a sandboxing
 * CSP, and files a Content-Disposition.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../app/backup.js';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, PNG } from './http.testkit.js';

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const HTML = '<!doctype html><script>fetch("/api/v1/tokens",{method:"POST"})</script>';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

/** A backup with one photo and its file; `file` overrides the file's fields. */
function backup(file: Record<string, unknown>, photoId = randomUUID()) {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-11-06T18:00:00.000Z',
    profile: null,
    plans: [],
    sessions: [],
    measurements: [],
    tests: [],
    photos: [{ id: photoId, date: '2026-11-01', path: 'upload:side.png', note: null }],
    photoFiles: [{ photoId, contentType: 'image/png', base64: b64(PNG), ...file }],
    mappings: [],
  };
}

describe.each(ENGINES)('restoring a hostile backup on $name', (engine) => {
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

  const fresh = async () => {
    const c = new Client(multiUserApp(store));
    expect((await c.enter(`${randomUUID()}@example.com`)).status).toBe(200);
    return c;
  };

  it.each([
    ['an HTML content type', { contentType: 'text/html', base64: b64(HTML) }],
    ['an SVG content type', { contentType: 'image/svg+xml', base64: b64(SVG) }],
    ['a script content type', { contentType: 'application/javascript', base64: b64('alert(1)') }],
    ['a CRLF in the content type', { contentType: 'image/png\r\nX-Injected: 1' }],
    ['HTML bytes under an image type', { contentType: 'image/png', base64: b64(HTML) }],
    ['PNG bytes called JPEG', { contentType: 'image/jpeg' }],
    ['a file for a photo the backup lacks', { photoId: 'no-such-photo' }],
    ['bytes that are not base64', { base64: '<not base64>' }],
  ])('refuses %s with 422 and stores nothing', async (_, file) => {
    const c = await fresh();
    const r = await c.call('POST', '/api/v1/restore', backup(file));
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ title: 'invalid' });
    expect(JSON.stringify(r.json.errors)).toMatch(/photoFiles\.0\./);
    expect((await c.call('GET', '/api/v1/photos')).json.photos).toEqual([]);
  });

  it('refuses a photo file with no photo at all (no photos in the backup)', async () => {
    const c = await fresh();
    const r = await c.call('POST', '/api/v1/restore', { ...backup({}), photos: [] });
    expect(r.status).toBe(422);
    expect((await c.call('GET', '/api/v1/photos')).json.photos).toEqual([]);
  });

  it('restores a real PNG, and serves it as an image that runs nothing', async () => {
    const c = await fresh();
    const id = randomUUID();
    const r = await c.call('POST', '/api/v1/restore', backup({}, id));
    expect(r.status).toBe(200);
    const file = await c.call('GET', `/api/v1/photos/${id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe('inline; filename="photo.png"');
    expect(file.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
  });

  it('serves a file stored with a foreign type (before this check) only as a download', async () => {
    const c = await fresh();
    const user = c.user ?? '';
    const photo = { id: randomUUID(), date: '2026-11-01', path: 'upload:x', note: null };
    await store.addPhotoFile(user, photo, {
      contentType: 'text/html',
      bytes: new Uint8Array(Buffer.from(HTML)),
    });
    const file = await c.call('GET', `/api/v1/photos/${photo.id}/file`);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/);
  });

  it('sends nosniff and a sandboxing CSP on every API answer, errors too', async () => {
    const c = await fresh();
    for (const path of ['/api/v1/today', '/api/v1/nothing-here', '/api/v1/openapi.json']) {
      const r = await c.call('GET', path);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    }
  });
});

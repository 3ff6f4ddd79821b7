/**
 * The API's JSON over real HTTP (@hono/node-server, as `thrust serve` runs it): brotli or
 * gzip as the client accepts when over a kilobyte, decoding to exactly the plain answer;
 * small answers and clients that accept neither get it as it is; each says it varies.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_COMPRESS_BYTES, negotiate } from './compress.js';
import { servedLocally } from './http.testkit.js';

describe('choosing an encoding from Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['identity', null],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['', null],
    [undefined, null],
  ] as const)('"%s" gives %s', (header, expected) => {
    expect(negotiate(header)).toBe(expected);
  });
});

describe('the API’s answers over HTTP', () => {
  let local: Awaited<ReturnType<typeof servedLocally>>;
  let port = 0;

  beforeAll(async () => {
    local = await servedLocally();
    port = local.port;
    const put = await local.app.request('http://127.0.0.1/api/v1/profile', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ units: 'lb', working: { load: 95, reps: 12 }, start: '2026-11-02' }),
    });
    expect(put.status).toBe(200);
  });
  afterAll(() => local?.close());

  /** One GET with exactly these headers, its body as the bytes sent. */
  const get = (path: string, accept?: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const headers = accept === undefined ? {} : { 'accept-encoding': accept };
        const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        });
        req.on('error', reject);
        req.end();
      },
    );

  it.each([
    ['br', 'gzip, deflate, br', brotliDecompressSync],
    ['gzip', 'gzip, deflate', gunzipSync],
  ] as const)(
    'sends /api/v1/plan as %s to "%s", decoding to the plain answer',
    async (enc, accept, decode) => {
      const plain = await get('/api/v1/plan');
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body.length).toBeGreaterThan(MIN_COMPRESS_BYTES);

      const packed = await get('/api/v1/plan', accept);
      expect(packed.status).toBe(200);
      expect(packed.headers['content-encoding']).toBe(enc);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.headers['content-type']).toMatch(/^application\/json/);
      expect(packed.headers['cache-control']).toBe('no-store');
      expect(packed.body.length).toBeLessThan(plain.body.length / 3);
      expect(JSON.parse(decode(packed.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    },
  );

  it('sends an answer under a kilobyte as it is, still saying it varies', async () => {
    const r = await get('/api/v1/no-such-route', 'gzip, br');
    expect(r.status).toBe(404);
    expect(r.body.length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    expect((JSON.parse(r.body.toString()) as { status: number }).status).toBe(404);
  });

  it('sends the plain answer to a client that refuses both encodings', async () => {
    const r = await get('/api/v1/plan', 'br;q=0, gzip;q=0');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(r.body.toString())).toHaveProperty('plan');
  });
});

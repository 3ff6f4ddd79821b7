/**
 * Over real HTTP (where bodies come with a Content-Length or chunked), the body limit judges
 * a stated length by its header and counts a chunked body as it arrives; either way an
 * oversized body is a 413 and nothing is stored. API answers carry their protective headers
 * whichever way the answer was made.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/port.js';
import { servedLocally } from './http.testkit.js';

const LIMIT = 4096;

describe('body limit and API headers over real HTTP', () => {
  let local: Awaited<ReturnType<typeof servedLocally>>;
  let store: Store;
  let port = 0;

  beforeAll(async () => {
    local = await servedLocally({ maxBodyBytes: LIMIT });
    ({ store, port } = local);
  });

  afterAll(() => local?.close());

  /** A POST whose body is sent whole (Content-Length) or in chunks (Transfer-Encoding). */
  const post = (body: string, chunked: boolean) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>(
      (resolve, reject) => {
        const req = http.request(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/api/v1/sets',
            headers: {
              host: `127.0.0.1:${port}`,
              'content-type': 'application/json',
              ...(!chunked && { 'content-length': Buffer.byteLength(body) }),
            },
          },
          (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, text }),
            );
          },
        );
        req.on('error', reject);
        if (chunked) {
          for (let i = 0; i < body.length; i += 1000) req.write(body.slice(i, i + 1000));
          req.end();
        } else req.end(body);
      },
    );

  const big = JSON.stringify({
    exercise: 'hip-thrust',
    sets: [{ load: { value: 95, unit: 'lb' }, reps: 12, note: 'x'.repeat(LIMIT) }],
  });

  it.each([false, true])('answers 413 to a body over the limit (chunked: %s)', async (chunked) => {
    const r = await post(big, chunked);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text)).toMatchObject({ title: 'too-large' });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(await store.sessions(await store.user('local'))).toEqual([]);
  });

  it.each([false, true])('reads a body under the limit (chunked: %s)', async (chunked) => {
    // Not set up yet: the body was read and the use case answered.
    const r = await post(
      JSON.stringify({
        exercise: 'hip-thrust',
        sets: [{ load: { value: 95, unit: 'lb' }, reps: 12 }],
      }),
      chunked,
    );
    expect(r.status).toBe(409);
    expect(JSON.parse(r.text)).toMatchObject({ title: 'not-set-up' });
    expect(r.headers['content-security-policy']).toMatch(/sandbox/);
  });
});

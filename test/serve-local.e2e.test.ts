/**
 * The built `thrust serve` in local mode, over real HTTP: a DNS-rebinding Host gets 421 and
 * no data, a cross-site no-cors text/plain import gets 403 and stores nothing, and the
 * server's own origin writes as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startServer, type Server } from './serve.testkit.js';

const dir = mkdtempSync(join(tmpdir(), 'thrust-local-'));
let server: Server;

beforeAll(async () => {
  server = await startServer([], { HOME: dir, THRUST_DB: join(dir, 'thrust.db') });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const raw = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  send(server, method, path, headers, body);

describe('thrust serve in local mode, against the browser', () => {
  it('answers a rebound Host with 421 and no data, its own with the backup', async () => {
    const evil = await raw('GET', '/api/v1/export', { host: `rebind.evil.example:${server.port}` });
    expect(evil.status).toBe(421);
    expect(evil.text).not.toMatch(/"sessions"/);
    const own = await raw('GET', '/api/v1/export', { host: `127.0.0.1:${server.port}` });
    expect(own.status).toBe(200);
    expect(own.text).toMatch(/"sessions"/);
  });

  it('refuses a cross-site no-cors text/plain import and stores nothing', async () => {
    const csv =
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"4/8/26, 4:50 PM",Evening,1h,Hip Thrust (Barbell),1,1500,10,,,,,\n';
    const r = await raw(
      'POST',
      '/api/v1/import?filename=strong.csv&units=lb',
      {
        host: `127.0.0.1:${server.port}`,
        origin: 'http://127.0.0.1:3000',
        'sec-fetch-site': 'same-site',
        'sec-fetch-mode': 'no-cors',
        'content-type': 'text/plain;charset=UTF-8',
      },
      csv,
    );
    expect(r.status).toBe(403);
    const backup = await raw('GET', '/api/v1/export', { host: `127.0.0.1:${server.port}` });
    expect(backup.text).not.toMatch(/1500/);
  });
});

/**
 * The built `thrust serve` stays responsive while one lifter imports a 30 MB export: the
 * file is read and stored a page at a time with a turn of the event loop between pages,
 * and reads go to their own SQLite connection, so `/api/v1/health` keeps answering 200
 * throughout instead of waiting for the import (it once waited 34 s). How fast it answers
 * is measured in `npm run bench` (bench/fair.bench.ts), not here. Real HTTP, a real file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send as sendTo, startServer, type Server } from './serve.testkit.js';

const dir = mkdtempSync(join(tmpdir(), 'thrust-fair-'));
let server: Server;

beforeAll(async () => {
  server = await startServer([], { HOME: dir, THRUST_DB: join(dir, 'thrust.db') });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A Strong export of about `mb` megabytes: 30 sets a day. */
function strongCsv(mb: number): string {
  const lines = [
    'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes',
  ];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const w = Math.floor(i / 30);
    const date = new Date(Date.UTC(1990, 0, 1) + w * 86_400_000).toISOString().slice(0, 10);
    const line = `${date} 18:00:00;Evening;Hip Thrust (Barbell);${(i % 30) + 1};${60 + (w % 50)};kg;${8 + (i % 5)};;;;;set ${i} felt solid through the top;`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  sendTo(server, method, path, headers, body);

describe('thrust serve during a large import', () => {
  it('keeps answering /health while a 30 MB file is imported', async () => {
    const csv = strongCsv(30);
    const host = `127.0.0.1:${server.port}`;
    let importing = true;
    const imported = send(
      'POST',
      '/api/v1/import?filename=strong.csv',
      { host, 'content-type': 'text/csv', 'content-length': String(Buffer.byteLength(csv)) },
      csv,
    ).finally(() => (importing = false));
    const answered: number[] = [];
    while (importing) {
      const h = await send('GET', '/api/v1/health', { host });
      expect(h.status).toBe(200);
      if (importing) answered.push(performance.now());
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await imported;
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    const report = JSON.parse(r.text) as { added: number };
    expect(report.added).toBeGreaterThan(300_000);
    // Answered all along, not once the import was over: many answers while it ran, and no
    // gap between two of them anywhere near the whole import's length (a freeze).
    expect(answered.length).toBeGreaterThan(20);
    const gaps = answered.slice(1).map((t, i) => t - (answered[i] ?? t));
    const span = (answered.at(-1) ?? 0) - (answered[0] ?? 0);
    expect(Math.max(...gaps)).toBeLessThan(span / 4);
  }, 240_000);
});

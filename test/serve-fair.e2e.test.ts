/**
 * The built `thrust serve` stays responsive while one lifter imports a 30 MB export, or
 * restores a 27 MB backup: the file is read, checked and stored a piece at a time with a
 * turn of the event loop between pieces, and reads go to their own SQLite connection, so
 * `/api/v1/health` keeps answering 200 throughout instead of waiting (an import once held
 * it 34 s, a restore 10 s). How fast it answers is measured in `npm run bench`
 * (bench/fair.bench.ts), not here; the restore's /health p50/p99 are printed. Real HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
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

/** A backup of about `mb` megabytes: days of 30 sets. */
function bigBackup(mb: number): string {
  const sessions = [];
  let size = 0;
  for (let d = 0; size < mb * 1024 * 1024; d++) {
    const id = randomUUID();
    const date = new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const sets = Array.from({ length: 30 }, (_, i) => ({
      id: randomUUID(),
      sessionId: id,
      seq: i + 1,
      exercise: 'barbell-hip-thrust',
      load: { value: 60 + (d % 50), unit: 'kg' },
      reps: 8 + (i % 5),
      side: null,
      holdSeconds: null,
      clean: true,
      band: null,
      rpe: null,
      rir: null,
      felt: null,
      note: `set ${i} felt solid through the top`,
      warmup: false,
      track: null,
      loggedAt: `${date}T18:00:00.000Z`,
    }));
    const session = { id, date, planId: null, dayId: null, sets };
    size += JSON.stringify(session).length;
    sessions.push(session);
  }
  return JSON.stringify({
    format: 'thrust-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    profile: null,
    plans: [],
    sessions,
    measurements: [],
    tests: [],
    photos: [],
    photoFiles: [],
    mappings: [],
  });
}

describe('thrust serve during a large restore', () => {
  const into = mkdtempSync(join(tmpdir(), 'thrust-fair-restore-'));
  let restoring: Server;
  beforeAll(async () => {
    restoring = await startServer([], { HOME: into, THRUST_DB: join(into, 'thrust.db') });
  });
  afterAll(async () => {
    await restoring?.stop();
    rmSync(into, { recursive: true, force: true });
  });

  it('keeps answering /health while a 27 MB backup is restored', async () => {
    const backup = bigBackup(27);
    const host = `127.0.0.1:${restoring.port}`;
    let busy = true;
    const restored = sendTo(
      restoring,
      'POST',
      '/api/v1/restore',
      {
        host,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(backup)),
      },
      backup,
    ).finally(() => (busy = false));
    const answered: number[] = [];
    const took: number[] = [];
    while (busy) {
      const asked = performance.now();
      const h = await sendTo(restoring, 'GET', '/api/v1/health', { host });
      expect(h.status).toBe(200);
      if (busy) {
        answered.push(performance.now());
        took.push(performance.now() - asked);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await restored;
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    expect((JSON.parse(r.text) as { sets: number }).sets).toBeGreaterThan(60_000);
    expect(answered.length).toBeGreaterThan(20);
    const gaps = answered.slice(1).map((t, i) => t - (answered[i] ?? t));
    const span = (answered.at(-1) ?? 0) - (answered[0] ?? 0);
    expect(Math.max(...gaps)).toBeLessThan(span / 4);
    const sorted = [...took].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))] ?? 0);
    console.info(
      `serve-fair: restore of ${(backup.length / 1e6).toFixed(1)} MB: ${took.length} /health answers while it ran, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, longest ${Math.round(sorted.at(-1) ?? 0)} ms`,
    );
  }, 240_000);
});

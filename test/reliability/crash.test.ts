/**
 * Crash safety: a process logging sets, or importing batches, is killed with SIGKILL at a
 * random moment, again and again, on one database: a SQLite file, and a fresh PostgreSQL
 * database on the real server at TEST_DATABASE_URL (skipped without it: a killed client
 * needs a server that outlives it). After every kill every write the process reported as
 * done is there, an import batch is there whole or not at all, and a SQLite file passes
 * PRAGMA integrity_check. THRUST_LONG=1 kills 100 times; otherwise 6.
 * (`thrust serve` itself killed mid-load: test/serve-faults.e2e.test.ts.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../src/store/engines.testkit.js';

const LONG = process.env.THRUST_LONG === '1';
const KILLS = LONG ? 100 : 6;
const WRITER = join(import.meta.dirname, 'writer.mjs');
const BASE = process.env.TEST_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'thrust-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the writer until a random moment, SIGKILL it, and return the lines it printed. */
async function killAtRandom(db: string, mode: 'log' | 'import'): Promise<string[]> {
  const child = spawn(process.execPath, [WRITER, db, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Wait for the first write, then a random 20-400 ms more, so kills land mid-transaction.
  // (Up to 20 s: a busy machine takes seconds to start a process and open the store.)
  for (let i = 0; i < 800 && !out.includes('\n'); i++) await new Promise((r) => setTimeout(r, 25));
  if (!out.includes('\n')) throw new Error(`the writer never wrote: ${err}`);
  await new Promise((r) => setTimeout(r, 20 + Math.random() * 380));
  child.kill('SIGKILL');
  await exited;
  // Only whole lines: a line cut by the kill was not acknowledged.
  return out.split('\n').slice(0, -1);
}

/** What a database holds: the logged sets' ids, and each batch's set count. */
interface Held {
  logged: Set<string>;
  batches: { note: string; n: number }[];
}

interface CrashEngine {
  name: string;
  skip: string | null;
  /** A fresh database: its address for the writer, a reader of what it holds, a teardown. */
  setup(): Promise<{ db: string; held: () => Promise<Held>; teardown: () => Promise<void> }>;
}

const LOGGED = 'select id from sets where note is null';
const BATCHES = 'select note, count(*) as n from sets where note is not null group by note';

const ENGINES: CrashEngine[] = [
  {
    name: 'sqlite',
    skip: null,
    setup() {
      const path = join(dir, `crash-${Date.now()}.db`);
      const held = () => {
        const db = new Database(path);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          return Promise.resolve({
            logged: new Set((db.prepare(LOGGED).all() as { id: string }[]).map((r) => r.id)),
            batches: db.prepare(BATCHES).all() as { note: string; n: number }[],
          });
        } finally {
          db.close();
        }
      };
      return Promise.resolve({ db: path, held, teardown: () => Promise.resolve() });
    },
  },
  {
    name: 'postgres',
    skip: BASE ? null : 'TEST_DATABASE_URL is not set (a real server is needed)',
    async setup() {
      const fresh = await freshDatabase(BASE ?? '', 'thrust_crash');
      const held = async () => {
        const c = new pg.Client({ connectionString: fresh.url });
        await c.connect();
        try {
          const logged = (await c.query<{ id: string }>(LOGGED)).rows.map((r) => r.id);
          const batches = (await c.query<{ note: string; n: string }>(BATCHES)).rows;
          return {
            logged: new Set(logged),
            batches: batches.map((b) => ({ note: b.note, n: Number(b.n) })),
          };
        } finally {
          await c.end();
        }
      };
      return { db: fresh.url, held, teardown: fresh.drop };
    },
  },
];

for (const e of ENGINES.filter((x) => x.skip))
  console.warn(`crash on ${e.name}: skipped: ${e.skip}`);

describe.each(ENGINES)('crash safety on $name (SIGKILL)', (engine) => {
  it.skipIf(engine.skip !== null)(
    `keeps every acknowledged write across ${KILLS} kills`,
    { timeout: LONG ? 900_000 : 90_000 },
    async () => {
      const { db, held, teardown } = await engine.setup();
      const logged: string[] = [];
      const batches: string[] = [];
      try {
        for (let k = 0; k < KILLS; k++) {
          const mode = k % 2 === 0 ? 'log' : 'import';
          const lines = await killAtRandom(db, mode);
          (mode === 'log' ? logged : batches).push(...lines);

          const now = await held();
          expect(logged.filter((id) => !now.logged.has(id))).toEqual([]);
          // Every batch is whole (500) or absent; every acknowledged one is present.
          expect(now.batches.filter((c) => c.n !== 500)).toEqual([]);
          const present = new Set(now.batches.map((c) => c.note));
          expect(batches.filter((b) => !present.has(b))).toEqual([]);
        }
      } finally {
        await teardown();
      }
      expect(logged.length).toBeGreaterThan(0);
      expect(batches.length).toBeGreaterThan(0);
      if (LONG)
        console.log(
          `crash on ${engine.name}: ${KILLS} kills, ${logged.length} sets and ${batches.length} batches acknowledged, all present`,
        );
    },
  );
});

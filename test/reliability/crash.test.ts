/**
 * Crash safety: a process logging sets, or importing batches, is killed with SIGKILL at a
 * random moment, again and again, on one SQLite file. After every kill the database passes
 * PRAGMA integrity_check, every write the process reported as done is there, and an import
 * batch is there whole or not at all. THRUST_LONG=1 kills 100 times; otherwise 6.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const LONG = process.env.THRUST_LONG === '1';
const KILLS = LONG ? 100 : 6;
const WRITER = join(import.meta.dirname, 'writer.mjs');
const dir = mkdtempSync(join(tmpdir(), 'thrust-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the writer until a random moment, SIGKILL it, and return the lines it printed. */
async function killAtRandom(path: string, mode: 'log' | 'import'): Promise<string[]> {
  const child = spawn(process.execPath, [WRITER, path, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Wait for the first write, then a random 20-400 ms more, so kills land mid-transaction.
  for (let i = 0; i < 200 && !out.includes('\n'); i++) await new Promise((r) => setTimeout(r, 25));
  if (!out.includes('\n')) throw new Error(`the writer never wrote: ${err}`);
  await new Promise((r) => setTimeout(r, 20 + Math.random() * 380));
  child.kill('SIGKILL');
  await exited;
  // Only whole lines: a line cut by the kill was not acknowledged.
  return out.split('\n').slice(0, -1);
}

describe('crash safety (SQLite, SIGKILL)', () => {
  it(
    `keeps every acknowledged write and a sound file across ${KILLS} kills`,
    { timeout: LONG ? 900_000 : 60_000 },
    async () => {
      const path = join(dir, 'crash.db');
      const logged: string[] = [];
      const batches: string[] = [];
      for (let k = 0; k < KILLS; k++) {
        const mode = k % 2 === 0 ? 'log' : 'import';
        const lines = await killAtRandom(path, mode);
        (mode === 'log' ? logged : batches).push(...lines);

        const db = new Database(path);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const ids = new Set(
            (db.prepare('select id from sets where note is null').all() as { id: string }[]).map(
              (r) => r.id,
            ),
          );
          expect(logged.filter((id) => !ids.has(id))).toEqual([]);
          const counts = db
            .prepare('select note, count(*) as n from sets where note is not null group by note')
            .all() as {
            note: string;
            n: number;
          }[];
          // Every batch is whole (500) or absent; every acknowledged one is present.
          expect(counts.filter((c) => c.n !== 500)).toEqual([]);
          const present = new Set(counts.map((c) => c.note));
          expect(batches.filter((b) => !present.has(b))).toEqual([]);
        } finally {
          db.close();
        }
      }
      expect(logged.length).toBeGreaterThan(0);
      expect(batches.length).toBeGreaterThan(0);
      if (LONG)
        console.log(
          `crash: ${KILLS} kills, ${logged.length} sets and ${batches.length} batches acknowledged, all present`,
        );
    },
  );
});

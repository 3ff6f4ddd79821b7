/**
 * Lifters for the import and export tests: each a fresh user of one real SQLite database in
 * a temporary folder, on a fixed clock and time zone, removed after the file's tests.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Deps } from '../src/app/deps.js';
import type { Store } from '../src/store/port.js';
import { openSqlite } from '../src/store/sqlite/open.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures', 'imports');

/** A fixture file as an import takes it. */
export const fixture = (name: string) => ({
  text: readFileSync(join(FIXTURES, name), 'utf8'),
  file: name,
});

/**
 * A new lifter on each call. `zone` is the clock the files' local times are read on (UTC
 * unless a test is about zones), so the expectations hold whatever the machine's zone.
 */
export function lifters(name: string, zone = 'UTC'): () => Promise<Deps> {
  const dir = mkdtempSync(join(tmpdir(), `thrust-${name}-`));
  let store: Store | undefined;
  let n = 0;
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return async () => {
    if (!store) {
      const opened = await openSqlite(join(dir, 'thrust.db'));
      if (!opened.ok) throw new Error(JSON.stringify(opened.error));
      store = opened.value;
    }
    const user = await store.user(`lifter-${n++}`);
    return { store, user, now: () => new Date('2026-11-24T12:00:00Z'), newId: randomUUID, zone };
  };
}

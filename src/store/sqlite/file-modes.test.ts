/**
 * The log holds body data and, on a multi-user server, password hashes: the file SQLite
 * keeps it in, its -wal and -shm companions, and a folder made for it are the owner's
 * alone (0600, 0700) under the usual umask, while a file that already exists keeps its mode.
 */
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from './open.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite file and its folder', () => {
  let dir: string;
  let umask: number;

  beforeAll(() => {
    umask = process.umask(0o022); // the common default, which would give 0644 and 0755
    dir = mkdtempSync(join(tmpdir(), 'thrust-modes-'));
  });
  afterAll(() => {
    process.umask(umask);
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a new file 0600, its -wal and -shm 0600, and a new folder 0700', async () => {
    const folder = join(dir, 'made', 'here');
    const path = join(folder, 'thrust.db');
    const opened = await openSqlite(path, { makeDir: true });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    await opened.value.user('local'); // a write, so the WAL files are there
    try {
      expect(mode(path).toString(8)).toBe('600');
      expect(mode(`${path}-wal`).toString(8)).toBe('600');
      expect(mode(`${path}-shm`).toString(8)).toBe('600');
      expect(mode(folder).toString(8)).toBe('700');
      expect(mode(join(dir, 'made')).toString(8)).toBe('700');
    } finally {
      await opened.value.close();
    }
  });

  it('leaves the mode of a file that is already there, and of a folder it did not make', async () => {
    const path = join(dir, 'shared.db');
    writeFileSync(path, '');
    chmodSync(path, 0o640);
    chmodSync(dir, 0o750);
    const opened = await openSqlite(path);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    await opened.value.close();
    expect(mode(path).toString(8)).toBe('640');
    expect(mode(dir).toString(8)).toBe('750');
  });
});

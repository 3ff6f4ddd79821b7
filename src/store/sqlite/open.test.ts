import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from './open.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'thrust-open-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('opening the SQLite file for what a command needs', () => {
  it('read and write never create a file; create does, in a folder that exists', async () => {
    const dir = temp();
    const path = join(dir, 'x.db');
    for (const access of ['read', 'write'] as const) {
      const r = await openSqlite(path, { access });
      expect(r).toEqual({ ok: false, error: { code: 'missing', where: path } });
    }
    expect(readdirSync(dir)).toEqual([]);
    const deep = join(dir, 'a', 'b', 'x.db');
    expect(await openSqlite(deep, { access: 'create' })).toEqual({
      ok: false,
      error: { code: 'no-folder', where: deep, folder: join(dir, 'a', 'b') },
    });
    expect(readdirSync(dir)).toEqual([]);
    const made = await openSqlite(deep, { access: 'create', makeDir: true });
    expect(made.ok).toBe(true);
    if (made.ok) await made.value.close();
    expect(existsSync(deep)).toBe(true);
  });

  it('a read sees what was written, and cannot write', async () => {
    const path = join(temp(), 'x.db');
    const w = await openSqlite(path);
    if (!w.ok) throw new Error(w.error.code);
    const user = await w.value.user('local');
    await w.value.close();
    const r = await openSqlite(path, { access: 'read' });
    if (!r.ok) throw new Error(r.error.code);
    expect(await r.value.user('local')).toBe(user);
    await expect(r.value.user('someone else')).rejects.toThrow(/readonly/);
    await r.value.close();
  });

  it('a file with no Thrust tables is "missing" to a read; a file that is not SQLite is unreadable', async () => {
    const dir = temp();
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    expect(await openSqlite(empty, { access: 'read' })).toMatchObject({
      ok: false,
      error: { code: 'missing' },
    });
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database '.repeat(100));
    expect(await openSqlite(junk, { access: 'read' })).toMatchObject({
      ok: false,
      error: { code: 'unreadable', where: junk },
    });
    expect(await openSqlite(dir, { access: 'read' })).toMatchObject({
      ok: false,
      error: { code: 'unreadable', detail: 'it is a folder, not a database file' },
    });
  });
});

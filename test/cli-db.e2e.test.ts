/**
 * `--db PATH` and the data directory, driven through the built `thrust`: a read never
 * creates a file or a folder, only init, import and restore create a database, no folder is
 * created but the default data directory, and a read-only database can be read.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const dirs: string[] = [];

function home(): string {
  const d = mkdtempSync(join(tmpdir(), 'thrust-db-'));
  chmodSync(d, 0o755);
  dirs.push(d);
  return d;
}

afterAll(() => {
  for (const d of dirs) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

/**
 * As root every file is writable, so a read-only file is tried as the user nobody; as
 * anyone else, as themselves.
 */
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** Run `thrust ...` in `dir` (relative paths land there), its data under dir/data. */
function thrust(dir: string, args: string[], opts: { env?: object; nobody?: boolean } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-02',
      ...opts.env,
    },
    ...(opts.nobody ? asNobody : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('a command that reads never creates a database', () => {
  it.each([
    [['--db', 'NaN', 'status']],
    [['log', '--db', '3x12@95', 'hip-thrust']],
    [['--db', 'some/missing/dir/x.db', 'status']],
    [['--db', 'x.db', 'today']],
    [['--db', 'x.db', 'next']],
    [['--db', 'x.db', 'history']],
    [['--db', 'x.db', 'stats']],
    [['--db', 'x.db', 'plan']],
    [['--db', 'x.db', 'settings']],
    [['--db', 'x.db', 'export']],
    [['--db', 'x.db', 'log', 'hip-thrust', '3x12@95']],
    [['--db', 'x.db', 'undo']],
    [['--db', 'x.db', 'measure', '98']],
    [['--db', 'x.db', 'settings', '--stall-after', '4']],
    [['--db', 'x.db', 'plan', '--new']],
  ])('thrust %j: exit 5, "run thrust init first", nothing created', (args) => {
    const dir = home();
    const r = thrust(dir, args);
    expect(r.err).toMatch(/^thrust: No database at \S+: run `thrust init` first/);
    expect(r.code).toBe(5);
    expect(files(dir)).toEqual([]);
  });

  it('nor the default data directory', () => {
    const dir = home();
    expect(thrust(dir, ['today']).code).toBe(5);
    expect(thrust(dir, ['status']).code).toBe(5);
    expect(files(dir)).toEqual([]);
  });

  it('import --dry-run changes nothing, so it needs a database too', () => {
    const dir = home();
    writeFileSync(
      join(dir, 'strong.csv'),
      'Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n',
    );
    const r = thrust(dir, ['--db', 'x.db', 'import', 'strong.csv', '--dry-run']);
    expect(r.code).toBe(5);
    expect(files(dir)).toEqual(['strong.csv']);
  });
});

describe('only init, import and restore create one', () => {
  it('init creates the default data directory, and nothing else', () => {
    const dir = home();
    expect(thrust(dir, ['init', '--yes']).code).toBe(0);
    expect(files(dir)).toEqual(['data', 'data/thrust', 'data/thrust/thrust.db']);
  });

  it('init creates a database in an existing folder', () => {
    const dir = home();
    expect(thrust(dir, ['--db', 'mine.db', 'init', '--yes']).code).toBe(0);
    expect(files(dir)).toEqual(['mine.db']);
    expect(thrust(dir, ['--db', 'mine.db', 'today']).code).toBe(0);
    expect(files(dir)).toEqual(['mine.db']);
  });

  it.each([
    [['--db', 'some/missing/dir/x.db', 'init', '--yes'], {}],
    [['init', '--yes'], { THRUST_DB: 'missing/x.db' }],
    [['--db', 'missing/x.db', 'restore', 'backup.json'], {}],
  ])('never a folder: thrust %j %j exits 4 naming it', (args, env) => {
    const dir = home();
    writeFileSync(join(dir, 'backup.json'), '{}');
    const r = thrust(dir, args, { env });
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/The folder \S*missing\S* does not exist.*mkdir -p/);
    expect(files(dir)).toEqual(['backup.json']);
  });

  it('an empty --db is a usage error', () => {
    const dir = home();
    const r = thrust(dir, ['--db', '', 'today']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--db: give a database file path/);
  });
});

describe('a read-only database', () => {
  const setUp = () => {
    const dir = home();
    expect(thrust(dir, ['--db', 'ro.db', 'init', '--yes', '--working', '95x12']).code).toBe(0);
    expect(thrust(dir, ['--db', 'ro.db', 'log', 'hip-thrust', '3x12@95', '--clean']).code).toBe(0);
    chmodSync(join(dir, 'ro.db'), 0o444);
    return dir;
  };

  it('can be read, in a folder the lifter can write to or not, and leaves nothing beside it', () => {
    const dir = setUp();
    for (const folderMode of [0o777, 0o555]) {
      chmodSync(dir, folderMode);
      for (const cmd of ['today', 'history', 'status', 'stats', 'next', 'plan', 'settings']) {
        const r = thrust(dir, ['--db', 'ro.db', cmd], { nobody: true });
        expect(r.err, `${cmd} in a folder of mode ${folderMode.toString(8)}`).toBe('');
        expect(r.code).toBe(0);
      }
      const history = thrust(dir, ['--db', 'ro.db', 'history'], { nobody: true });
      expect(history.out).toMatch(/12 x 95 lb|95 lb/);
    }
    chmodSync(dir, 0o755);
    expect(files(dir)).toEqual(['ro.db']);
  });

  it('refuses a write with a sentence and exit 4, and is left as it was', () => {
    const dir = setUp();
    for (const args of [
      ['log', 'hip-thrust', '3x12@95'],
      ['undo'],
      ['measure', '98'],
      ['settings', '--stall-after', '4'],
      ['init', '--yes', '--force'],
    ]) {
      const r = thrust(dir, ['--db', 'ro.db', ...args], { nobody: true });
      expect(r.err, args.join(' ')).toMatch(
        /The database at ro\.db is read-only \(the file or its folder cannot be written\), and this command saves\. Reading works/,
      );
      expect(r.code).toBe(4);
    }
    const history = thrust(dir, ['--db', 'ro.db', 'history', '--json'], { nobody: true });
    expect((JSON.parse(history.out) as { sets: unknown[] }[])[0]?.sets).toHaveLength(3);
  });
});

describe('reading leaves no -wal or -shm file behind', () => {
  it('after today, stats and status', () => {
    const dir = home();
    expect(thrust(dir, ['--db', 'a.db', 'init', '--yes']).code).toBe(0);
    for (const cmd of ['today', 'stats', 'status']) thrust(dir, ['--db', 'a.db', cmd]);
    expect(existsSync(join(dir, 'a.db-wal'))).toBe(false);
    expect(files(dir)).toEqual(['a.db']);
  });
});

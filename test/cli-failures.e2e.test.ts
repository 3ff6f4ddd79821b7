/**
 * Every failure a sentence and a documented exit code, never a stack trace, driven through
 * the built `thrust` on real SQLite files: a damaged database, `--out` targets that cannot
 * be written, a port in use, a closed pipe, and dates that are not days of the calendar.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const TODAY = '2026-11-02';
const dirs: string[] = [];

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'thrust-fail-'));
  chmodSync(d, 0o755);
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** As root every file is writable, so an unwritable target is tried as the user nobody. */
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function thrust(dir: string, args: string[], opts: { nobody?: boolean } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 20_000,
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: TODAY,
    },
    ...(opts.nobody ? asNobody : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A sentence, not a trace: one `thrust: ...` line, no "at file:line" frames, no "bug". */
function expectSentence(err: string): void {
  expect(err).toMatch(/^thrust: [^\n]+\.\n$/);
  expect(err).not.toMatch(/\n\s+at |a bug|Error:/);
}

/** A lifter with a week of sets, in dir/thrust.db. */
function lifter(): string {
  const dir = temp();
  const init = thrust(dir, [
    '--db',
    'thrust.db',
    'init',
    '--yes',
    '--units',
    'lb',
    '--working',
    '95x12',
  ]);
  expect(init.code, init.err).toBe(0);
  for (const date of ['2026-10-26', '2026-10-28', '2026-10-30']) {
    const r = thrust(dir, [
      '--db',
      'thrust.db',
      'log',
      'hip-thrust',
      '3x12@95',
      '--clean',
      '--date',
      date,
    ]);
    expect(r.code, r.err).toBe(0);
  }
  return dir;
}

/** Junk over `pages` of the file's 4096-byte pages, from page `from` (0 is the header's). */
function spoil(file: string, from: number, pages: number): void {
  const fd = openSync(file, 'r+');
  const junk = Buffer.alloc(4096 * pages, 0xa5);
  writeSync(fd, junk, 0, junk.length, 4096 * from);
  closeSync(fd);
}

describe('a damaged database', () => {
  it('pages spoiled in the middle of the file: a sentence and exit 4, for reads and writes', () => {
    const dir = lifter();
    const file = join(dir, 'thrust.db');
    const pages = statSync(file).size / 4096;
    expect(existsSync(`${file}-wal`)).toBe(false);
    spoil(file, 1, pages - 2);
    for (const args of [['today'], ['history'], ['stats'], ['log', 'hip-thrust', '1x12@95']]) {
      const r = thrust(dir, ['--db', 'thrust.db', ...args]);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(4);
      expectSentence(r.err);
      expect(r.err).toMatch(/thrust\.db is damaged|damaged or is not a Thrust database/);
    }
  });

  it('a file that is not a database at all: exit 4, and no advice to check the path', () => {
    const dir = lifter();
    spoil(join(dir, 'thrust.db'), 0, 1);
    const r = thrust(dir, ['--db', 'thrust.db', 'today']);
    expect(r.code).toBe(4);
    expectSentence(r.err);
    expect(r.err).toMatch(/damaged or is not a Thrust database/);
    expect(r.err).not.toMatch(/Check the path/);
  });
});

describe('a PostgreSQL server that does not answer', () => {
  it('exit 4, with advice about DATABASE_URL and the server, not about a file path', () => {
    const dir = temp();
    const r = spawnSync(process.execPath, [BIN, 'today'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 20_000,
      // Port 1 on loopback: nothing listens there, so the connection is refused at once.
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        DATABASE_URL: 'postgres://thrust@127.0.0.1:1/thrust',
      },
    });
    expect(r.status).toBe(4);
    expectSentence(r.stderr);
    expect(r.stderr).toMatch(/Check DATABASE_URL \(host, port, user, password, database\)/);
    expect(r.stderr).not.toMatch(/Check the path/);
  });
});

describe('export --out that cannot be written: exit 3, saying why', () => {
  let dir: string;
  beforeAll(() => {
    dir = lifter();
    mkdirSync(join(dir, 'a-folder'));
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    chmodSync(join(dir, 'thrust.db'), 0o644);
  });

  it.each([
    [
      'a missing folder',
      'missing/dir/x.json',
      'thrust: missing/dir/x.json: no such file, or its folder does not exist (Thrust creates no folders: mkdir it first).\n',
    ],
    [
      'a folder',
      'a-folder',
      'thrust: a-folder: it is a folder; give a file name inside it, e.g. a name ending .json or .csv.\n',
    ],
    [
      'a path through a file',
      'thrust.db/x.json',
      'thrust: thrust.db/x.json: a part of the path is a file, not a folder.\n',
    ],
  ])('%s', (_what, out, said) => {
    const before = readdirSync(dir).sort();
    const r = thrust(dir, ['--db', 'thrust.db', 'export', '--out', out]);
    expect(r.code).toBe(3);
    expect(r.err).toBe(said);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it.runIf(existsSync('/dev/full'))('a full disk (/dev/full)', () => {
    const r = thrust(dir, ['--db', 'thrust.db', 'export', '--out', '/dev/full']);
    expect(r.code).toBe(3);
    expect(r.err).toBe('thrust: Cannot write: the disk is full.\n');
  });

  it('a folder the user may not write', () => {
    const r = thrust(dir, ['--db', 'thrust.db', 'export', '--out', 'locked/x.json'], {
      nobody: true,
    });
    expect(r.code).toBe(3);
    expect(r.err).toBe(
      'thrust: locked/x.json: permission denied (check the permissions of the file and its folder).\n',
    );
    expect(readdirSync(join(dir, 'locked'))).toEqual([]);
  });
});

describe('serve on a port already in use', () => {
  it('exits 3 with a sentence naming the port, instead of an unhandled EADDRINUSE', async () => {
    const dir = lifter();
    const holder = createServer();
    await new Promise<void>((ok) => holder.listen(0, '127.0.0.1', ok));
    const port = (holder.address() as AddressInfo).port;
    try {
      const r = await new Promise<{ code: number | null; err: string }>((done) => {
        const child = spawn(
          process.execPath,
          [BIN, '--db', 'thrust.db', 'serve', '--port', String(port)],
          {
            cwd: dir,
            env: { PATH: process.env.PATH, HOME: dir, THRUST_TODAY: TODAY },
          },
        );
        let err = '';
        child.stderr.on('data', (b: Buffer) => (err += b.toString()));
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.on('close', (code) => {
          clearTimeout(kill);
          done({ code, err });
        });
      });
      expect(r.code).toBe(3);
      expect(r.err).toBe(
        `thrust: --port ${port}: another program is already listening on 127.0.0.1:${port} (another thrust serve?). Stop it, or choose another port: thrust serve --port 8081.\n`,
      );
    } finally {
      holder.close();
    }
  });
});

describe('a reader that closes the pipe', () => {
  it.each([
    ['thrust --help | head -1', `"${process.execPath}" "${BIN}" --help | head -n 1`],
    ['thrust --help | :', `"${process.execPath}" "${BIN}" --help | :`],
    ['thrust demo | :', `"${process.execPath}" "${BIN}" demo | :`],
  ])('%s: thrust exits 0 and writes nothing to stderr', (_what, line) => {
    const dir = temp();
    const r = spawnSync('bash', ['-c', `${line}; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/status=0\n$/);
  });
});

describe('dates: a day of the calendar, 1970-01-01 to 2099-12-31, else exit 3 and nothing stored', () => {
  let dir: string;
  beforeAll(() => {
    dir = lifter();
  });
  const history = () => thrust(dir, ['--db', 'thrust.db', 'history', '--json']).out;

  it.each([
    [
      ['log', 'hip-thrust', '3x12@95', '--date', '2026-02-30'],
      '--date: 2026-02-30 is not a day of the calendar: February 2026 has 28 days.',
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--date', '2024-02-30'],
      '--date: 2024-02-30 is not a day of the calendar: February 2024 has 29 days.',
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--date', '1800-01-01'],
      '--date: 1800-01-01 is outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year.',
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--date', '9999-12-31'],
      '--date: 9999-12-31 is outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year.',
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--date', 'yesterday'],
      '--date: "yesterday" is not a date; give YYYY-MM-DD, e.g. 2026-03-14.',
    ],
    [
      ['measure', '98', '--date', '2026-04-31'],
      '--date: 2026-04-31 is not a day of the calendar: April 2026 has 30 days.',
    ],
    [
      ['measure', '98', '--date', '2026-13-01'],
      '--date: 2026-13-01 has no month 13; months run 01 to 12 (YYYY-MM-DD).',
    ],
    [
      ['test', 'jump', '45', '--date', '1900-01-01'],
      '--date: 1900-01-01 is outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year.',
    ],
    [
      ['history', '--since', '2026-02-30'],
      '--since: 2026-02-30 is not a day of the calendar: February 2026 has 28 days.',
    ],
    [
      ['stats', '--since', '1800-01-01'],
      '--since: 1800-01-01 is outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year.',
    ],
    [
      ['today', '--date', '2026-06-31'],
      '--date: 2026-06-31 is not a day of the calendar: June 2026 has 30 days.',
    ],
    [
      ['plan', '--new', '--start', '9999-12-31'],
      '--start: 9999-12-31 is outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year.',
    ],
  ])('thrust %j', (args, said) => {
    const before = history();
    const r = thrust(dir, ['--db', 'thrust.db', ...args]);
    expect(r.code).toBe(3);
    expect(r.err).toBe(`thrust: ${said}\n`);
    expect(history()).toBe(before);
  });

  it('a leap day is a day', () => {
    const r = thrust(dir, ['--db', 'thrust.db', 'measure', '38', '--date', '2024-02-29']);
    expect(r.code, r.err).toBe(0);
  });
});

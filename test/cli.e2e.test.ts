/**
 * The built `thrust` command, driven as a new lifter would: set up, see today, log three
 * sessions with clean form, see the load rise, correct a set, see the prescription follow.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { expectValidBackup } from '../src/app/backup-schema.testkit.js';
import { LATEST } from '../src/store/migrations/index.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const dirs: string[] = [];

function home(): string {
  const d = mkdtempSync(join(tmpdir(), 'thrust-cli-'));
  dirs.push(d);
  return d;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Run `thrust ...` with its data under `dir` and "today" pinned. */
function thrust(dir: string, today: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: today,
    },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json<T>(r: { code: number | null; out: string; err: string }): T {
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
}

interface NextJson {
  day: { id: string; date: string };
  items: {
    exercise: { id: string };
    prescription: {
      load: { value: number; unit: string };
      reps: number;
      sets: number;
      change: string;
      reason: string;
    };
  }[];
}
const hipThrust = (n: NextJson) =>
  n.items.find((i) => i.exercise.id === 'barbell-hip-thrust')?.prescription;

describe('a new lifter on the command line', () => {
  const dir = home();

  it('sets up with flags, stores the data under XDG_DATA_HOME, and sees today', () => {
    const init = thrust(
      dir,
      '2026-11-02',
      'init',
      '--yes',
      '--units',
      'lb',
      '--goal',
      'accessory',
      '--days',
      '3',
      '--working',
      '95x10',
    );
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/Starting from your 95 lb x 10/);
    const today = thrust(dir, '2026-11-02', 'today');
    expect(today.code).toBe(0);
    expect(today.out).toMatch(/Banded hip thrust: 3 x 15 .*hold 2 s/);
    expect(today.out).toMatch(/Back squat/);
    expect(today.out).toMatch(/Barbell hip thrust: 3 x 10 @ 95 lb, hold 2 s at the top/);
    expect(today.out).toMatch(/Plates: 25 per side/);
    expect(today.out).toMatch(/\[x\] Knee sleeves/);
    const status = json<{ database: string }>(thrust(dir, '2026-11-02', 'status', '--json'));
    expect(status.database).toBe(`SQLite (${join(dir, 'data', 'thrust', 'thrust.db')})`);
  });

  it('logs three clean sessions and the next load rises by the rule', () => {
    expect(thrust(dir, '2026-11-02', 'log', 'hip-thrust', '3x10@95', '--clean').code).toBe(0);
    // Every set done clean: the load rises at once (the first increase), back to 10 reps.
    const first = hipThrust(json<NextJson>(thrust(dir, '2026-11-02', 'next', '--json')));
    expect(first).toMatchObject({ load: { value: 105 }, reps: 10, change: 'increase' });
    expect(first?.reason).toBe(
      '+10 lb: all 3 sets of 10 at 95 lb with clean form on Mon 2 Nov (R8).',
    );
    expect(
      thrust(
        dir,
        '2026-11-04',
        'log',
        'Hip Thrust (Barbell)',
        '10@105',
        '10@105',
        '10@105',
        '--clean',
      ).code,
    ).toBe(0);
    // The pace (10 lb every 3 weeks) holds the load; the rep target climbs meanwhile.
    const second = hipThrust(json<NextJson>(thrust(dir, '2026-11-04', 'next', '--json')));
    expect(second).toMatchObject({ load: { value: 105 }, reps: 11, change: 'reps' });
    expect(second?.reason).toMatch(/load next from Mon 23 Nov/);
    expect(
      thrust(dir, '2026-11-06', 'log', 'hip-thrust', '3x11@105', '--clean', '--felt', 'glutes')
        .code,
    ).toBe(0);
    const next = json<NextJson>(thrust(dir, '2026-11-06', 'next', '--json'));
    expect(next.day).toMatchObject({ id: 'w2d1', date: '2026-11-09' });
    expect(hipThrust(next)).toMatchObject({
      load: { value: 105, unit: 'lb' },
      reps: 12,
      change: 'reps',
    });
  });

  it('follows a corrected set: the progress goes away when a set was short', () => {
    const history = json<{ date: string; sets: { id: string; reps: number }[] }[]>(
      thrust(dir, '2026-11-06', 'history', 'hip-thrust', '--json'),
    );
    const lastSession = history[0];
    expect(lastSession?.date).toBe('2026-11-06');
    const id = lastSession?.sets[2]?.id ?? '';
    const edit = thrust(dir, '2026-11-06', 'edit', id.slice(0, 8), '--reps', '10');
    expect(edit.code).toBe(0);
    const next = json<NextJson>(thrust(dir, '2026-11-06', 'next', '--json'));
    expect(hipThrust(next)).toMatchObject({ load: { value: 105 }, reps: 11, change: 'repeat' });
    expect(hipThrust(next)?.reason).toMatch(/set 3: 10 of 11 reps/);
  });

  it('shows the progress in stats: e1RM PRs, adherence and the projection', () => {
    interface StatsJson {
      adherence: { total: { plannedSessions: number; doneSessions: number } };
      main: {
        prs: {
          e1rm: { date: string; e1rm: number }[];
          load: { date: string; set: { load: { value: number }; reps: number } }[];
        };
      };
      projection: { result: { kind: string } };
    }
    const s = json<StatsJson>(thrust(dir, '2026-11-06', 'stats', '--json'));
    expect(s.adherence.total).toMatchObject({ plannedSessions: 3, doneSessions: 3 });
    // Epley, from each session's last set (the one nearest failure): 95 x 10 -> 126.67,
    // 105 x 10 -> 140; on 6 Nov 105 x 11, 11 and then 10 (corrected above): 140 again, no
    // record by estimate, though 105 x 11 is one by what was lifted.
    expect(s.main.prs.e1rm.map((p) => [p.date, Math.round(p.e1rm * 100) / 100])).toEqual([
      ['2026-11-02', 126.67],
      ['2026-11-04', 140],
    ]);
    expect(s.main.prs.load.map((p) => [p.date, p.set.load.value, p.set.reps])).toEqual([
      ['2026-11-02', 95, 10],
      ['2026-11-04', 105, 10],
      ['2026-11-06', 105, 11],
    ]);
    // 95, 105, 105 lb for 3x10 or more: a rising line to project from.
    expect(s.projection.result.kind).toBe('projected');
    const text = thrust(dir, '2026-11-06', 'stats');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/185 lb for 3x10/);
    expect(text.out).toMatch(/e1RM PR 140 ±14 lb \(105 lb x 10\) on 2026-11-04/);
    expect(text.out).toMatch(/heaviest: 105 lb x 11 on 2026-11-06/);
    const one = thrust(dir, '2026-11-06', 'stats', 'hip-thrust').out;
    expect(one).toMatch(/105 lb\s+11 reps\s+2026-11-06/);
    expect(one).toMatch(/Heaviest-set PRs[^\n]*\n(.*\n)*\s+2026-11-06\s+105 lb x 11/);
    expect(one).toMatch(/about ±10%/);
  });

  it('undoes the last set', () => {
    const before = json<unknown[]>(thrust(dir, '2026-11-06', 'history', '--json'));
    const undo = thrust(dir, '2026-11-06', 'undo');
    expect(undo.code).toBe(0);
    // The last set logged is the third of the 6 Nov batch, corrected above to 10 reps.
    expect(undo.out).toMatch(/^Removed: .*Barbell hip thrust: 10 @ 105 lb/);
    const after = json<{ sets: unknown[] }[]>(thrust(dir, '2026-11-06', 'history', '--json'));
    expect(after).toHaveLength(before.length);
    expect(after[0]?.sets).toHaveLength(2);
  });
});

describe('felt it in the hamstrings (R7)', () => {
  it('puts the foot-position cue first at the next session', () => {
    const dir = home();
    thrust(dir, '2026-11-02', 'init', '--yes', '--working', '95x12');
    expect(thrust(dir, '2026-11-04', 'today').out).not.toMatch(/Felt it in/);
    thrust(dir, '2026-11-02', 'log', 'hip-thrust', '2x8@110', '--clean', '--felt', 'hamstrings');
    thrust(dir, '2026-11-02', 'log', 'hip-thrust', '8@110', '--clean', '--felt', 'glutes');
    const today = thrust(dir, '2026-11-04', 'today').out;
    // Lines fold at 100 characters, so the words may run onto the next line.
    expect(today.replace(/\s+/g, ' ')).toMatch(
      /Feet first: Felt it in the hamstrings on 2 of 3 noted sets last time: bring your feet a little closer to your hips/,
    );
    // The foot cue leads every hip thrust; the shins cue is said once, under the first.
    expect(today).toMatch(/Barbell hip thrust[\s\S]*?Feet first/);
    expect(today).toMatch(/Feet first[\s\S]*?\n {3}- Shins roughly vertical/);
    expect(today.match(/- Shins roughly vertical/g)).toHaveLength(1);
    // Reporting the glutes next time clears it.
    thrust(dir, '2026-11-04', 'log', 'hip-thrust', '3x8@110', '--clean', '--felt', 'glutes');
    expect(thrust(dir, '2026-11-06', 'today').out).not.toMatch(/Feet first/);
  });
});

describe('progress photos (R9)', () => {
  it('keeps a photo’s path and date, and refuses what is not an image', () => {
    const dir = home();
    thrust(dir, '2026-11-02', 'init', '--yes');
    const jpg = join(dir, 'side.jpg');
    writeFileSync(jpg, 'not really a jpeg, but a file');
    expect(thrust(dir, '2026-11-02', 'photo', jpg, '--date', '2026-11-01').out).toBe(
      `Kept ${jpg} for 2026-11-01 (1 photo).\n`,
    );
    const txt = join(dir, 'notes.txt');
    writeFileSync(txt, 'x');
    const bad = thrust(dir, '2026-11-02', 'photo', txt);
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(
      /path: expected an image file \(\.jpg, \.jpeg, \.png, \.heic, \.webp\)/,
    );
    expect(thrust(dir, '2026-11-02', 'photo', join(dir, 'missing.png')).err).toMatch(
      /missing\.png: no such file/,
    );
    expect(
      json<{ path: string }[]>(thrust(dir, '2026-11-02', 'photo', '--json')).map((p) => p.path),
    ).toEqual([jpg]);
  });
});

describe('bad input is refused with a clear message, and nothing is written', () => {
  const dir = home();
  thrust(dir, '2026-11-02', 'init', '--yes', '--working', '95x12');
  const count = () =>
    json<{ sets: unknown[] }[]>(thrust(dir, '2026-11-02', 'history', '--json')).reduce(
      (n, s) => n + s.sets.length,
      0,
    );

  it.each([
    [
      ['log', 'hip-thrust', '3x12@-95', '--clean'],
      3,
      /sets\[0\]: "3x12@-95" is not a set; write SETSxREPS@LOAD/,
    ],
    [['log', 'hip-thrust', '3x12@5000', '--clean'], 3, /^thrust: load: is over 1500 lb/],
    [['log', 'hip-thrust', '3x0@95'], 3, /^thrust: reps: must be at least 1/],
    [['log', 'hip-thrust', '3x500@95'], 3, /^thrust: reps: must be at most 100/],
    [
      ['log', 'hip-thurst', '3x12@95'],
      3,
      /unknown exercise "hip-thurst"\. Did you mean "barbell-hip-thrust"/,
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--date', '2026-12-25'],
      3,
      /date: 2026-12-25 is in the future/,
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--date', '2026-02-30'],
      3,
      /--date: 2026-02-30 is not a day of the calendar: February 2026 has 28 days/,
    ],
    [['log', 'single-leg-hip-thrust', '2x10'], 3, /single-sided: say which side/],
    [['log', 'hip-thrust', '3x12@95', '--rpe', '11'], 3, /--rpe: must be at most 10/],
    [['log', 'hip-thrust', '3x12@95', '--felt', 'elbows'], 2, /argument 'elbows' is invalid/],
    [['log', 'hip-thrust', '3x12@95', '--bogus'], 2, /unknown option '--bogus'/],
    [['edit', 'ffffffff', '--reps', '3'], 3, /No set with id ffffffff/],
  ])('thrust %j exits %i', (args, code, pattern) => {
    const before = count();
    const r = thrust(dir, '2026-11-02', ...args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(pattern);
    expect(count()).toBe(before);
  });

  it('asks a new user to set up first', () => {
    const fresh = home();
    const r = thrust(fresh, '2026-11-02', 'today');
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/run `thrust init` first/);
  });
});

describe('the database', () => {
  it('refuses an unreadable file with the path and exit code 4', () => {
    const dir = home();
    const file = join(dir, 'garbage.db');
    writeFileSync(file, 'this is not a database, just some bytes '.repeat(200));
    const r = thrust(dir, '2026-11-02', '--db', file, 'today');
    expect(r.code).toBe(4);
    expect(r.err).toContain(`Cannot open the database at ${file}`);
  });

  it('refuses a database written by a newer version, and leaves it as it was', () => {
    const dir = home();
    const file = join(dir, 'new.db');
    expect(thrust(dir, '2026-11-02', '--db', file, 'init', '--yes').code).toBe(0);
    const db = new Database(file);
    db.exec(`insert into thrust_schema (version, applied_at) values (42, 'later')`);
    db.close();
    const r = thrust(dir, '2026-11-02', '--db', file, 'today');
    expect(r.code).toBe(4);
    expect(r.err).toContain(
      `schema version 42; this version of Thrust knows up to ${LATEST}. Upgrade Thrust`,
    );
  });

  it('does not load the PostgreSQL driver, the prompts, the server, the MCP SDK or the file formats for `today`', () => {
    const dir = home();
    thrust(dir, '2026-11-02', 'init', '--yes');
    const trace = join(import.meta.dirname, 'trace-imports.mjs');
    const r = spawnSync(process.execPath, ['--import', trace, BIN, 'today'], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        XDG_DATA_HOME: join(dir, 'data'),
        THRUST_TODAY: '2026-11-02',
      },
    });
    expect(r.status).toBe(0);
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('import:'));
    expect(loaded.some((l) => l.includes('/better-sqlite3/'))).toBe(true);
    expect(
      loaded.filter((l) =>
        /\/node_modules\/(pg|pg-pool|@clack|hono|@hono|papaparse|ics|cli-progress|@modelcontextprotocol|@garmin|selfsigned)\//.test(
          l,
        ),
      ),
    ).toEqual([]);
    // Thrust's own modules inside the bundle's chunks, named by each chunk's source map: only
    // the module of `today`'s commands, and no server, MCP, file format or PostgreSQL code
    // (formats/zone.ts, the lifter's time zone, is a clock helper the use cases share).
    const sources = [
      ...new Set(
        loaded
          .filter((l) => l.includes('/dist/bundle/'))
          .map((l) => `${fileURLToPath(l.slice('import:'.length))}.map`)
          // rolldown's runtime chunk has no map (it is not one of Thrust's modules).
          .filter((map) => existsSync(map))
          .flatMap(
            (map) => (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources,
          ),
      ),
    ];
    expect(sources).toContain('../cli/commands/training.js');
    expect(
      sources.filter(
        (s) => /^\.\.\/(http|mcp|formats|store\/postgres)\//.test(s) && s !== '../formats/zone.js',
      ),
    ).toEqual([]);
    expect(sources.filter((s) => s.startsWith('../cli/commands/')).sort()).toEqual([
      '../cli/commands/index.js', // the list of commands by module
      '../cli/commands/session.js',
      '../cli/commands/training.js',
    ]);
  });
});

describe('help', () => {
  it('every command has help with an example', () => {
    const dir = home();
    for (const cmd of [
      'init',
      'plan',
      'today',
      'log',
      'edit',
      'undo',
      'history',
      'measure',
      'test',
      'next',
    ]) {
      const r = thrust(dir, '2026-11-02', cmd, '--help');
      expect(r.code, cmd).toBe(0);
      expect(r.out, cmd).toMatch(/Example/);
    }
  });
});

describe('import, export and restore on the command line', () => {
  const FIXTURES = join(import.meta.dirname, 'fixtures', 'imports');

  it('dry-runs, imports, refuses a bad file with file:line:column, and round-trips a backup', () => {
    const dir = home();
    expect(thrust(dir, '2026-11-24', 'init', '--yes', '--units', 'kg').code).toBe(0);
    const dry = thrust(
      dir,
      '2026-11-24',
      'import',
      join(FIXTURES, 'strong-semicolon.csv'),
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(
      /^Dry run: would import strong \(semicolon \(with units\)\): 2 workouts, 7 sets, 2026-04-06 to 2026-04-08\./,
    );
    expect(dry.out).toMatch(/1 {2}Leg Press -> Leg press\n/);
    const bad = thrust(dir, '2026-11-24', 'import', join(FIXTURES, 'strong-bad-last-line.csv'));
    expect(bad.code).toBe(3);
    expect(bad.err).toContain(
      'strong-bad-last-line.csv:4:5: Weight: expected a number, got "sixty"',
    );
    const real = thrust(dir, '2026-11-24', 'import', join(FIXTURES, 'strong-semicolon.csv'));
    expect(real.out).toMatch(/7 sets added, 0 already here\./);
    const backup = join(dir, 'backup.json');
    expect(thrust(dir, '2026-11-24', 'export', '--out', backup).code).toBe(0);
    expectValidBackup(readFileSync(backup, 'utf8'));
    const other = join(dir, 'restored.db');
    const restored = thrust(dir, '2026-11-24', '--db', other, 'restore', backup);
    expect(restored.out).toBe(`Restored 2 sessions and 7 sets from ${backup}.\n`);
    const a = json<Record<string, unknown>>(thrust(dir, '2026-11-24', 'history', '--json'));
    const b = json<Record<string, unknown>>(
      thrust(dir, '2026-11-24', '--db', other, 'history', '--json'),
    );
    expect(b).toEqual(a);
    const again = thrust(dir, '2026-11-24', '--db', other, 'restore', backup);
    expect(again.code).toBe(5);
    expect(again.err).toMatch(/There is data here already/);
    const ics = thrust(dir, '2026-11-24', 'export', '--format', 'ics');
    expect(ics.out).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe('thrust settings', () => {
  it('shows and changes settings, keeping the rest; a value out of range changes nothing', () => {
    const dir = home();
    thrust(dir, '2026-11-02', 'init', '--yes');
    const before = json<Record<string, unknown>>(thrust(dir, '2026-11-02', 'settings', '--json'));
    const after = json<Record<string, unknown>>(
      thrust(dir, '2026-11-02', 'settings', '--stall-after', '4', '--formula', 'brzycki', '--json'),
    );
    expect(after).toEqual({ ...before, stallAfter: 4, formula: 'brzycki' });
    const bad = thrust(dir, '2026-11-02', 'settings', '--deload', '90');
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/--deload: must be at most 50 \(a percentage from 0 to 50\)/);
    expect(json(thrust(dir, '2026-11-02', 'settings', '--json'))).toEqual(after);
    expect(thrust(dir, '2026-11-02', 'settings').out).toMatch(/Stall after: +4 failed sessions/);
    // The pace cap: in the lifter's units, or off.
    expect(json(thrust(dir, '2026-11-02', 'settings', '--pace', '5/2', '--json'))).toMatchObject({
      pace: { load: { value: 5, unit: 'lb' }, weeks: 2, minWeeks: 2 },
    });
    expect(json(thrust(dir, '2026-11-02', 'settings', '--pace', 'off', '--json'))).toMatchObject({
      pace: null,
    });
    for (const wrong of ['fast', '0/3', '10/0']) {
      const r = thrust(dir, '2026-11-02', 'settings', '--pace', wrong);
      expect(r.code, wrong).toBe(3);
      expect(r.err, wrong).toMatch(/--pace: .* or off/);
    }
    expect(json(thrust(dir, '2026-11-02', 'settings', '--json'))).toMatchObject({ pace: null });
  });
});

describe('thrust serve', () => {
  it('serves the API on loopback and stops cleanly on SIGTERM', async () => {
    const dir = home();
    thrust(dir, '2026-11-02', 'init', '--yes', '--working', '95x12');
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        XDG_DATA_HOME: join(dir, 'data'),
        THRUST_TODAY: '2026-11-02',
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 50 && !out.includes('listening'); i++)
      await new Promise((r) => setTimeout(r, 100));
    const health = await (await fetch(`http://127.0.0.1:${port}/api/v1/health`)).json();
    expect(health).toEqual({ ok: true, engine: 'sqlite' });
    const today = (await (await fetch(`http://127.0.0.1:${port}/api/v1/today`)).json()) as {
      kind: string;
    };
    expect(today.kind).toBe('training');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/"msg":"stopping","signal":"SIGTERM"/);
    expect(out).toMatch(/"method":"GET","path":"\/api\/v1\/health","status":200/);
  });
});

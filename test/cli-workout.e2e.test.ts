/**
 * The built `thrust` command over a whole leg day, against a temporary SQLite file: catalogue
 * lifts and a lift of the lifter's own, last time beside the prescription, a record notice,
 * each session's time, and moving and deleting whole sessions.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const dir = mkdtempSync(join(tmpdir(), 'thrust-workout-'));
const DB = join(dir, 'legs.db');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `thrust --db DB ...` with "today" pinned and no terminal. */
function thrust(today: string, ...args: string[]) {
  const db = args[0] === '--db' ? [] : ['--db', DB];
  const r = spawnSync(process.execPath, [BIN, ...db, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, THRUST_TODAY: today },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ok(today: string, ...args: string[]): string {
  const r = thrust(today, ...args);
  expect([r.code, r.err]).toEqual([0, '']);
  return r.out;
}

const MON = '2026-11-23';
const WED = '2026-11-25';

describe('a whole leg day on the command line', () => {
  it('logs catalogue lifts by their app names, and one of the lifter’s own once asked', () => {
    ok(MON, 'init', '--yes', '--units', 'lb', '--goal', 'accessory', '--compounds');
    ok(MON, 'log', 'Squat (Barbell)', '3x5@135', '--clean');
    ok(MON, 'log', 'hip-thrust', '3x12@95', '--clean');
    expect(ok(MON, 'log', 'Bulgarian Split Squat', '3x10@25', '--clean')).toMatch(
      /Bulgarian split squat: 10 @ 25 lb {2}clean/,
    );
    expect(ok(MON, 'log', 'Romanian Deadlift (Dumbbell)', '3x10@40', '--clean')).toMatch(
      /Dumbbell Romanian deadlift: 10 @ 40 lb/,
    );
    expect(ok(MON, 'log', 'Hip Abductor (Machine)', '3x15@90')).toMatch(
      /Hip abduction \(machine\): 15 @ 90 lb/,
    );
    ok(MON, 'log', 'Leg Press', '3x12@180');
    // A name the catalogue lacks is refused with what to do, and nothing is stored.
    const refused = thrust(MON, 'log', 'Cossack Squat', '3x8@20');
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/unknown exercise "Cossack Squat".*--custom/);
    expect(ok(MON, 'history')).not.toMatch(/Cossack/);
    expect(ok(MON, 'log', 'Cossack Squat', '3x8@20', '--custom')).toMatch(
      /Cossack Squat: 8 @ 20 lb/,
    );
    // The first sets of a lift beat nothing: no record notice.
    expect(ok(MON, 'log', 'Walking Lunge', '2x20@15')).not.toMatch(/New record/);
  });

  it('shows last time beside the prescription, and a record when a set beats one', () => {
    const today = ok(WED, 'today');
    const thrustItem = today.slice(today.indexOf('Barbell hip thrust:'));
    expect(thrustItem).toMatch(
      /^Barbell hip thrust: .*\n.*\n {3}Last time \(Mon 23 Nov\): 3 x 12 @ 95 lb\n/,
    );
    const json = JSON.parse(ok(WED, 'today', '--json')) as {
      items: { exercise: { id: string }; lastTime: { date: string } | null }[];
    };
    const main = json.items.find((i) => i.exercise.id === 'barbell-hip-thrust');
    expect(main?.lastTime?.date).toBe(MON);

    expect(ok(WED, 'log', 'hip-thrust', '3x12@105', '--clean')).toMatch(
      /New record: heaviest set 105 lb x 12 \(was 95 lb x 12\)\./,
    );
    // The lifter's own lift is known by its name now, and has records too.
    const own = ok(WED, 'log', 'Cossack Squat', '10@20');
    expect(own).toMatch(/New record: most reps at your top load, 20 lb x 10 \(was 20 lb x 8\)\./);
    expect(ok(WED, 'stats', 'Cossack Squat')).toMatch(/^Cossack Squat\n[\s\S]*20 lb x 10/);
  });

  it('shows each session’s time in history, moves a session and deletes one', () => {
    const history = ok(WED, 'history');
    expect(history).toMatch(
      /^Wed 25 Nov 2026-11-25 \(plan day w1d2\) · (at \d\d:\d\d|\d\d:\d\d-\d\d:\d\d, \d+ min)\n/,
    );
    expect(history).toMatch(/Mon 23 Nov 2026-11-23 \(plan day w1d1\) · /);

    const taken = thrust(WED, 'session', 'move', WED, '--to', MON);
    expect(taken.code).toBe(3);
    expect(taken.err).toMatch(/2026-11-23 has a session already/);
    expect(thrust(WED, 'session', 'move', WED, '--to', '2026-12-01').code).toBe(3);
    expect(ok(WED, 'session', 'move', WED, '--to', '2026-11-24')).toMatch(
      /^Moved the session of Wed 25 Nov \(2026-11-25\) to Tue 24 Nov \(2026-11-24\), plan day w1d2\./,
    );
    const days = () =>
      (JSON.parse(ok(WED, 'history', '--json')) as { date: string }[]).map((s) => s.date);
    expect(days()).toEqual(['2026-11-24', MON]);

    // With no terminal to ask, a delete needs --yes, and nothing is deleted without it.
    const unasked = thrust(WED, 'session', 'delete', '2026-11-24');
    expect(unasked.code).toBe(2);
    expect(unasked.err).toMatch(
      /2026-11-24 has 4 sets: Barbell hip thrust, Cossack Squat\..*--yes/,
    );
    expect(days()).toEqual(['2026-11-24', MON]);
    expect(ok(WED, 'session', 'delete', '2026-11-24', '--yes')).toMatch(
      /^Deleted the session of Tue 24 Nov \(2026-11-24\), 4 sets: Barbell hip thrust, Cossack Squat\./,
    );
    expect(days()).toEqual([MON]);
    expect(thrust(WED, 'session', 'delete', '2026-11-24', '--yes').code).toBe(3);
    // What follows is derived without it: last time is Monday's again, at 95 lb.
    expect(ok(WED, 'today')).toMatch(/Last time \(Mon 23 Nov\): 3 x 12 @ 95 lb/);
  });
});

describe('a week of 1 to 6 sessions', () => {
  const week = join(dir, 'week.db');
  it('plans six sessions a week, refuses seven, and starts a plan of one', () => {
    const init = ok(MON, '--db', week, 'init', '--yes', '--days', '6', '--working', '95x12');
    expect(init).toMatch(/6 sessions a week \(mon, tue, wed, thu, fri, sat\)/);
    const plan = ok(MON, '--db', week, 'plan');
    const week1 = plan.slice(plan.indexOf('Week  1'), plan.indexOf('Week  2'));
    expect(week1.match(/\[[ >x-]\] \w{3} \d+ \w{3}/g)).toHaveLength(6);
    for (const line of plan.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    const seven = thrust(MON, '--db', week, 'init', '--yes', '--force', '--days', '7');
    expect(seven.code).toBe(2);
    expect(seven.err).toMatch(/Allowed choices are 1, 2, 3, 4, 5, 6/);
    ok(MON, '--db', week, 'plan', '--new', '--days', '1');
    const one = ok(MON, '--db', week, 'plan');
    expect(one).toMatch(/Week {2}1 {2}\[ \] Wed 25 Nov heavy 3x6-10\n {2}Week {2}2 /);
  });
});

/** `script` gives the command a pseudo-terminal (util-linux); without it, skip. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
// eslint-disable-next-line no-control-regex -- the escape sequences a terminal receives
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Run `thrust ARGS` on a pseudo-terminal: for each step, wait for `expect`, then type. */
async function onTerminal(
  today: string,
  args: readonly string[],
  steps: readonly { expect: RegExp; type: string }[],
): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, BIN, '--db', DB, ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qfec', `stty cols 200 rows 50; exec ${command}`, '/dev/null'], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, THRUST_TODAY: today, TERM: 'xterm' },
  });
  let screen = '';
  let from = 0;
  child.stdout.on('data', (d: Buffer) => {
    screen += d.toString('utf8').replace(ANSI, '');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (const step of steps) {
    const until = Date.now() + 15_000;
    while (!step.expect.test(screen.slice(from))) {
      if (Date.now() > until) {
        child.kill();
        throw new Error(`waited for ${String(step.expect)}; the screen:\n${screen.slice(from)}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    from = screen.length;
    child.stdin.write(step.type);
  }
  return { code: await exited, screen };
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('the guided walk says last time before each exercise; a delete asks first', async () => {
    ok(MON, 'log', 'banded-hip-thrust', '3x15', '--activation', '--clean', '--date', '2026-11-20');
    const walk = await onTerminal(
      WED,
      ['log'],
      [{ expect: /Banded hip thrust\. Last time \(Fri 20 Nov\): 3 x 15/, type: '\u001b' }],
    );
    expect(walk.screen).toMatch(/Stopped\./);
    const no = await onTerminal(
      WED,
      ['session', 'delete', '2026-11-20'],
      [{ expect: /Delete it and every set in it\?/, type: 'n\r' }],
    );
    expect([no.code, no.screen]).toEqual([2, expect.stringMatching(/Nothing deleted\./)]);
    const yes = await onTerminal(
      WED,
      ['session', 'delete', '2026-11-20'],
      [
        {
          expect: /The session on Fri 20 Nov 2026-11-20 has 3 sets: Banded hip thrust\. Delete it/,
          type: 'y\r',
        },
      ],
    );
    expect([yes.code, yes.screen]).toEqual([0, expect.stringMatching(/Deleted the session/)]);
  });
});

/**
 * `thrust init` as a new lifter meets it: on a terminal (a pseudo-terminal from `script`)
 * it asks for the gear that shapes the plan and checks each answer where it is typed; with
 * no terminal it needs --yes; the plan honours the gear (no band, no banded exercise).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const dirs: string[] = [];

function home(): string {
  const d = mkdtempSync(join(tmpdir(), 'thrust-init-'));
  dirs.push(d);
  return d;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const env = (dir: string) => ({
  PATH: process.env.PATH,
  HOME: dir,
  XDG_DATA_HOME: join(dir, 'data'),
  THRUST_TODAY: '2026-11-30',
});

function thrust(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', join(dir, 't.db'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: env(dir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Slot {
  exercise: string;
  role: string;
}
interface InitJson {
  profile: {
    inventory: { barbell: unknown; dumbbells: unknown; bands: string[]; gear: string[] };
    working: { load: { value: number }; reps: number } | null;
    compounds: boolean;
  };
  plan: { days: { slots: Slot[]; gear: { gear: string }[] }[] };
}
const init = (dir: string, ...args: string[]): InitJson => {
  const r = thrust(dir, 'init', '--yes', '--json', ...args);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as InitJson;
};
const exercises = (j: InitJson) =>
  new Set(j.plan.days.flatMap((d) => d.slots.map((s) => s.exercise)));

describe('with no terminal', () => {
  it('refuses without --yes: exit 2, naming --yes, and nothing is created', () => {
    const dir = home();
    const r = thrust(dir, 'init');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/there is none here\. Add --yes to take the defaults/);
    expect(existsSync(join(dir, 't.db'))).toBe(false);
  });

  it.each([
    [['--working', '95'], /--working: "95" is a load without reps: write LOADxREPS, e.g. 95x12/],
    [['--working', '95x0'], /--working: 0 reps: a working set is 1 to 50 reps/],
    [
      ['--units', 'kg', '--working', 'heavy'],
      /--working: "heavy" is not a set: write LOADxREPS in kg, e.g. 40x12/,
    ],
    [
      ['--bands', 'purple'],
      /--bands: "purple" is not a band level: use light, medium, heavy or none/,
    ],
    [['--gear', 'belt,chalk'], /--gear: "chalk" is not gear Thrust knows: use belt,/],
    [['--plates', '45x6,25'], /--plates: "25" is not a plate: write WEIGHTxPAIRS in lb/],
    [['--bar', 'heavy'], /--bar: "heavy" is not a weight: give the bar's weight in lb, e.g. 45/],
    [
      ['--dumbbells', '50-5/5'],
      /--dumbbells: "50-5\/5": the heaviest dumbbell must be at least the lightest/,
    ],
    [
      ['--no-barbell', '--dumbbells', 'none', '--working', '95x12'],
      /--working: with no barbell and no dumbbells there is no load to start from/,
    ],
  ])('thrust init --yes %j exits 3: %s', (args, message) => {
    const dir = home();
    const r = thrust(dir, 'init', '--yes', ...args);
    expect(r.err).toMatch(message);
    expect(r.code).toBe(3);
    expect(existsSync(join(dir, 't.db'))).toBe(false);
  });
});

describe('the plan honours the gear', () => {
  it('--bands none: a barbell plan with no banded exercise and no band in the gear', () => {
    const j = init(home(), '--bands', 'none', '--working', '95x12');
    expect(j.profile.inventory.bands).toEqual([]);
    expect(j.profile.inventory.gear).not.toContain('hip-circle-band');
    expect(exercises(j)).not.toContain('banded-hip-thrust');
    expect(exercises(j)).toContain('barbell-hip-thrust');
    for (const d of j.plan.days) expect(d.gear.map((g) => g.gear)).not.toContain('hip-circle-band');
  });

  it('--gear without the band means no band', () => {
    const j = init(home(), '--gear', 'flat-bench,bar-pad');
    expect(j.profile.inventory.bands).toEqual([]);
    expect(exercises(j)).not.toContain('banded-hip-thrust');
  });

  it('bands only: the banded hip thrust is the main lift, and no barbell anywhere', () => {
    const j = init(
      home(),
      '--no-barbell',
      '--dumbbells',
      'none',
      '--bands',
      'light,medium',
      '--no-cable',
    );
    expect(j.profile.inventory).toMatchObject({ barbell: null, dumbbells: null });
    expect(j.profile.inventory.gear).toContain('hip-circle-band');
    expect(exercises(j)).toEqual(new Set(['banded-hip-thrust', 'single-leg-hip-thrust']));
  });

  it('nothing at all: single-leg hip thrusts by reps and hold', () => {
    const j = init(home(), '--no-barbell', '--dumbbells', 'none', '--bands', 'none', '--no-cable');
    expect(exercises(j)).toEqual(new Set(['single-leg-hip-thrust']));
  });
});

/** `script` gives the command a pseudo-terminal (util-linux); without it, skip. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const ENTER = '\r';
// eslint-disable-next-line no-control-regex -- the escape sequences a terminal receives
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const SPACE = ' ';
const DOWN = '\u001b[B';

/**
 * Run `thrust init` on a pseudo-terminal and hold a conversation: for each step, wait until
 * the screen shows `expect` (since the last answer), then type `type`.
 */
async function converse(
  dir: string,
  steps: readonly { expect: RegExp; type: string }[],
): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, BIN, '--db', join(dir, 't.db'), 'init']
    .map((a) => `'${a}'`)
    .join(' ');
  // The pseudo-terminal starts with no size, and the prompts would wrap every character.
  const child = spawn('script', ['-qfec', `stty cols 200 rows 50; exec ${command}`, '/dev/null'], {
    cwd: dir,
    env: { ...env(dir), TERM: 'xterm' },
  });
  let screen = '';
  let from = 0;
  child.stdout.on('data', (d: Buffer) => {
    // Without colours and cursor moves, the text is what a lifter reads.
    screen += d.toString('utf8').replace(ANSI, '');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // An answer typed as the command ends meets a closed input; the exit code says how it went.
  child.stdin.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
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
    // A last step that only waits for the screen types nothing: by then the command may
    // have ended and closed its input, and writing to it would fail (EPIPE).
    if (step.type !== '') child.stdin.write(step.type);
  }
  return { code: await exited, screen };
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('asks for the gear, re-asks a bad answer in its own terms, and keeps every answer', async () => {
    const dir = home();
    const { code, screen } = await converse(dir, [
      { expect: /Units/, type: ENTER },
      { expect: /Goal/, type: ENTER },
      { expect: /Sessions a week/, type: DOWN + ENTER },
      { expect: /Do you have a barbell/, type: ENTER },
      { expect: /Bar weight in lb/, type: '0' + ENTER },
      { expect: /a bar of 0 lb: give its weight in lb, above 0/i, type: '\u0015' + ENTER },
      { expect: /Plates as WEIGHTxPAIRS in lb/, type: '45x6,25' + ENTER },
      {
        expect: /"25" is not a plate: write WEIGHTxPAIRS/,
        type: '\u0015' + '45x4,10x2,5x2' + ENTER,
      },
      { expect: /Dumbbells as LIGHTEST-HEAVIEST\/STEP in lb/, type: '50-5/5' + ENTER },
      { expect: /heaviest dumbbell must be at least the lightest/, type: '\u0015' + ENTER },
      // All three bands are picked; a space drops the light one.
      { expect: /Hip circle bands you own/, type: SPACE + ENTER },
      { expect: /cable machine/, type: 'n' + ENTER },
      { expect: /Other gear you own/, type: ENTER },
      { expect: /squats or deadlifts in your week/, type: 'y' + ENTER },
      { expect: /A recent barbell hip thrust working set as LOADxREPS in lb/, type: '95' + ENTER },
      { expect: /"95" is a load without reps: write LOADxREPS, e\.g\. 95x12/, type: 'x12' + ENTER },
    ]);
    expect(screen).toMatch(/Saved\./);
    expect(screen).not.toMatch(/--working|--plates|--dumbbells|--bar/);
    expect(code).toBe(0);
    const status = spawnSync(process.execPath, [BIN, '--db', join(dir, 't.db'), 'export'], {
      encoding: 'utf8',
      env: env(dir),
    });
    const backup = JSON.parse(status.stdout) as {
      profile: InitJson['profile'] & { sessionsPerWeek: number };
    };
    expect(backup.profile).toMatchObject({
      sessionsPerWeek: 2,
      compounds: true,
      working: { load: { value: 95 }, reps: 12 },
      inventory: {
        barbell: {
          plates: [
            { weight: 45, pairs: 4 },
            { weight: 10, pairs: 2 },
            { weight: 5, pairs: 2 },
          ],
        },
        dumbbells: null,
        cable: false,
        bands: ['medium', 'heavy'],
      },
    });
  }, 60_000);

  it('a bands-only lifter is not asked for a working load, and gets no barbell', async () => {
    const dir = home();
    const { code } = await converse(dir, [
      { expect: /Units/, type: ENTER },
      { expect: /Goal/, type: ENTER },
      { expect: /Sessions a week/, type: ENTER },
      { expect: /Do you have a barbell/, type: 'n' + ENTER },
      { expect: /Dumbbells/, type: ENTER },
      { expect: /Hip circle bands you own/, type: ENTER },
      { expect: /cable machine/, type: 'n' + ENTER },
      { expect: /Other gear you own/, type: ENTER },
      { expect: /squats or deadlifts in your week/, type: 'n' + ENTER },
      { expect: /Building your plan/, type: '' },
    ]);
    expect(code).toBe(0);
    const r = spawnSync(process.execPath, [BIN, '--db', join(dir, 't.db'), 'plan', '--json'], {
      encoding: 'utf8',
      env: env(dir),
    });
    const plan = JSON.parse(r.stdout) as InitJson['plan'];
    const all = new Set(plan.days.flatMap((d) => d.slots.map((s) => s.exercise)));
    expect(all).toEqual(new Set(['banded-hip-thrust', 'single-leg-hip-thrust']));
  }, 60_000);
});

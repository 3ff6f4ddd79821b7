/**
 * The smaller surprises of a new user's first week, through the built `thrust` on a real
 * SQLite file: a side on a two-sided lift, an edit with nothing to change, a weight on a
 * band, no load on a cable, `demo --json`, "1 photo", the warm-up ramp's steps, cues said
 * once in lines that fit a terminal, and weekdays that say how many sessions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function lifter(...init: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-small-'));
  dirs.push(dir);
  const thrust = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--db', 'thrust.db', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir, THRUST_TODAY: '2026-11-30' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const r = thrust('init', '--yes', ...init);
  expect(r.code, r.err).toBe(0);
  return { dir, thrust };
}

describe('logging and correcting', () => {
  let t: ReturnType<typeof lifter>['thrust'];
  let barbellSet: string;
  beforeAll(() => {
    t = lifter('--units', 'lb', '--working', '135x10').thrust;
    const r = t('log', 'hip-thrust', '1x10@135', '--clean');
    expect(r.code, r.err).toBe(0);
    barbellSet = /^\s+([0-9a-f]{8})\s/m.exec(r.out)?.[1] ?? '';
    expect(barbellSet).toMatch(/^[0-9a-f]{8}$/);
  });
  const history = () => t('history', '--json').out;

  it.each([
    [
      'edit --left on a barbell set is refused as log refuses it',
      () => ['edit', barbellSet, '--left'],
      3,
      'thrust: side: Barbell hip thrust works both sides at once: drop --left/--right\n',
    ],
    [
      'edit with nothing to change names only flags edit has',
      () => ['edit', barbellSet],
      2,
      'thrust: edit: nothing to change: give at least one of --load, --reps, --clean or --no-clean, --left or --right, --hold, --felt, --rpe, --note\n',
    ],
    [
      'a band exercise takes no weight',
      () => ['log', 'banded-hip-thrust', '3x15@95'],
      3,
      'thrust: Banded hip thrust is loaded by its band, not by weight: drop the @LOAD, and name the band with --band light, medium or heavy.\n',
    ],
    [
      'a cable exercise has a load; with none it is not "bodyweight"',
      () => ['log', 'cable-glute-kickback', '2x12', '--left'],
      3,
      'thrust: Cable glute kickback is done with a cable, so it has a load: give it after @, e.g. 3x12@20.\n',
    ],
    [
      'a barbell exercise has a load',
      () => ['log', 'hip-thrust', '3x12'],
      3,
      'thrust: Barbell hip thrust is done with a barbell, so it has a load: give it after @, e.g. 3x12@95.\n',
    ],
  ])('%s', (_what, args, code, said) => {
    const before = history();
    const r = t(...args());
    expect(r.code).toBe(code);
    expect(r.err).toBe(said);
    expect(r.err).not.toMatch(/--side/);
    expect(history()).toBe(before);
  });

  it('a band exercise with its band, and a cable exercise with its load, are logged', () => {
    expect(t('log', 'banded-hip-thrust', '1x15', '--band', 'light').code).toBe(0);
    const cable = t('log', 'cable-glute-kickback', '1x12@20', '--left');
    expect(cable.code, cable.err).toBe(0);
    expect(cable.out).toMatch(/Cable glute kickback: 12 @ 20 lb {2}left/);
  });
});

describe('reads and words', () => {
  it('demo --json prints the sample lifter as JSON, as every read does', () => {
    const { thrust } = lifter();
    const r = thrust('demo', '--json');
    expect(r.code, r.err).toBe(0);
    const demo = JSON.parse(r.out) as { plan: { days: unknown[] }; today: { kind: string } };
    expect(demo.plan.days.length).toBeGreaterThan(0);
    expect(demo.today.kind).toBe('training');
  });

  it('one photo is "1 photo", two are "2 photos"; one session is "1 session"', () => {
    const { dir, thrust } = lifter('--working', '95x12');
    // The smallest JPEG: start and end of image.
    writeFileSync(join(dir, 'side.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9]));
    expect(thrust('photo', 'side.jpg').out).toMatch(/\(1 photo\)\.\n$/);
    expect(thrust('photo', 'side.jpg', '--date', '2026-11-29').out).toMatch(/\(2 photos\)\.\n$/);
    thrust('log', 'hip-thrust', '1x12@95');
    expect(thrust('status').out).toMatch(/Logged: +1 session, 1 set\n/);
  });

  it('the warm-up ramp never steps 45 -> 50 lb: 10 lb over the bar at least', () => {
    const { thrust } = lifter('--units', 'lb', '--working', '135x10');
    const today = thrust('today').out;
    expect(today).toMatch(/Warm-up: 45 lb x 10 \(empty bar\), 55 lb x 8 \(5 per side\), 80 lb x 5/);
    expect(today).not.toMatch(/50 lb x/);
  });

  it('a cue shared by several exercises is said once, and no line is over 100 characters', () => {
    const { thrust } = lifter('--units', 'lb', '--working', '135x10');
    const today = thrust('today').out;
    const cues = today.split('\n').filter((l) => /^ {3}- [A-Z]/.test(l));
    expect(cues.length).toBeGreaterThan(5);
    expect(new Set(cues).size).toBe(cues.length);
    expect(today).toMatch(/^ {3}- and the 3 cues given above$/m);
    for (const line of today.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--weekdays tue,sat is two sessions a week, with no --days', () => {
    const { thrust } = lifter('--weekdays', 'tue,sat');
    const plan = JSON.parse(thrust('plan', '--json').out) as { weekdays: string[] };
    expect(plan.weekdays).toEqual(['tue', 'sat']);
    const next = thrust('plan', '--new', '--weekdays', 'mon,wed,fri');
    expect(next.code, next.err).toBe(0);
    expect(JSON.parse(thrust('plan', '--json').out)).toMatchObject({
      weekdays: ['mon', 'wed', 'fri'],
    });
  });
});

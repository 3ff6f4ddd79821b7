/**
 * What the built `thrust` says to people when it refuses a value: input -> the exact
 * sentence and exit code, on a real SQLite file, with nothing stored. The words name the
 * flag or argument typed (never an internal field like `stallAfter` or `sets.0.rpe`), what
 * was wrong, and what is allowed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
let dir: string;

function thrust(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', 'thrust.db', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, THRUST_TODAY: '2026-11-02' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thrust-words-'));
  const r = thrust('init', '--yes', '--units', 'lb', '--working', '95x12');
  expect(r.code, r.err).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a refusal could have changed. */
const state = () => [thrust('history', '--json').out, thrust('settings', '--json').out];

describe('refusals in people’s words', () => {
  it.each([
    // settings
    [
      ['settings', '--stall-after', '0'],
      3,
      '--stall-after: must be at least 1 (a whole number of failed sessions from 1 to 10).',
    ],
    [
      ['settings', '--stall-after', '1.5'],
      3,
      '--stall-after: must be a whole number (a whole number of failed sessions from 1 to 10).',
    ],
    [
      ['settings', '--deload', '80'],
      3,
      '--deload: must be at most 50 (a percentage from 0 to 50).',
    ],
    [
      ['settings', '--deload', 'lots'],
      3,
      '--deload: must be a number (a percentage from 0 to 50).',
    ],
    [
      ['settings', '--asymmetry', '101'],
      3,
      '--asymmetry: must be at most 100 (a percentage from 0 to 100).',
    ],
    [
      ['settings', '--asymmetry', 'NaN'],
      3,
      '--asymmetry: must be a number (a percentage from 0 to 100).',
    ],
    // a set
    [
      ['log', 'hip-thrust', '3x12@95', '--rpe', '11'],
      3,
      '--rpe: must be at most 10 (an effort from 1 to 10, in steps of 0.5).',
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--rpe', '7.3'],
      3,
      '--rpe: must be a multiple of 0.5 (an effort from 1 to 10, in steps of 0.5).',
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--rir', '-1'],
      3,
      '--rir: must be at least 0 (a whole number of reps in reserve from 0 to 10).',
    ],
    [
      ['log', 'hip-thrust', '3x12@95', '--hold', '999'],
      3,
      '--hold: must be at most 60 (seconds from 0 to 60).',
    ],
    [
      ['log', 'hip-thrust', '3x0@95'],
      3,
      'reps: must be at least 1 (a whole number from 1 to 100).',
    ],
    [
      ['log', 'hip-thrust', '3x500@95'],
      3,
      'reps: must be at most 100 (a whole number from 1 to 100).',
    ],
    [
      ['log', 'hip-thrust', '3x12@2000'],
      3,
      'load: is over 1500 lb (680 kg): check the number and the unit',
    ],
    // body
    [['measure', '-5'], 3, 'the measurement: must be more than 0'],
    [['test', 'sprint', '0', '--distance', '20'], 3, 'the sprint time: must be more than 0'],
    [['test', 'jump', '-3'], 3, 'the jump height: must be more than 0'],
    // dates
    [
      ['log', 'hip-thrust', '3x12@95', '--date', '2026-02-30'],
      3,
      '--date: 2026-02-30 is not a day of the calendar: February 2026 has 28 days.',
    ],
    [
      ['measure', '38', '--date', '1800-01-01'],
      3,
      '--date: 1800-01-01 is outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year.',
    ],
    // state
    [
      ['edit', 'ffffffff', '--reps', '3'],
      3,
      'No set with id ffffffff. `thrust history` shows set ids.',
    ],
  ])('thrust %j exits %i: %s', (args, code, said) => {
    const before = state();
    const r = thrust(...args);
    expect(r.code).toBe(code);
    expect(r.err).toBe(`thrust: ${said}\n`);
    expect(state()).toEqual(before);
  });
});

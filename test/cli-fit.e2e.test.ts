/**
 * The built `thrust export --format fit` and `--format fit-workout` against a temporary
 * SQLite file: the files on disk are read back with Garmin's own decoder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');
const dir = mkdtempSync(join(tmpdir(), 'thrust-fit-'));
const DB = join(dir, 'fit.db');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrust(today: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', DB, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, THRUST_TODAY: today, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ok(today: string, ...args: string[]): string {
  const r = thrust(today, ...args);
  expect([r.code, r.err]).toEqual([0, '']);
  return r.out;
}

function decode(file: string) {
  const bytes = Array.from(readFileSync(file));
  expect(new Decoder(Stream.fromByteArray(bytes)).checkIntegrity()).toBe(true);
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  expect(errors).toEqual([]);
  return messages;
}

const MON = '2026-11-23';
const WED = '2026-11-25';

describe('thrust export --format fit', () => {
  it('writes a logged session as a FIT activity and says what went into developer fields', () => {
    ok(MON, 'init', '--yes', '--units', 'lb', '--goal', 'glutes');
    ok(MON, 'log', 'banded-hip-thrust', '3x15', '--activation', '--band', 'light', '--clean');
    ok(MON, 'log', 'hip-thrust', '3x8@135', '--clean', '--rpe', '8');
    ok(MON, 'log', 'single-leg-hip-thrust', '10', '--left', '--hold', '2', '--clean');
    ok(MON, 'log', 'single-leg-hip-thrust', '9', '--right', '--hold', '2');
    ok(MON, 'log', 'Cossack Squat', '2x8@20', '--custom');
    const out = ok(WED, 'export', '--format', 'fit', '--session', MON);
    expect(out).toMatch(/^Wrote thrust-2026-11-23\.fit\./);
    // Three sets logged in one command share a time: no rest between them, and it says so.
    expect(out).toMatch(/logged at the same time as the one before: no rest between/);
    expect(out).toMatch(/Cossack squat: no FIT exercise, written as category 'unknown'/i);
    expect(out).toMatch(/developer fields: .*side \(2\)/);

    const m = decode(join(dir, 'thrust-2026-11-23.fit'));
    expect(m.sessionMesgs?.[0]).toMatchObject({ sport: 'training', subSport: 'strengthTraining' });
    const active = (m.setMesgs ?? []).filter((s) => s.setType === 'active');
    expect(active).toHaveLength(10);
    expect(active.map((s) => s.repetitions)).toEqual([15, 15, 15, 8, 8, 8, 10, 9, 8, 8]);
    expect(active.map((s) => s.category?.[0])).toEqual([
      ...Array<string>(6).fill('hipRaise'),
      'hipRaise',
      'hipRaise',
      'unknown',
      'unknown',
    ]);
    // 135 lb at FIT's 1/16 kg: 61.25 kg (61.235 exactly).
    expect(active[3]?.weight).toBeCloseTo(61.25, 2);
    expect(active[3]?.categorySubtype?.[0]).toBe(1);
    expect(active[0]?.weight).toBeUndefined();
  });

  it('writes one file per session of a range into a folder, and refuses what it cannot do', () => {
    ok(WED, 'log', 'hip-thrust', '3x8@140', '--clean');
    mkdirSync(join(dir, 'fit'));
    const out = ok(WED, 'export', '--format', 'fit', '--from', MON, '--to', WED, '--out', 'fit');
    expect(out).toMatch(/Wrote 2 FIT activities to fit/);
    expect(readdirSync(join(dir, 'fit')).sort()).toEqual([
      'thrust-2026-11-23.fit',
      'thrust-2026-11-25.fit',
    ]);
    const json = JSON.parse(
      ok(WED, 'export', '--format', 'fit', '--session', WED, '--out', 'fit', '--json'),
    ) as { files: { file: string; sets: number }[] };
    expect(json.files).toEqual([
      expect.objectContaining({ file: join('fit', 'thrust-2026-11-25.fit'), sets: 3 }),
    ]);

    const none = thrust(WED, 'export', '--format', 'fit', '--session', '2026-11-24');
    expect([none.code, none.err.trim()]).toEqual([
      3,
      'thrust: No session on 2026-11-24: `thrust history` shows the days.',
    ]);
    const bad = thrust(WED, 'export', '--format', 'fit', '--session', '2026-02-30');
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/--session: 2026-02-30 is not a day of the calendar/);
    const missing = thrust(WED, 'export', '--format', 'fit');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--format fit needs --session DATE/);
    const noFolder = thrust(WED, 'export', '--format', 'fit', '--from', MON, '--out', 'nowhere');
    expect(noFolder.code).toBe(3);
    expect(noFolder.err).toMatch(/--out nowhere: .*no such folder/);
    const backwards = thrust(WED, 'export', '--format', 'fit', '--from', WED, '--to', MON);
    expect([backwards.code, backwards.err.trim()]).toEqual([
      3,
      'thrust: to: 2026-11-23 is before the first day, 2026-11-25; give the earlier day first',
    ]);
    const mixed = thrust(WED, 'export', '--format', 'json', '--session', MON);
    expect(mixed.code).toBe(2);
  });

  it('writes the next session as a FIT workout a watch runs', () => {
    const out = ok(WED, 'export', '--format', 'fit-workout', '--out', 'next.fit');
    expect(out).toMatch(/^Wrote next\.fit: .* on 2026-11-2\d/);
    const m = decode(join(dir, 'next.fit'));
    expect(m.fileIdMesgs?.[0]?.type).toBe('workout');
    const steps = m.workoutStepMesgs ?? [];
    expect(steps.length).toBeGreaterThan(3);
    const work = steps.filter((s) => s.intensity === 'active');
    expect(work.every((s) => s.durationType === 'reps' && Number(s.durationReps) > 0)).toBe(true);
    expect(steps.filter((s) => s.intensity === 'rest')).toHaveLength(work.length - 1);
    expect(work.some((s) => s.exerciseCategory === 'hipRaise' && s.exerciseName === 1)).toBe(true);
  });
});

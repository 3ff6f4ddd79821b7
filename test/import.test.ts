/**
 * Import from Strong, Hevy and FitNotes files written for these tests (each quirk at least
 * once), into a real SQLite database; export, restore, and the round trips between them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../src/app/deps.js';
import * as Setup from '../src/app/setup.js';
import * as Transfer from '../src/app/transfer.js';
import * as Formats from '../src/formats/index.js';
import * as Export from '../src/formats/export.js';
import { openSqlite } from '../src/store/sqlite/open.js';
import type { Store } from '../src/store/port.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'imports');
const fixture = (name: string) => ({
  text: readFileSync(join(FIXTURES, name), 'utf8'),
  file: name,
});
const dir = mkdtempSync(join(tmpdir(), 'thrust-import-'));
let store: Store;
let n = 0;

async function lifter(): Promise<Deps> {
  if (!store) {
    const opened = await openSqlite(join(dir, 'thrust.db'));
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    store = opened.value;
  }
  const user = await store.user(`lifter-${n++}`);
  return { store, user, now: () => new Date('2026-11-24T12:00:00Z'), newId: randomUUID };
}

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sets = async (d: Deps) =>
  (await d.store.sessions(d.user)).flatMap((s) => s.sets.map((x) => ({ ...x, date: s.date })));

describe('Strong, semicolon dialect', () => {
  it('reads decimal commas, units per row, W/D/F, skips rest-timer rows, keeps notes once and Note rows on a set', async () => {
    const d = await lifter();
    const r = await Transfer.importFile(d, fixture('strong-semicolon.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({
      format: 'strong',
      dialect: 'semicolon (with units)',
      workouts: 2,
      sets: 7,
      added: 7,
      alreadyPresent: 0,
    });
    expect(r.value.skipped).toEqual([
      'strong-semicolon.csv:6:4: Rest Timer row: metadata, not a set',
    ]);
    expect(r.value.exercises.map((e) => [e.name, e.exercise, e.mapped, e.sets])).toEqual([
      ['Hip Thrust (Barbell)', 'barbell-hip-thrust', 'catalogue', 4],
      ['Squat (Barbell)', 'back-squat', 'catalogue', 2],
      ['Leg Press', 'custom:leg-press', 'custom', 1],
    ]);
    const stored = await sets(d);
    expect(
      stored.map((s) => [
        s.date,
        s.exercise,
        s.load.value,
        s.load.unit,
        s.reps,
        s.warmup,
        s.rpe,
        s.clean,
      ]),
    ).toEqual([
      ['2026-04-06', 'barbell-hip-thrust', 20, 'kg', 10, true, null, false],
      ['2026-04-06', 'barbell-hip-thrust', 72.5, 'kg', 12, false, 8, false],
      ['2026-04-06', 'barbell-hip-thrust', 72.5, 'kg', 11, false, 8.5, false],
      ['2026-04-06', 'barbell-hip-thrust', 50, 'kg', 15, false, null, false],
      ['2026-04-06', 'back-squat', 100, 'kg', 5, false, null, false],
      ['2026-04-06', 'back-squat', 100, 'kg', 3, false, null, false],
      ['2026-04-08', 'custom:leg-press', 140, 'kg', 10, false, null, false],
    ]);
    expect(stored.map((s) => s.note)).toEqual([
      'Workout: Felt strong; "easy" day\nslept well',
      'Bar pad',
      null,
      'drop set',
      null,
      // The Note row after it is kept on the set before it.
      'to failure; Knees ok',
      null,
    ]);
  });
});

describe('Strong, classic comma dialect', () => {
  it('asks for the unit, naming what the loads point to and why', async () => {
    const d = await lifter();
    const r = await Transfer.importFile(d, fixture('strong-classic.csv'));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'bad-file', file: 'strong-classic.csv', line: 1, column: 6 },
    });
    if (!r.ok)
      expect(r.error.code === 'bad-file' && r.error.message).toMatch(
        /^this file does not say its unit: give --units lb or --units kg\. The loads look like pounds \(75, 135, 145, 155 are what a 45 lb bar and pairs of plates make; in kilograms each needs 2\.5 kg plates\): --units lb if so\.$/,
      );
    expect(await sets(d)).toEqual([]);
  });

  it('reads 12-hour times with a narrow no-break space, float noise, an exercise twice, CRLF', async () => {
    const d = await lifter();
    const r = await Transfer.importFile(d, { ...fixture('strong-classic.csv'), units: 'lb' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({
      dialect: 'classic',
      workouts: 2,
      sets: 5,
      firstDate: '2026-04-08',
      lastDate: '2026-04-10',
    });
    expect(r.value.skipped).toEqual([
      'strong-classic.csv:6:7: Running: no reps (distance or time only): Thrust logs sets of reps',
    ]);
    const stored = await sets(d);
    expect(stored.map((s) => [s.exercise, s.load.value, s.reps, s.loggedAt])).toEqual([
      ['barbell-hip-thrust', 135, 10, '2026-04-08T16:50:00.000Z'],
      ['barbell-hip-thrust', 135, 10, '2026-04-08T16:50:00.000Z'],
      ['romanian-deadlift', 75, 12, '2026-04-08T16:50:00.000Z'],
      ['barbell-hip-thrust', 155, 6, '2026-04-08T16:50:00.000Z'],
      ['barbell-hip-thrust', 145, 10, '2026-04-10T07:05:00.000Z'],
    ]);
    expect(new Set(stored.map((s) => s.id)).size).toBe(5);
  });
});

describe('Strong, 2025 dialect', () => {
  it('reads the quoted header, the unit from "Weight (kg)" and day-first dates', async () => {
    const d = await lifter();
    const r = await Transfer.importFile(d, fixture('strong-2025.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({
      dialect: '2025',
      sets: 3,
      firstDate: '2026-04-08',
      lastDate: '2026-04-13',
    });
    expect((await sets(d)).map((s) => [s.date, s.load.value, s.load.unit])).toEqual([
      ['2026-04-08', 80, 'kg'],
      ['2026-04-08', 80, 'kg'],
      ['2026-04-13', 82.5, 'kg'],
    ]);
  });
});

describe('Hevy', () => {
  it('reads newest-first rows, set types, bodyweight sets, literal \\n and an exercise twice', async () => {
    const d = await lifter();
    const r = await Transfer.importFile(d, fixture('hevy.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ format: 'hevy', dialect: 'lbs', workouts: 2, sets: 6 });
    const stored = await sets(d);
    expect(stored.map((s) => [s.date, s.exercise, s.load.value, s.reps, s.warmup, s.note])).toEqual(
      [
        [
          '2026-04-08',
          'barbell-hip-thrust',
          95,
          10,
          true,
          'Pad on\nfeet wider\nWorkout: Good one\nnew PR',
        ],
        ['2026-04-08', 'barbell-hip-thrust', 175, 10, false, null],
        ['2026-04-08', 'single-leg-hip-thrust', 0, 15, false, null],
        ['2026-04-08', 'barbell-hip-thrust', 135, 12, false, 'drop set'],
        ['2026-04-08', 'barbell-hip-thrust', 135, 9, false, 'to failure'],
        ['2026-04-10', 'barbell-hip-thrust', 185, 8, false, null],
      ],
    );
  });

  it('reads month names in the phone’s language', () => {
    const r = Formats.read(fixture('hevy-fr.csv').text, 'hevy-fr.csv');
    expect(r.ok && r.value.sets.map((s) => [s.date, s.time, s.load.value, s.load.unit])).toEqual([
      ['2026-04-08', '16:50', 80, 'kg'],
      ['2026-07-15', '09:05', 90, 'kg'],
    ]);
  });
});

describe('FitNotes', () => {
  it('reads the current dialect: units per row, no time or set number, cardio skipped', async () => {
    const d = await lifter();
    const r = await Transfer.importFile(d, fixture('fitnotes.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ format: 'fitnotes', dialect: 'current', workouts: 2, sets: 3 });
    expect(
      (await sets(d)).map((s) => [s.date, s.exercise, s.load.value, s.load.unit, s.note]),
    ).toEqual([
      ['2026-04-06', 'barbell-hip-thrust', 100, 'kg', 'first, heavy'],
      ['2026-04-06', 'barbell-hip-thrust', 100, 'kg', null],
      ['2026-04-08', 'dumbbell-hip-thrust', 50, 'lb', null],
    ]);
  });

  it('reads the older dialect with the unit in the header', async () => {
    const d = await lifter();
    const r = await Transfer.importFile(d, fixture('fitnotes-old.csv'));
    expect(r.ok && r.value).toMatchObject({ dialect: 'older', sets: 2, added: 2 });
    expect((await sets(d)).map((s) => s.load)).toEqual([
      { value: 60, unit: 'kg' },
      { value: 62.5, unit: 'kg' },
    ]);
  });
});

describe('import runs', () => {
  let d: Deps;
  beforeEach(async () => {
    d = await lifter();
  });

  it('dry run reports and stores nothing', async () => {
    const r = await Transfer.importFile(d, { ...fixture('strong-semicolon.csv'), dryRun: true });
    expect(r.ok && r.value).toMatchObject({ dryRun: true, sets: 7, added: 7, alreadyPresent: 0 });
    expect(await sets(d)).toEqual([]);
  });

  it('an error on the last line names file:line:column and leaves the database unchanged', async () => {
    await Transfer.importFile(d, fixture('fitnotes-old.csv'));
    const before = await sets(d);
    const r = await Transfer.importFile(d, fixture('strong-bad-last-line.csv'));
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'bad-file',
        file: 'strong-bad-last-line.csv',
        line: 4,
        column: 5,
        message: 'Weight: expected a number, got "sixty"',
      },
    });
    expect(await sets(d)).toEqual(before);
  });

  it('re-importing the same file adds nothing; a newer export adds only what is new', async () => {
    const older = fixture('strong-2025.csv');
    const head = older.text.split('\n').slice(0, 3).join('\n');
    // Its dates (08/04/2026) do not settle day-first or month-first: the report says so.
    const guessed = await Transfer.importFile(d, { ...older, text: head, dryRun: true });
    expect(guessed.ok && guessed.value.warnings).toEqual([
      'dates like "08/04/2026 07:05" could be day-first or month-first; read as month-first. If that is wrong, import again with --date-order dmy.',
    ]);
    const first = await Transfer.importFile(d, { ...older, text: head, dateOrder: 'dmy' });
    expect(first.ok && first.value.added).toBe(2);
    const again = await Transfer.importFile(d, { ...older, text: head, dateOrder: 'dmy' });
    expect(again.ok && [again.value.added, again.value.alreadyPresent]).toEqual([0, 2]);
    const newer = await Transfer.importFile(d, older);
    expect(newer.ok && [newer.value.added, newer.value.alreadyPresent]).toEqual([1, 2]);
    expect(await sets(d)).toHaveLength(3);
  });

  it('keeps unknown exercises as the lifter’s own; a mapping and a re-run moves them', async () => {
    await Transfer.importFile(d, fixture('strong-semicolon.csv'));
    expect((await sets(d)).filter((s) => s.exercise === 'custom:leg-press')).toHaveLength(1);
    const r = await Transfer.importFile(d, {
      ...fixture('strong-semicolon.csv'),
      map: { 'Leg Press': 'back-squat' },
    });
    expect(
      r.ok && [r.value.added, r.value.exercises.find((e) => e.name === 'Leg Press')?.mapped],
    ).toEqual([0, 'yours']);
    const after = await sets(d);
    expect(after).toHaveLength(7);
    expect(after.filter((s) => s.exercise === 'custom:leg-press')).toEqual([]);
    expect(after.filter((s) => s.exercise === 'back-squat')).toHaveLength(3);
    // The mapping is remembered for the next import.
    expect(await d.store.mappings(d.user)).toEqual(new Map([['leg press', 'back-squat']]));
  });

  it('refuses a file it does not know, naming what it found', async () => {
    const r = await Transfer.importFile(d, { text: 'a,b,c\n1,2,3\n', file: 'other.csv' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'bad-file',
        line: 1,
        message: expect.stringMatching(/not an export Thrust knows.*found "a,b,c"/) as unknown,
      },
    });
  });
});

describe('export and restore', () => {
  it('round-trips everything through the JSON backup, exactly', async () => {
    const setArb = fc.record({
      exercise: fc.constantFrom(
        'barbell-hip-thrust',
        'single-leg-hip-thrust',
        'back-squat',
        'custom:sled-push',
      ),
      value: fc.double({ min: 0, max: 500, noNaN: true }),
      unit: fc.constantFrom('lb' as const, 'kg' as const),
      reps: fc.integer({ min: 1, max: 100 }),
      clean: fc.boolean(),
      warmup: fc.boolean(),
      note: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
      rpe: fc.option(fc.constantFrom(6, 7.5, 9, 10), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(setArb, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        fc.array(fc.double({ min: 50, max: 150, noNaN: true }), { maxLength: 4 }),
        async (days, hips) => {
          const a = await lifter();
          await Setup.init(a, {
            units: 'lb',
            working: { load: 95, reps: 12 },
            start: '2026-01-05',
          });
          for (const [i, day] of days.entries()) {
            const date = `2026-01-${String(5 + i).padStart(2, '0')}`;
            await a.store.logSets(
              a.user,
              { date, dayId: i % 2 ? null : `w1d${(i % 3) + 1}` },
              day.map((s) => ({
                id: randomUUID(),
                exercise: s.exercise as 'barbell-hip-thrust',
                load: { value: s.value, unit: s.unit },
                reps: s.reps,
                side: s.exercise === 'single-leg-hip-thrust' ? 'left' : null,
                holdSeconds: null,
                clean: s.clean,
                band: null,
                rpe: s.rpe,
                rir: null,
                felt: null,
                note: s.note,
                warmup: s.warmup,
                loggedAt: `${date}T18:0${i % 10}:00.000Z`,
              })),
            );
          }
          for (const [i, v] of hips.entries())
            await a.store.addMeasurement(a.user, {
              id: randomUUID(),
              date: `2026-0${i + 1}-01`,
              kind: 'hip-circumference',
              value: v,
              unit: 'cm',
              note: null,
            });
          await a.store.addTest(a.user, {
            id: randomUUID(),
            date: '2026-01-05',
            kind: 'sprint',
            value: 3.41,
            unit: 's',
            distanceM: 20,
            note: null,
          });
          await a.store.saveMapping(a.user, 'sled push', 'back-squat');
          const backup = await Transfer.backup(a);
          // Restore goes into a new, empty database, as a lifter moving machines would.
          const target = await openSqlite(join(dir, `restore-${randomUUID()}.db`));
          if (!target.ok) throw new Error('open');
          const b: Deps = { ...a, store: target.value, user: await target.value.user('me') };
          const restored = await Transfer.restore(b, JSON.stringify(backup), 'backup.json');
          expect(restored.ok).toBe(true);
          const again = await Transfer.backup(b);
          await target.value.close();
          expect(again).toEqual(backup);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('refuses to restore into a database that has data', async () => {
    const a = await lifter();
    await Setup.init(a, { start: '2026-01-05' });
    const r = await Transfer.restore(a, JSON.stringify(await Transfer.backup(a)), 'b.json');
    expect(r).toMatchObject({ ok: false, error: { code: 'not-empty' } });
    const bad = await Transfer.restore(
      await lifter(),
      '{"format":"thrust-backup","version":1}',
      'b.json',
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: expect.stringMatching(/^b\.json\./) as unknown },
    });
  });

  it('writes Strong and Hevy CSV that the importers read back set for set', async () => {
    const a = await lifter();
    await Transfer.importFile(a, fixture('hevy.csv'));
    const sessions = await a.store.sessions(a.user);
    for (const [text, format] of [
      [Export.strongCsv(sessions, 'lb'), 'strong'],
      [Export.hevyCsv(sessions, 'lb'), 'hevy'],
    ] as const) {
      const back = Formats.read(text, `export.${format}.csv`, { units: 'lb' });
      if (!back.ok) throw new Error(Formats.where(back.error));
      expect(back.value.format).toBe(format);
      expect(
        back.value.sets.map((s) => [s.date, s.load.value, s.reps, s.kind === 'warmup']),
      ).toEqual(
        sessions.flatMap((s) => s.sets.map((x) => [s.date, x.load.value, x.reps, x.warmup])),
      );
    }
  });

  it('writes the plan’s upcoming sessions as an iCalendar file', async () => {
    const a = await lifter();
    const init = await Setup.init(a, { start: '2026-11-23', sessionsPerWeek: 2 });
    if (!init.ok) throw new Error('init');
    const cal = Export.calendar(init.value.plan, '2026-11-24');
    if (!cal.ok) throw new Error(cal.error);
    expect(cal.value).toMatch(/^BEGIN:VCALENDAR/);
    expect(cal.value.match(/BEGIN:VEVENT/g)).toHaveLength(init.value.plan.days.length - 1);
    expect(cal.value).toContain('DTSTART;VALUE=DATE:20261126');
    expect(cal.value).toContain('SUMMARY:Thrust: Metabolic hip thrust (week 1)');
  });
});

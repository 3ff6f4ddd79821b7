/**
 * Exports a lifter can take elsewhere and bring back: Strong and Hevy CSV in those apps'
 * own names and form, local times, and what their columns cannot hold carried in a note tag
 * that Thrust reads back. Real files through the real import, on a real SQLite database.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Setup from '../src/app/setup.js';
import * as Transfer from '../src/app/transfer.js';
import { Catalogue, Program } from '../src/domain/index.js';
import { lifter as sampleLifter, loggedSet } from '../src/domain/fixtures.js';
import * as Sets from '../src/cli/render/sets.js';
import * as Export from '../src/formats/export.js';
import * as Zone from '../src/formats/zone.js';
import type { NewSet } from '../src/store/port.js';
import { lifters } from './lifters.testkit.js';

const ZONE = 'America/New_York';
const lifter = lifters('export', ZONE);

const at = (date: string, time: string) => Zone.toInstant(date, time, ZONE);

function set(over: Partial<NewSet> & { loggedAt: string }): NewSet {
  return { ...loggedSet(), id: randomUUID(), rir: null, note: null, ...over };
}

describe('time zones', () => {
  it('reads and writes the lifter’s clock, across clock changes', () => {
    expect(Zone.toInstant('2026-04-08', '16:50', 'Europe/Berlin')).toBe('2026-04-08T14:50:00.000Z');
    expect(Zone.toInstant('2026-01-08', '16:50', ZONE)).toBe('2026-01-08T21:50:00.000Z');
    // 02:30 never shows in Berlin on 29 March (clocks go 02:00 -> 03:00): an hour on.
    expect(Zone.toInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    // It shows twice on 25 October: the first.
    expect(Zone.toInstant('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom('Europe/Berlin', ZONE, 'Asia/Kolkata', 'UTC'),
        (ms, zone) => {
          const minute = Math.floor(ms / 60000) * 60000;
          const { date, time } = Zone.local(minute, zone);
          const back = Date.parse(Zone.toInstant(date, time.slice(0, 5), zone));
          // The same instant, or (in the hour a clock change shows twice) the hour before.
          expect([0, 3600000]).toContain(minute - back);
        },
      ),
    );
  });
});

describe('Strong CSV', () => {
  it('writes Strong’s names, one workout per workout with its local time and duration, CRLF', () => {
    const sessions = [
      {
        date: '2026-04-08',
        sets: [
          set({
            loggedAt: at('2026-04-08', '07:05'),
            warmup: true,
            load: { value: 95, unit: 'lb' },
          }),
          set({ loggedAt: at('2026-04-08', '07:12') }),
          set({ loggedAt: at('2026-04-08', '07:50'), exercise: 'romanian-deadlift' }),
          // The same day's second workout, in the evening, with a drop set.
          set({ loggedAt: at('2026-04-08', '18:30'), note: 'drop set; light' }),
        ],
      },
    ];
    const csv = Export.strongCsv(sessions, 'lb', { zone: ZONE });
    const lines = csv.split('\r\n');
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^2026-04-08 07:05:00,Thrust workout,45m,Hip Thrust \(Barbell\),W,95,10,/,
    );
    expect(lines[2]).toMatch(
      /^2026-04-08 07:05:00,Thrust workout,45m,Hip Thrust \(Barbell\),1,100,10,/,
    );
    expect(lines[3]).toMatch(
      /^2026-04-08 07:05:00,Thrust workout,45m,Romanian Deadlift \(Barbell\),1,/,
    );
    expect(lines[4]).toMatch(
      /^2026-04-08 18:30:00,Thrust workout,,Hip Thrust \(Barbell\),D,100,10,,,light \[thrust clean=yes\],/,
    );
  });

  it('ends every line with CRLF, the last one too, and tags only what an import cannot assume', async () => {
    const d = await lifter();
    await Setup.init(d, { start: '2026-04-06' });
    await d.store.logSets(d.user, { date: '2026-04-08', dayId: null }, [
      set({ loggedAt: at('2026-04-08', '07:05'), clean: false }),
      set({ loggedAt: at('2026-04-08', '07:09'), clean: false, side: null, note: 'belt on' }),
    ]);
    for (const format of ['strong-csv', 'hevy-csv'] as const) {
      const r = await Transfer.exportAs(d, format);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.text.endsWith('\r\n')).toBe(true);
      expect(r.value.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const [, first, second] = r.value.text.split('\r\n');
      expect(first).not.toContain('[thrust');
      expect(second).toContain('belt on [thrust]');
    }
  });

  it('writes kilograms in a pound export to 0.01, and reads them back within it', async () => {
    const d = await lifter();
    await d.store.logSets(d.user, { date: '2026-04-08', dayId: null }, [
      set({ loggedAt: at('2026-04-08', '07:05'), load: { value: 62.5, unit: 'kg' } }),
    ]);
    const csv = Export.strongCsv(await d.store.sessions(d.user), 'lb', { zone: ZONE });
    expect(csv.split('\r\n')[1]).toContain(',137.79,');
    const e = await lifter();
    const r = await Transfer.importFile(e, { text: csv, file: 'export.csv', units: 'lb' });
    expect(r.ok && r.value.added).toBe(1);
    const [back] = (await e.store.sessions(e.user)).flatMap((s) => s.sets);
    expect(Math.abs((back?.load.value ?? 0) / 2.20462262 - 62.5)).toBeLessThan(0.01);
  });
});

describe('an export brought back loses nothing Thrust logs', () => {
  const exercise = fc.constantFrom<NewSet['exercise']>(
    'barbell-hip-thrust',
    'single-leg-hip-thrust',
    'banded-hip-thrust',
    'romanian-deadlift',
    'custom:sled-push',
  );
  const aSet = fc.record({
    exercise,
    value: fc.integer({ min: 0, max: 4000 }).map((x) => x / 10),
    unit: fc.constantFrom<'lb' | 'kg'>('lb', 'kg'),
    reps: fc.integer({ min: 1, max: 30 }),
    hold: fc.option(fc.integer({ min: 0, max: 5 })),
    clean: fc.boolean(),
    band: fc.option(fc.constantFrom<'light' | 'medium' | 'heavy'>('light', 'medium', 'heavy')),
    rpe: fc.option(fc.integer({ min: 6, max: 10 })),
    rir: fc.option(fc.integer({ min: 0, max: 4 })),
    felt: fc.option(
      fc.constantFrom<'glutes' | 'hamstrings' | 'quads'>('glutes', 'hamstrings', 'quads'),
    ),
    note: fc.option(
      // Notes a spreadsheet would run as formulas are escaped on the way out, restored on the way in.
      fc.constantFrom(
        'pad on',
        'feet wider',
        'Ноги шире',
        'deep, slow; 3 s',
        '=HYPERLINK("x")',
        '-2 reps',
      ),
    ),
    warmup: fc.boolean(),
  });
  const day = fc.record({
    offset: fc.integer({ min: 0, max: 300 }),
    hour: fc.integer({ min: 5, max: 20 }),
    sets: fc.array(aSet, { minLength: 1, maxLength: 6 }),
  });

  for (const format of ['strong-csv', 'hevy-csv'] as const)
    it(`through ${format}: every field, loads within 0.01 in the lifter’s unit, local times`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(day, { selector: (x) => x.offset, maxLength: 4 }),
          async (days) => {
            const a = await lifter();
            for (const x of days) {
              const when = new Date(Date.parse('2026-01-05T00:00:00Z') + x.offset * 86400000)
                .toISOString()
                .slice(0, 10);
              const hh = String(x.hour).padStart(2, '0');
              const start = at(when, `${hh}:00`);
              await a.store.logSets(
                a.user,
                { date: when, dayId: null },
                x.sets.map((s, i) =>
                  set({
                    exercise: s.exercise,
                    load: { value: s.value, unit: s.unit },
                    reps: s.reps,
                    side:
                      Catalogue.isExerciseId(s.exercise) &&
                      Catalogue.get(s.exercise).laterality === 'unilateral'
                        ? i % 2 === 0
                          ? 'left'
                          : 'right'
                        : null,
                    holdSeconds: s.hold,
                    clean: s.clean,
                    band: s.band,
                    rpe: s.rpe,
                    rir: s.rir,
                    felt: s.felt,
                    note: s.note,
                    warmup: s.warmup,
                    // A set every few minutes from the day's start: one workout.
                    loggedAt: new Date(Date.parse(start) + i * 4 * 60000).toISOString(),
                  }),
                ),
              );
            }
            const sessions = await a.store.sessions(a.user);
            const text =
              format === 'strong-csv'
                ? Export.strongCsv(sessions, 'lb', { zone: ZONE })
                : Export.hevyCsv(sessions, 'lb', { zone: ZONE });
            const b = await lifter();
            const r = await Transfer.importFile(b, { text, file: `back.${format}`, units: 'lb' });
            if (!r.ok) throw new Error(JSON.stringify(r.error));
            const back = await b.store.sessions(b.user);
            const shape = (ss: typeof sessions) =>
              ss.map((s) => ({
                date: s.date,
                // A workout's start, as the lifter's clock showed it.
                start: Zone.local(
                  Math.min(...s.sets.map((x) => Date.parse(x.loggedAt))),
                  ZONE,
                ).time.slice(0, 5),
                sets: s.sets.map((x) => ({
                  exercise: x.exercise,
                  reps: x.reps,
                  side: x.side,
                  holdSeconds: x.holdSeconds,
                  clean: x.clean,
                  band: x.band,
                  rpe: x.rpe,
                  rir: x.rir,
                  felt: x.felt,
                  note: x.note,
                  warmup: x.warmup,
                })),
              }));
            expect(shape(back)).toEqual(shape(sessions));
            const loads = (ss: typeof sessions) =>
              ss.flatMap((s) =>
                s.sets.map((x) =>
                  x.load.unit === 'lb' ? x.load.value : x.load.value / 0.45359237,
                ),
              );
            const diffs = loads(back).map((x, i) => Math.abs(x - (loads(sessions)[i] ?? NaN)));
            expect(Math.max(0, ...diffs)).toBeLessThanOrEqual(0.005 + 1e-9);
          },
        ),
        { numRuns: 15 },
      );
    });
});

describe('timed and distance sets', () => {
  it('go out and come back as time and distance, and read as such', async () => {
    const a = await lifter();
    await a.store.logSets(a.user, { date: '2026-04-08', dayId: null }, [
      set({ loggedAt: at('2026-04-08', '07:05') }),
      set({
        loggedAt: at('2026-04-08', '07:20'),
        exercise: 'custom:plank',
        load: { value: 0, unit: 'lb' },
        reps: 0,
        seconds: 60,
      }),
      set({
        loggedAt: at('2026-04-08', '07:30'),
        exercise: 'custom:running',
        load: { value: 0, unit: 'lb' },
        reps: 0,
        seconds: 95,
        distanceM: 400,
      }),
    ]);
    const sessions = await a.store.sessions(a.user);
    expect(sessions[0]?.sets.map((x) => Sets.measure(x))).toEqual(['10', '60 s', '400 m, 95 s']);
    for (const [format, text] of [
      ['strong', Export.strongCsv(sessions, 'lb', { zone: ZONE })],
      ['hevy', Export.hevyCsv(sessions, 'lb', { zone: ZONE })],
    ] as const) {
      const b = await lifter();
      const r = await Transfer.importFile(b, { text, file: `t.${format}.csv`, units: 'lb' });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.skipped).toEqual([]);
      const back = (await b.store.sessions(b.user)).flatMap((x) => x.sets);
      expect(back.map((x) => [x.exercise, x.reps, x.seconds ?? null])).toEqual([
        ['barbell-hip-thrust', 10, null],
        ['custom:plank', 0, 60],
        ['custom:running', 0, 95],
      ]);
      expect(back[2]?.distanceM).toBeCloseTo(400, 1);
      // Brought back again: nothing new, nothing changed.
      const again = await Transfer.importFile(b, { text, file: `t.${format}.csv`, units: 'lb' });
      expect(
        again.ok && [again.value.added, again.value.updated, again.value.alreadyPresent],
      ).toEqual([0, 0, 3]);
    }
  });
});

describe('the calendar', () => {
  it('refuses to write an empty one once the plan is over', () => {
    const plan = Program.generate(sampleLifter(), '2026-01-05');
    const after = plan.days.at(-1)?.date ?? '2026-12-31';
    const r = Export.calendar(plan, `${Number(after.slice(0, 4)) + 1}${after.slice(4)}`);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^the plan has no sessions from \d{4}-\d\d-\d\d on/) as unknown,
    });
    const ok = Export.calendar(plan, '2026-01-05');
    expect(ok.ok && ok.value).toContain('BEGIN:VEVENT');
  });
});

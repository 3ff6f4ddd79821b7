import { Decoder, Profile, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import { describe, expect, it } from 'vitest';
import { Units } from '../domain/index.js';
import { loggedSet } from '../domain/fixtures.js';
import { activity, describe as describeReport, type FitSet } from './fit.js';
import { entries, fitExercise } from './fit-exercises.js';
import { fitString } from './fit-fields.js';

const at = (hhmmss: string) => `2026-11-20T${hhmmss}Z`;
const set = (over: Partial<FitSet> & { loggedAt: string }): FitSet => ({
  ...loggedSet({ clean: true }),
  ...over,
});

/** A session of every kind of set Thrust logs: loaded, single-leg, banded, bodyweight, timed. */
const session = {
  date: '2026-11-20',
  sets: [
    set({
      exercise: 'barbell-hip-thrust',
      load: { value: 60, unit: 'kg' },
      reps: 10,
      warmup: true,
      clean: false,
      loggedAt: at('17:00:00'),
    }),
    set({
      exercise: 'barbell-hip-thrust',
      track: 'barbell-hip-thrust/heavy',
      load: { value: 225, unit: 'lb' },
      reps: 8,
      rpe: 8.5,
      rir: 2,
      felt: 'glutes',
      loggedAt: at('17:04:00'),
    }),
    set({
      exercise: 'single-leg-hip-thrust',
      load: { value: 0, unit: 'lb' },
      reps: 12,
      side: 'left',
      holdSeconds: 2,
      loggedAt: at('17:07:30'),
    }),
    set({
      exercise: 'single-leg-hip-thrust',
      load: { value: 0, unit: 'lb' },
      reps: 11,
      side: 'right',
      holdSeconds: 2,
      clean: false,
      loggedAt: at('17:09:00'),
    }),
    set({
      exercise: 'banded-hip-thrust',
      load: { value: 0, unit: 'lb' },
      reps: 20,
      band: 'medium',
      loggedAt: at('17:12:00'),
    }),
    set({ exercise: 'pull-up', load: { value: 0, unit: 'lb' }, reps: 6, loggedAt: at('17:15:00') }),
    set({
      exercise: 'custom:plank',
      load: { value: 0, unit: 'lb' },
      reps: 0,
      seconds: 60,
      loggedAt: at('17:18:00'),
    }),
    set({
      exercise: 'custom:sissy-squat',
      load: { value: 10, unit: 'kg' },
      reps: 15,
      note: 'knees over toes',
      loggedAt: at('17:21:00'),
    }),
  ],
};
const names = new Map([['custom:sissy-squat', 'Sissy Squat (Plate)']]);
const { bytes, report } = activity(session, { zone: 'Europe/Berlin', names, serial: 4242 });

function garmin(b: Uint8Array) {
  const decoder = new Decoder(Stream.fromByteArray(Array.from(b)));
  // checkIntegrity reads the whole stream: asked first, then the messages from a new one.
  const valid = decoder.checkIntegrity();
  return { valid, read: new Decoder(Stream.fromByteArray(Array.from(b))).read() };
}

/** The sets as FIT has them, with developer fields by name. */
interface Read {
  type: string;
  reps?: number;
  kg?: number;
  category?: string;
  subtype?: number;
  start?: number;
  end: number;
  duration?: number;
  dev: Record<string, unknown>;
}

describe('FIT activity file', () => {
  it('has a valid header and CRC, and profile 21.217 in the header', () => {
    const { valid, read } = garmin(bytes);
    expect(Decoder.isFIT(Stream.fromByteArray(Array.from(bytes)))).toBe(true);
    expect(valid).toBe(true);
    expect(read.errors).toEqual([]);
    expect(bytes[0]).toBe(14);
    expect(bytes[2]! | (bytes[3]! << 8)).toBe(Profile.version.major * 1000 + Profile.version.minor);
    expect(String.fromCharCode(...bytes.slice(8, 12))).toBe('.FIT');
    // One byte changed in the data: the CRC no longer matches.
    const broken = bytes.slice();
    broken[40] = (broken[40] ?? 0) ^ 0xff;
    expect(new Decoder(Stream.fromByteArray(Array.from(broken))).checkIntegrity()).toBe(false);
  });

  it('reads back the same with Garmin’s decoder and with fit-file-parser', async () => {
    const { messages } = garmin(bytes).read;
    const fields = new Map(
      (messages.fieldDescriptionMesgs ?? []).map((f) => [f.fieldDefinitionNumber, f.fieldName]),
    );
    const sdk: Read[] = (messages.setMesgs ?? []).map((m) => ({
      type: String(m.setType),
      ...(m.repetitions !== undefined && { reps: m.repetitions }),
      ...(m.weight !== undefined && { kg: m.weight }),
      ...(m.category && { category: String(m.category[0]) }),
      ...(m.categorySubtype && { subtype: Number(m.categorySubtype[0]) }),
      ...(m.startTime && { start: (m.startTime as Date).getTime() }),
      end: (m.timestamp as Date).getTime(),
      ...(m.duration !== undefined && { duration: m.duration }),
      dev: Object.fromEntries(
        Object.entries(m.developerFields ?? {}).map(([k, v]): [string, unknown] => [
          String(fields.get(Number(k))),
          v,
        ]),
      ),
    }));
    const parsed = (await new FitParser({ mode: 'list' }).parseAsync(
      Buffer.from(bytes),
    )) as unknown as {
      sets: Record<string, unknown>[];
    };
    const own = new Set([
      'side',
      'top_hold',
      'clean_form',
      'band',
      'rpe',
      'reps_in_reserve',
      'felt_in',
      'warm_up',
      'exercise',
      'distance',
      'note',
      'track',
    ]);
    const other: Read[] = parsed.sets.map((m) => ({
      type: String(m.set_type),
      ...(m.repetitions !== undefined && { reps: m.repetitions as number }),
      ...(m.weight !== undefined && { kg: m.weight as number }),
      ...(Array.isArray(m.category) && {
        category: String(m.category[0]).replace(/_(\w)/g, (_, c: string) => c.toUpperCase()),
      }),
      ...(Array.isArray(m.category_subtype) && { subtype: Number(m.category_subtype[0]) }),
      ...(m.start_time !== undefined && { start: new Date(m.start_time as string).getTime() }),
      end: new Date(m.timestamp as string).getTime(),
      ...(m.duration !== undefined && { duration: m.duration as number }),
      dev: Object.fromEntries(Object.entries(m).filter(([k]) => own.has(k))),
    }));
    expect(other).toEqual(sdk);

    const active = sdk.filter((s) => s.type === 'active');
    expect(active).toHaveLength(session.sets.length);
    for (const [i, s] of session.sets.entries()) {
      const r = active[i]!;
      expect(r.end).toBe(Date.parse(s.loggedAt));
      // Weight at FIT's scale (1/16 kg): within half a step of the load in kg.
      if (s.load.value > 0)
        expect(Math.abs(r.kg! - Units.toKg(s.load))).toBeLessThanOrEqual(1 / 32);
      else expect(r.kg).toBeUndefined();
      if (s.reps > 0) expect(r.reps).toBe(s.reps);
      const fit = fitExercise(s.exercise, s.load.value > 0);
      expect(r.category).toBe(fit ? fit.categoryName : 'unknown');
      expect(r.subtype).toBe(fit?.name ?? undefined);
      expect(r.dev.clean_form).toBe(s.clean ? 1 : 0);
    }
    const [warm, heavy, left, right, banded, pullUp, plank, custom] = active;
    expect(warm!.dev.warm_up).toBe(1);
    expect(heavy).toMatchObject({ category: 'hipRaise', subtype: 1, reps: 8 });
    expect(heavy!.dev).toMatchObject({
      rpe: 8.5,
      reps_in_reserve: 2,
      felt_in: 'glutes',
      track: 'barbell-hip-thrust/heavy',
    });
    expect(left).toMatchObject({
      category: 'hipRaise',
      subtype: 30,
      dev: { side: 'left', top_hold: 2 },
    });
    expect(right!.dev).toMatchObject({ side: 'right', top_hold: 2, clean_form: 0 });
    expect(banded).toMatchObject({ category: 'hipRaise', subtype: 11, dev: { band: 'medium' } });
    expect(pullUp).toMatchObject({ category: 'pullUp', subtype: 38, reps: 6 });
    // The timed hold: no reps, a duration, a start a minute before it was logged.
    expect(plank).toMatchObject({
      category: 'unknown',
      duration: 60,
      start: Date.parse(at('17:17:00')),
    });
    expect(plank!.reps).toBeUndefined();
    expect(plank!.dev.exercise).toBe('Plank');
    expect(custom).toMatchObject({ category: 'unknown', kg: 10, reps: 15 });
    expect(custom!.dev).toMatchObject({ exercise: 'Sissy Squat (Plate)', note: 'knees over toes' });

    // A rest between every two sets; the one before the plank ends as it starts.
    const rests = sdk.filter((s) => s.type === 'rest');
    expect(rests).toHaveLength(session.sets.length - 1);
    expect(rests[5]).toMatchObject({
      start: Date.parse(at('17:15:00')),
      end: Date.parse(at('17:17:00')),
      duration: 120,
    });
  });

  it('is one strength-training session from the first set to the last, in the lifter’s zone', () => {
    const { messages } = garmin(bytes).read;
    expect(messages.fileIdMesgs?.[0]).toMatchObject({
      type: 'activity',
      manufacturer: 'development',
      serialNumber: 4242,
    });
    expect(messages.sessionMesgs?.[0]).toMatchObject({
      sport: 'training',
      subSport: 'strengthTraining',
      startTime: new Date(at('17:00:00')),
      totalElapsedTime: 21 * 60,
      numLaps: 1,
    });
    expect(messages.lapMesgs).toHaveLength(1);
    const act = messages.activityMesgs?.[0];
    // Berlin is an hour ahead of UTC in November.
    expect(
      Number(act?.localTimestamp) - (new Date(at('17:21:00')).getTime() - 631065600000) / 1000,
    ).toBe(3600);
  });

  it('reports what went into developer fields and what FIT has no name for', () => {
    expect(report).toMatchObject({ sets: 8, restSets: 7, untimed: 7, cutNotes: 0 });
    expect(report.unknown).toEqual([
      { exercise: 'Plank', sets: 1 },
      { exercise: 'Sissy Squat (Plate)', sets: 1 },
    ]);
    const dev = Object.fromEntries(report.developerFields.map((f) => [f.field, f.sets]));
    expect(dev).toMatchObject({
      clean_form: 8,
      side: 2,
      top_hold: 2,
      band: 1,
      warm_up: 1,
      exercise: 2,
      note: 1,
    });
    expect(describeReport(report).join('\n')).toMatch(
      /Plank: no FIT exercise, written as category 'unknown'/,
    );
  });

  it('says it when a lift has only a FIT category, and cuts a long note on a character', () => {
    const r = activity(
      {
        date: '2026-11-21',
        sets: [
          set({
            exercise: 'hip-abduction-machine',
            load: { value: 50, unit: 'kg' },
            reps: 15,
            note: 'é'.repeat(200),
            loggedAt: at('10:00:00'),
          }),
        ],
      },
      { zone: 'UTC', serial: 1 },
    );
    expect(r.report.categoryOnly).toEqual([
      { exercise: 'Hip abduction (machine)', category: 'hipStability', sets: 1 },
    ]);
    expect(r.report.cutNotes).toBe(1);
    const m = garmin(r.bytes).read.messages.setMesgs?.[0];
    expect(m?.categorySubtype).toBeUndefined();
    expect(fitString('é'.repeat(200)).text).toBe('é'.repeat(127));
  });

  it('writes no rest between sets logged at the same time (imported from one workout), and says so', () => {
    const same = set({
      exercise: 'back-squat',
      load: { value: 100, unit: 'kg' },
      reps: 5,
      loggedAt: at('09:00:00'),
    });
    const r = activity(
      { date: '2026-11-22', sets: [same, same, same] },
      { zone: 'UTC', serial: 1 },
    );
    expect(r.report).toMatchObject({ sets: 3, restSets: 0 });
    const sets = garmin(r.bytes).read.messages.setMesgs ?? [];
    expect(sets.map((m) => m.setType)).toEqual(['active', 'active', 'active']);
    expect(describeReport(r.report)[0]).toBe(
      '2026-11-22: 3 sets, 0 rests between them (2 sets were logged at the same time as the one before: no rest between).',
    );
  });

  it.each(entries())('maps %s to a category and name the profile has', (id, e) => {
    const fit = fitExercise(id, false);
    expect(Profile.types.exerciseCategory?.[fit!.category]).toBe(e.category);
    if (e.name !== null)
      expect(Profile.types[`${e.category}ExerciseName`]?.[fit!.name!]).toBe(e.name);
    if (e.loaded) expect(fitExercise(id, true)!.nameName).toBe(e.loaded);
  });
});

import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';
import { describe, expect, it } from 'vitest';
import { Today, Units } from '../domain/index.js';
import { lifter, only } from '../domain/fixtures.js';
import { generate } from '../domain/program/generate.js';
import { fitExercise } from './fit-exercises.js';
import { workout } from './fit-workout.js';

const profile = lifter({
  goal: 'glutes',
  working: { exercise: 'barbell-hip-thrust', load: { value: 135, unit: 'lb' }, reps: 8 },
});
const plan = generate(profile, '2026-11-23');
const t = Today.build({ plans: only(plan), profile, sessions: [], date: '2026-11-23' });
if (t.kind !== 'training') throw new Error(t.kind);
const w = workout(t.day, t.items, profile.units, {
  serial: 7,
  created: new Date('2026-11-23T06:00:00Z'),
});

describe('FIT workout file', () => {
  it('is a valid FIT file of type workout, strength training', () => {
    expect(new Decoder(Stream.fromByteArray(Array.from(w.bytes))).checkIntegrity()).toBe(true);
    const { messages, errors } = new Decoder(Stream.fromByteArray(Array.from(w.bytes))).read();
    expect(errors).toEqual([]);
    expect(messages.fileIdMesgs?.[0]).toMatchObject({
      type: 'workout',
      manufacturer: 'development',
    });
    expect(messages.workoutMesgs?.[0]).toMatchObject({
      sport: 'training',
      subSport: 'strengthTraining',
      numValidSteps: w.steps.length,
      wktName: `Thrust 2026-11-23 ${t.day.title}`,
    });
  });

  it('decodes to the prescribed steps: warm-ups, each set with its reps and load, rests between', () => {
    const { messages } = new Decoder(Stream.fromByteArray(Array.from(w.bytes))).read();
    const steps = messages.workoutStepMesgs ?? [];
    expect(steps).toHaveLength(w.steps.length);
    // Every prescribed work set is a step: sets per slot, both sides of single-leg work.
    const wanted = t.items.reduce(
      (n, i) =>
        n + i.prescription.sets * (i.prescription.perSide ? 2 : 1) + (i.sides?.extraSet ? 1 : 0),
      0,
    );
    expect(steps.filter((s) => s.intensity === 'active')).toHaveLength(wanted);
    expect(steps.filter((s) => s.intensity === 'warmup')).toHaveLength(
      t.items.reduce((n, i) => n + i.warmup.length, 0),
    );
    // A rest after every set but the last, timed by the slot's role and the day.
    const sets = steps.filter((s) => s.intensity !== 'rest');
    expect(steps.filter((s) => s.intensity === 'rest')).toHaveLength(wanted - 1);
    expect(steps.at(-1)?.intensity).toBe('active');
    for (const [i, s] of steps.entries()) {
      const plan = w.steps[i]!;
      if (plan.kind === 'rest') {
        expect(s).toMatchObject({ durationType: 'time', durationTime: plan.seconds });
        continue;
      }
      expect(s).toMatchObject({ durationType: 'reps', durationReps: plan.reps });
      const fit = fitExercise(plan.exercise!, plan.kg !== null);
      expect(s.exerciseCategory).toBe(fit!.categoryName);
      expect(s.exerciseName).toBe(fit!.name ?? undefined);
      if (plan.kg === null) expect(s.exerciseWeight).toBeUndefined();
      else expect(Math.abs(Number(s.exerciseWeight) - plan.kg)).toBeLessThanOrEqual(0.005);
    }
    expect(sets.length).toBeGreaterThan(0);
    const main = t.items.find((i) => i.exercise.id === 'barbell-hip-thrust')!;
    const heavy = steps.find((s) => s.intensity === 'active' && s.exerciseName === 1)!;
    expect(heavy.durationReps).toBe(main.prescription.reps);
    expect(Number(heavy.exerciseWeight)).toBeCloseTo(Units.toKg({ value: 135, unit: 'lb' }), 2);
    expect(heavy.notes).toMatch(/^135 lb/);
    expect(heavy.weightDisplayUnit).toBe('pound');
    const single = steps.filter((s) => s.exerciseName === 30 || s.exerciseName === 31);
    expect(single.map((s) => s.wktStepName)).toContain('Single-leg hip thrust, left');
    expect(single.map((s) => s.wktStepName)).toContain('Single-leg hip thrust, right');
  });

  it('reads the same steps with fit-file-parser', async () => {
    const parsed = await new FitParser({ mode: 'list' }).parseAsync(Buffer.from(w.bytes));
    // The parser keeps one workout_step at the top; every message is under `messages`.
    const all = (parsed as unknown as { messages: { workout_step: Record<string, unknown>[] } })
      .messages.workout_step;
    expect(all.map((s) => [s.intensity, s.duration_type, s.duration_value])).toEqual(
      w.steps.map((s) =>
        s.kind === 'rest'
          ? ['rest', 'time', (s.seconds ?? 0) * 1000]
          : [s.kind === 'work' ? 'active' : 'warmup', 'reps', s.reps],
      ),
    );
  });
});

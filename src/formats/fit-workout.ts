/**
 * A planned session as a Garmin FIT workout file a watch runs: one step per set with its rep
 * target (duration type 'reps'), the load as the step's weight and in its notes, a rest step
 * between sets, each step's exercise category and name. FIT profile 21.217 (@garmin/fitsdk).
 */
import { Rest, Units, type Catalogue, type Plan, type Today } from '../domain/index.js';
import { fitExercise, UNKNOWN_CATEGORY } from './fit-exercises.js';
import { fileId, fitString, MESG, Writer, type Fields } from './fit-fields.js';

export interface WorkoutOptions {
  readonly serial: number;
  /** When the file is made. */
  readonly created: Date;
}

/** One step as planned, before it is written: what a test or a reader compares against. */
export interface Step {
  readonly kind: 'warmup' | 'work' | 'rest';
  readonly name: string;
  readonly exercise: Catalogue.ExerciseId | null;
  /** Rep target of a set; seconds of a rest. */
  readonly reps: number | null;
  readonly seconds: number | null;
  /** Kilograms on the bar (or in the hand); null for bodyweight, band-only and calibration. */
  readonly kg: number | null;
  readonly notes: string;
}

/** The sides of a per-side slot in order: the weaker first, and its extra set (R5). */
function sideOrder(item: Today.Item): ('left' | 'right' | null)[] {
  const p = item.prescription;
  if (!p.perSide) return Array.from({ length: p.sets }, () => null);
  const first = item.sides?.first ?? 'left';
  const second = first === 'left' ? 'right' : 'left';
  const out: ('left' | 'right' | null)[] = [];
  for (let i = 0; i < p.sets; i++) out.push(first, second);
  if (item.sides?.extraSet) out.push(item.sides.extraSet);
  return out;
}

/** What a lifter reads on the watch for a work set: the load, band and top hold, and why. */
function workNote(item: Today.Item): string {
  const p = item.prescription;
  const parts = [
    p.load === null
      ? `work up to a load you can lift for ${p.reps} clean reps`
      : p.load.value > 0
        ? Units.format(p.load)
        : 'bodyweight',
  ];
  if (p.band) parts.push(`${p.band} band`);
  if (p.holdSeconds > 0) parts.push(`hold the top ${p.holdSeconds} s`);
  return `${parts.join(', ')}. ${p.reason}`;
}

/** The session's steps, in the order a watch runs them. */
export function steps(day: Plan.PlanDay, items: readonly Today.Item[]): Step[] {
  const out: Step[] = [];
  const work = (item: Today.Item) => item.exercise.id;
  for (const [n, item] of items.entries()) {
    const p = item.prescription;
    const name = item.exercise.name;
    for (const w of item.warmup)
      out.push({
        kind: 'warmup',
        name: `${name} warm-up`,
        exercise: work(item),
        reps: w.reps,
        seconds: null,
        kg: w.load.value > 0 ? Units.toKg(w.load) : null,
        notes: `warm-up: ${w.reps} at ${Units.format(w.load)}`,
      });
    const sides = sideOrder(item);
    for (const [i, side] of sides.entries()) {
      out.push({
        kind: 'work',
        name: side ? `${name}, ${side}` : name,
        exercise: work(item),
        reps: p.reps,
        seconds: null,
        kg: p.load !== null && p.load.value > 0 ? Units.toKg(p.load) : null,
        notes: workNote(item),
      });
      const lastOfAll = n === items.length - 1 && i === sides.length - 1;
      if (!lastOfAll) {
        const seconds = Rest.afterSet(item.slot.role, day.kind);
        out.push({
          kind: 'rest',
          name: 'Rest',
          exercise: null,
          reps: null,
          seconds,
          kg: null,
          notes: `rest ${seconds} s`,
        });
      }
    }
  }
  return out;
}

function stepFields(step: Step, index: number, unit: Units.Unit): Fields {
  const notes = fitString(step.notes).text;
  if (step.kind === 'rest')
    return {
      messageIndex: index,
      wktStepName: step.name,
      durationType: 'time',
      // duration_value is the time in ms for a time step (the profile's duration_time, scale 1000).
      durationValue: (step.seconds ?? 0) * 1000,
      targetType: 'open',
      intensity: 'rest',
      notes,
    };
  const fit = step.exercise ? fitExercise(step.exercise, step.kg !== null) : null;
  return {
    messageIndex: index,
    wktStepName: fitString(step.name).text,
    durationType: 'reps',
    durationValue: step.reps ?? 0,
    targetType: 'open',
    intensity: step.kind === 'warmup' ? 'warmup' : 'active',
    notes,
    exerciseCategory: fit ? fit.category : UNKNOWN_CATEGORY,
    exerciseName: fit?.name ?? undefined,
    exerciseWeight: step.kg ?? undefined,
    weightDisplayUnit: unit === 'kg' ? 'kilogram' : 'pound',
  };
}

/** The workout file for a plan day, and its steps. */
export function workout(
  day: Plan.PlanDay,
  items: readonly Today.Item[],
  unit: Units.Unit,
  opts: WorkoutOptions,
): { bytes: Uint8Array; steps: Step[]; name: string } {
  const planned = steps(day, items);
  if (planned.length === 0) throw new RangeError(`${day.date} (${day.title}) has nothing to lift`);
  const name = fitString(`Thrust ${day.date} ${day.title}`).text;
  const w = new Writer(false);
  w.write(MESG.fileId, fileId('workout', opts.created, opts.serial));
  w.write(MESG.workout, {
    wktName: name,
    sport: 'training',
    subSport: 'strengthTraining',
    numValidSteps: planned.length,
  });
  for (const [i, s] of planned.entries()) w.write(MESG.workoutStep, stepFields(s, i, unit));
  return { bytes: w.close(), steps: planned, name };
}

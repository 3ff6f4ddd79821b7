/**
 * Weekly volume: hard sets and tonnage per exercise and for the glutes as a whole.
 *
 * Rules: a hard set is any logged set that is not a warm-up. A unilateral set counts once
 * per side logged (a left and a right set are two sets), and its tonnage is its own load
 * times reps, so both legs' work is counted. Glute volume counts the hip thrust variations
 * and the cable kickback (glute-dominant work); squats and deadlifts train the glutes too
 * but are left out so the number tracks the glute-specific work the plan prescribes.
 * Weeks run Monday to Sunday.
 */
import * as Catalogue from '../catalogue/index.js';
import type { ExerciseRef } from '../catalogue/index.js';
import { addDays, mondayOf, type IsoDate } from '../dates.js';
import type { LoggedSession } from '../log.js';
import { valueIn, type Unit } from '../units.js';

export interface Volume {
  readonly sets: number;
  /** Load x reps summed, in the unit asked for; bodyweight sets add 0. */
  readonly tonnage: number;
}

export interface Week {
  readonly week: IsoDate;
  readonly glutes: Volume;
  readonly byExercise: Readonly<Partial<Record<ExerciseRef, Volume>>>;
}

const GLUTE_WORK = new Set<ExerciseRef>([
  ...Catalogue.EXERCISES.filter((e) => e.hipThrust).map((e) => e.id),
  'cable-glute-kickback',
]);

export function isGluteWork(id: ExerciseRef): boolean {
  return GLUTE_WORK.has(id);
}

export function weekly(sessions: readonly LoggedSession[], unit: Unit): Week[] {
  type Acc = {
    glutes: { sets: number; tonnage: number };
    byExercise: Map<ExerciseRef, { sets: number; tonnage: number }>;
  };
  const weeks = new Map<IsoDate, Acc>();
  // Sessions mostly come in date order: recompute the week only when a date leaves it.
  let weekStart = '';
  let weekEnd = '';
  let w: Acc | undefined;
  for (const s of sessions) {
    if (!w || s.date < weekStart || s.date >= weekEnd) {
      weekStart = mondayOf(s.date);
      weekEnd = addDays(weekStart, 7);
      w = weeks.get(weekStart);
      if (!w) {
        w = { glutes: { sets: 0, tonnage: 0 }, byExercise: new Map() };
        weeks.set(weekStart, w);
      }
    }
    // A session's sets of one exercise are usually consecutive: look each run up once.
    let lastExercise: ExerciseRef | null = null;
    let e = { sets: 0, tonnage: 0 };
    let glute = false;
    for (const set of s.sets) {
      if (set.warmup) continue;
      const t = (set.load.unit === unit ? set.load.value : valueIn(set.load, unit)) * set.reps;
      if (set.exercise !== lastExercise) {
        lastExercise = set.exercise;
        glute = GLUTE_WORK.has(set.exercise);
        const found = w.byExercise.get(set.exercise);
        if (found) e = found;
        else {
          e = { sets: 0, tonnage: 0 };
          w.byExercise.set(set.exercise, e);
        }
      }
      e.sets += 1;
      e.tonnage += t;
      if (glute) {
        w.glutes.sets += 1;
        w.glutes.tonnage += t;
      }
    }
  }
  return [...weeks]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([week, v]) => ({ week, glutes: v.glutes, byExercise: Object.fromEntries(v.byExercise) }));
}

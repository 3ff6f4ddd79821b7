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
import { mondayOf, type IsoDate } from '../dates.js';
import { historyOf, type Source } from './progress.js';
import { KG_PER_LB, type Unit } from '../units.js';

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

export function weekly(source: Source, unit: Unit): Week[] {
  type Acc = {
    glutes: Volume & { sets: number; tonnage: number };
    byExercise: Map<ExerciseRef, { sets: number; tonnage: number }>;
  };
  const weeks = new Map<IsoDate, Acc>();
  const weekOf = new Map<IsoDate, Acc>();
  for (const [exercise, sessions] of historyOf(source).all()) {
    const glute = GLUTE_WORK.has(exercise);
    for (const { date, sets, tonnage: t } of sessions) {
      let w = weekOf.get(date);
      if (!w) {
        const key = mondayOf(date);
        w = weeks.get(key);
        if (!w) {
          w = { glutes: { sets: 0, tonnage: 0 }, byExercise: new Map() };
          weeks.set(key, w);
        }
        weekOf.set(date, w);
      }
      const tonnage = unit === 'lb' ? t.lb + t.kg / KG_PER_LB : t.kg + t.lb * KG_PER_LB;
      let e = w.byExercise.get(exercise);
      if (!e) {
        e = { sets: 0, tonnage: 0 };
        w.byExercise.set(exercise, e);
      }
      e.sets += sets.length;
      e.tonnage += tonnage;
      if (glute) {
        w.glutes.sets += sets.length;
        w.glutes.tonnage += tonnage;
      }
    }
  }
  return [...weeks]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([week, v]) => ({ week, glutes: v.glutes, byExercise: Object.fromEntries(v.byExercise) }));
}

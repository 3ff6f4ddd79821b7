/**
 * Weekly volume: hard sets and tonnage per exercise and for the glutes as a whole.
 *
 * Hard sets are counted the way the volume studies count them (EVIDENCE.md section 9;
 * Schoenfeld, Ogborn, Krieger 2017, J Sports Sci 35(11):1073-1082; Pelland et al. 2024):
 * - only work sets: warm-up sets are left out, and so is the banded activation warm-up
 *   (R4), which is a protocol done far from failure, not a hard set;
 * - a set counts once for the muscle it trains: a bilateral set trains both glutes and is
 *   one set; a single-leg set trains one, so a left and a right set together are one set
 *   for "the glutes" (each side's set counts one half).
 * Glute volume counts the hip thrust variations and the cable kickback (direct glute work).
 * Squats and deadlifts train the glutes too (Pelland counts such indirect sets as half) but
 * are left out, so the number tracks the glute-specific work the plan prescribes.
 * Tonnage is load x reps of every counted set, both legs' sets included.
 * Weeks run Monday to Sunday.
 */
import * as Catalogue from '../catalogue/index.js';
import type { ExerciseRef } from '../catalogue/index.js';
import { addDays, mondayOf, type IsoDate } from '../dates.js';
import type { LoggedSet } from '../log.js';
import { valueIn, type Unit } from '../units.js';
import { historyOf, type Source } from './progress.js';

export interface Volume {
  /** Hard sets; a single-leg set is one half (a left + right pair is one set). */
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

const UNILATERAL = new Set<ExerciseRef>(
  Catalogue.EXERCISES.filter((e) => e.laterality === 'unilateral').map((e) => e.id),
);

/** How much of a hard set one logged set is: a half for one side of single-leg work. */
export function setShare(set: LoggedSet): number {
  // A single-leg set logged without its side is still one leg's set.
  return set.side !== null || UNILATERAL.has(set.exercise) ? 0.5 : 1;
}

/**
 * Weekly hard sets and tonnage, every week from the first logged one to the last (or to the
 * week of `through`), a week with nothing logged as a zero: a missed week is what the chart
 * must show. Sets logged against the activation track are left out; so are those in
 * `activation`, the sets a plan credited to its activation slot (`Tracks.activationSets`),
 * which catches a banded set logged without saying so.
 */
export function weekly(
  source: Source,
  unit: Unit,
  activation: ReadonlySet<LoggedSet> = new Set(),
  through?: IsoDate,
): Week[] {
  type Acc = {
    glutes: { sets: number; tonnage: number };
    byExercise: Map<ExerciseRef, Acc['glutes']>;
  };
  const weeks = new Map<IsoDate, Acc>();
  for (const session of historyOf(source).sessions) {
    let w: Acc | undefined;
    for (const set of session.sets) {
      if (set.warmup || set.track === 'activation' || activation.has(set)) continue;
      if (!w) {
        const key = mondayOf(session.date);
        w = weeks.get(key);
        if (!w) {
          w = { glutes: { sets: 0, tonnage: 0 }, byExercise: new Map() };
          weeks.set(key, w);
        }
      }
      const share = setShare(set);
      const tonnage = valueIn(set.load, unit) * set.reps;
      let e = w.byExercise.get(set.exercise);
      if (!e) {
        e = { sets: 0, tonnage: 0 };
        w.byExercise.set(set.exercise, e);
      }
      e.sets += share;
      e.tonnage += tonnage;
      if (GLUTE_WORK.has(set.exercise)) {
        w.glutes.sets += share;
        w.glutes.tonnage += tonnage;
      }
    }
  }
  const keys = [...weeks.keys()].sort();
  const first = keys[0];
  if (first === undefined) return [];
  const lastLogged = keys[keys.length - 1] ?? first;
  const last = through && mondayOf(through) > lastLogged ? mondayOf(through) : lastLogged;
  const out: Week[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) {
    const v = weeks.get(week);
    out.push({
      week,
      glutes: v?.glutes ?? { sets: 0, tonnage: 0 },
      byExercise: v ? Object.fromEntries(v.byExercise) : {},
    });
  }
  return out;
}

/**
 * Numbering sets inside workouts: which appearance of an exercise a row belongs to (an
 * exercise can come back later in a workout) and its order within that appearance.
 * Exercises are told apart by their normalised name, as imported ids are made from it:
 * "Hip Thrust (Barbell)" and "hip thrust barbell" in one workout are one exercise.
 */
import { Catalogue } from '../domain/index.js';

interface Seen {
  occurrence: number;
  count: number;
  lastOrder: number;
}

interface Workout {
  last: string;
  readonly seen: Map<string, Seen>;
}

export class Grouper {
  private current = '';
  /**
   * Every workout's numbering is kept, not only the current one's: a workout whose rows
   * come back after another's (a damaged or hand-sorted file) carries on where it left off,
   * so no two sets of it get the same place, and so the same imported id.
   */
  private readonly workouts = new Map<string, Workout>();
  /** Each name's normalised form, worked out once (a file repeats a few names). */
  private readonly keys = new Map<string, string>();

  /** `order` is the source's set number when it has one (null for W/D/F rows). */
  next(
    workoutKey: string,
    name: string,
    order: number | null,
  ): { occurrence: number; index: number } {
    let exercise = this.keys.get(name);
    if (exercise === undefined) {
      // Bounded: a file of endless distinct names does not grow this past a few thousand.
      if (this.keys.size > 5000) this.keys.clear();
      exercise = Catalogue.normalizeName(name);
      this.keys.set(name, exercise);
    }
    let w = this.workouts.get(workoutKey);
    if (!w) {
      w = { last: '', seen: new Map() };
      this.workouts.set(workoutKey, w);
    }
    // Coming back to a workout is a new appearance of whatever exercise comes next.
    if (workoutKey !== this.current) w.last = '';
    this.current = workoutKey;
    let e = w.seen.get(exercise);
    if (!e) {
      e = { occurrence: 0, count: 0, lastOrder: -Infinity };
      w.seen.set(exercise, e);
    } else if (w.last !== exercise || (order !== null && order <= e.lastOrder)) {
      e.occurrence += 1;
      e.count = 0;
      e.lastOrder = -Infinity;
    }
    w.last = exercise;
    if (order !== null) e.lastOrder = order;
    return { occurrence: e.occurrence, index: e.count++ };
  }
}

/**
 * Numbering sets inside workouts: which appearance of an exercise a row belongs to (an
 * exercise can come back later in a workout) and its order within that appearance.
 */
export class Grouper {
  private workout = '';
  private last = '';
  private seen = new Map<string, { occurrence: number; count: number; lastOrder: number }>();

  /** `order` is the source's set number when it has one (null for W/D/F rows). */
  next(
    workoutKey: string,
    exercise: string,
    order: number | null,
  ): { occurrence: number; index: number } {
    if (workoutKey !== this.workout) {
      this.workout = workoutKey;
      this.last = '';
      this.seen = new Map();
    }
    let e = this.seen.get(exercise);
    if (!e) {
      e = { occurrence: 0, count: 0, lastOrder: -Infinity };
      this.seen.set(exercise, e);
    } else if (this.last !== exercise || (order !== null && order <= e.lastOrder)) {
      e.occurrence += 1;
      e.count = 0;
      e.lastOrder = -Infinity;
    }
    this.last = exercise;
    if (order !== null) e.lastOrder = order;
    return { occurrence: e.occurrence, index: e.count++ };
  }
}

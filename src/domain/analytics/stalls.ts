/**
 * Stalls: exercises whose top working load has not risen for `weeks` weeks of training.
 * What the plan does about it is the progression's business (a deload after repeated
 * failures, R8); this finds them so the lifter is told.
 */
import type { ExerciseRef } from '../catalogue/index.js';
import { daysBetween, type IsoDate } from '../dates.js';
import { compare, type Load } from '../units.js';
import { workSets, type Source } from './progress.js';

export interface Stall {
  readonly exercise: ExerciseRef;
  readonly load: Load;
  /** The session that first reached the current best load. */
  readonly since: IsoDate;
  readonly weeks: number;
  readonly sessionsSince: number;
}

/** Four weeks: longer than the seed's 2-3 weeks between increases (R8), so a stall is real. */
export const STALL_WEEKS = 4;

export function stalls(
  sessions: Source,
  exercises: readonly ExerciseRef[],
  today: IsoDate,
  weeks = STALL_WEEKS,
): Stall[] {
  const out: Stall[] = [];
  for (const exercise of exercises) {
    const history = workSets(sessions, exercise).filter((s) =>
      s.sets.some((x) => x.clean && x.load.value > 0),
    );
    if (history.length === 0) continue;
    let best: Load | null = null;
    let since = '';
    let sessionsSince = 0;
    for (const { date, sets } of history) {
      const top = sets
        .filter((x) => x.clean)
        .reduce<Load | null>((m, x) => (m === null || compare(x.load, m) > 0 ? x.load : m), null);
      if (top && (best === null || compare(top, best) > 0)) {
        best = top;
        since = date;
        sessionsSince = 0;
      } else sessionsSince += 1;
    }
    const w = daysBetween(since, today) / 7;
    if (best && w >= weeks && sessionsSince >= 2)
      out.push({ exercise, load: best, since, weeks: Math.floor(w), sessionsSince });
  }
  return out;
}

/**
 * Stalls: exercises whose top working load has not risen for `weeks` weeks of training.
 * What the plan does about it is the progression's business (a deload after repeated
 * failures, R8); this finds them so the lifter is told.
 */
import type { ExerciseRef } from '../catalogue/index.js';
import { daysBetween, type IsoDate } from '../dates.js';
import { compare, toKg, type Load } from '../units.js';
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
    let best: Load | null = null;
    let since = '';
    let sessionsSince = 0;
    // Sessions with a clean, loaded set count; the heaviest such set is the session's top.
    for (const { date, sets } of workSets(sessions, exercise)) {
      let top: Load | null = null;
      let topKg = 0;
      for (const x of sets) {
        if (!x.clean || x.load.value <= 0) continue;
        const kg = toKg(x.load);
        if (top === null || kg > topKg) {
          top = x.load;
          topKg = kg;
        }
      }
      if (top === null) continue;
      if (best === null || compare(top, best) > 0) {
        best = top;
        since = date;
        sessionsSince = 0;
      } else sessionsSince += 1;
    }
    if (best === null) continue;
    const w = daysBetween(since, today) / 7;
    if (w >= weeks && sessionsSince >= 2)
      out.push({ exercise, load: best, since, weeks: Math.floor(w), sessionsSince });
  }
  return out;
}

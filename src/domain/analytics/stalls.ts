/**
 * Stalls: progressions that have stopped. What the plan does about one is the progression's
 * business (a deload after repeated failures, R8); this finds them so the lifter is told.
 *
 * On a plan track a stall is the progression's own verdict: sessions in a row that fell
 * short of the prescription ('repeat', then 'deload'). Rising reps at one load, a longer
 * hold, a stronger band and a load held back by the pace are the plan working, not a stall.
 * Work outside any plan has no prescription to fall short of; there a stall is weeks
 * without a record of any kind (a heavier load, or more reps at a load).
 */
import type { ExerciseRef } from '../catalogue/index.js';
import { daysBetween, type IsoDate } from '../dates.js';
import { what } from '../progression/prescription.js';
import { compare, type Load } from '../units.js';
import { workSets, type Source } from './progress.js';
import { outcomeOf, type Track } from './tracks.js';

export interface Stall {
  readonly exercise: ExerciseRef;
  /** The load the lifter is stuck at (on a plan track: the latest prescription's). */
  readonly load: Load;
  /** The first session of the stall (outside a plan: the last record). */
  readonly since: IsoDate;
  readonly weeks: number;
  /** Sessions since `since`: failed sessions in a row on a plan track. */
  readonly sessionsSince: number;
}

export interface TrackStall extends Stall {
  readonly track: string;
  /** The prescription the latest session fell short of, e.g. "3x8 at 200 lb". */
  readonly prescribed: string;
}

/**
 * A plan track is stalled once its latest `stallAfter` sessions or more in a row failed as
 * the progression judges them; `stallAfter` is the lifter's setting, the same count after
 * which the progression deloads (default 3, a convention: `Profile.DEFAULT_SETTINGS`).
 */
export function ofTrack(track: Track, stallAfter: number, today: IsoDate): TrackStall | null {
  const judged = track.sessions.filter((s) => s.after !== null && s.date <= today);
  let run = 0;
  while (run < judged.length) {
    const s = judged[judged.length - 1 - run];
    if (!s?.after || outcomeOf(s.after) !== 'failed') break;
    run += 1;
  }
  if (run === 0 || run < stallAfter) return null;
  const first = judged[judged.length - run];
  // What the lifter is falling short of now (a deload inside the stall changes it).
  const p = judged[judged.length - 1]?.prescribed;
  if (!first || !p) return null;
  return {
    track: track.id,
    exercise: track.exercise,
    load: p.load ?? { value: 0, unit: 'lb' },
    prescribed: what(p),
    since: first.date,
    weeks: Math.floor(daysBetween(first.date, today) / 7),
    sessionsSince: run,
  };
}

/** Four weeks: longer than the seed's 2-3 weeks between increases (R8), so a stall is real. */
export const STALL_WEEKS = 4;

/**
 * Exercises outside a plan whose last record is at least `weeks` weeks and two sessions
 * old. A record is a set no earlier set matched: heavier than every earlier set with at
 * least its reps, or more reps than every earlier set at least as heavy. Rising reps at one
 * load are records, so they are never a stall.
 */
export function stalls(
  sessions: Source,
  exercises: readonly ExerciseRef[],
  today: IsoDate,
  weeks = STALL_WEEKS,
): Stall[] {
  const out: Stall[] = [];
  for (const exercise of exercises) {
    // The heaviest load done for each rep count so far: a set is a record unless some entry
    // with at least its reps is at least as heavy.
    const front = new Map<number, Load>();
    let best: Load | null = null;
    let since = '';
    let sessionsSince = 0;
    // Clean, loaded sets count.
    for (const { date, sets } of workSets(sessions, exercise)) {
      let record = false;
      let any = false;
      for (const x of sets) {
        if (!x.clean || x.load.value <= 0) continue;
        any = true;
        let beaten = false;
        for (const [reps, load] of front)
          if (reps >= x.reps && compare(load, x.load) >= 0) {
            beaten = true;
            break;
          }
        if (beaten) continue;
        record = true;
        front.set(x.reps, x.load);
        if (best === null || compare(x.load, best) > 0) best = x.load;
      }
      if (!any) continue;
      if (record) {
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

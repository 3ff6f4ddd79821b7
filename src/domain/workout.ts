/**
 * A workout as the lifter saw it: what they did last time on an exercise, and when a
 * session started and ended (from the times its sets were logged).
 */
import type { ExerciseRef } from './catalogue/index.js';
import type { IsoDate } from './dates.js';
import type { LoggedSession, LoggedSet } from './log.js';

export interface LastTime {
  readonly date: IsoDate;
  /** The work sets of the exercise that day, in the order they were logged. */
  readonly sets: readonly Pick<LoggedSet, 'load' | 'reps' | 'side' | 'band' | 'clean'>[];
}

/**
 * The last session before `date` with work sets of `exercise` (warm-ups never count). The
 * banded activation warm-up and the working sets of one exercise are told apart: with
 * `activation`, only sets logged against the activation track; without it, all others.
 */
export function lastTime(
  sessions: readonly LoggedSession[],
  exercise: ExerciseRef,
  date: IsoDate,
  activation = false,
): LastTime | null {
  let best: LastTime | null = null;
  for (const s of sessions) {
    if (s.date >= date || (best && s.date <= best.date)) continue;
    const sets = s.sets.filter(
      (x) => x.exercise === exercise && !x.warmup && (x.track === 'activation') === activation,
    );
    if (sets.length > 0)
      best = {
        date: s.date,
        sets: sets.map(({ load, reps, side, band, clean }) => ({ load, reps, side, band, clean })),
      };
  }
  return best;
}

export interface Span {
  /** ISO instants of the first and the last set logged. */
  readonly start: string;
  readonly end: string;
  /** Whole minutes from the first set to the last. */
  readonly minutes: number;
}

/** When a session started and ended, from its sets' logged times; null with no sets. */
export function span(sets: readonly { readonly loggedAt: string }[]): Span | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const { loggedAt } of sets) {
    if (start === null || loggedAt < start) start = loggedAt;
    if (end === null || loggedAt > end) end = loggedAt;
  }
  if (start === null || end === null) return null;
  const minutes = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  return { start, end, minutes };
}

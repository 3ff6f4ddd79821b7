/**
 * Which logged sets an e1RM is estimated from, and the estimate of one set.
 *
 * Every e1RM formula assumes the set went to failure; a set stopped far short of it
 * underestimates the 1RM (EVIDENCE.md section 6), so an estimate is only as good as the
 * set's nearness to failure. A set counts when:
 *   - it was logged with an RPE of 7 or more (3 or fewer reps in reserve), estimated from
 *     reps + (10 - RPE); a set logged below RPE 7 does not count;
 *   - with no RPE, no later set of the session's exercise (on the same side) was as heavy:
 *     the last set at the day's working load, after the others' fatigue, and a heavier top
 *     set before lighter back-off sets. Earlier sets at that load, and ramp-up sets before
 *     heavier ones, had more left in them.
 * The plan asks for every work set to end with about 0-3 reps left (R2), so the last set
 * at a load is the one nearest failure when nothing says otherwise (a convention).
 */
import * as E1rm from '../e1rm.js';
import type { LoggedSet } from '../log.js';
import { compare, valueIn, type Unit } from '../units.js';

/** The sets of one session's exercise that an e1RM is estimated from (see the module comment). */
export function nearFailure<S extends Pick<LoggedSet, 'load' | 'side' | 'rpe'>>(
  sets: readonly S[],
): S[] {
  const out: S[] = [];
  for (let i = 0; i < sets.length; i++) {
    const s = sets[i] as S;
    if (s.rpe !== null) {
      if (s.rpe >= E1rm.NEAR_FAILURE_RPE) out.push(s);
      continue;
    }
    let later = false;
    for (let j = i + 1; j < sets.length && !later; j++) {
      const t = sets[j] as S;
      later = t.side === s.side && compare(t.load, s.load) >= 0;
    }
    if (!later) out.push(s);
  }
  return out;
}

/**
 * One set's e1RM in `unit` by `formula`, from its effective reps (reps + reps in reserve
 * when an RPE was logged); null outside the formula's rep range, below RPE 7, and for a set
 * with no external load (bodyweight, band), whose e1RM would be a meaningless 0.
 */
export function setE1rm(
  set: Pick<LoggedSet, 'load' | 'reps' | 'rpe'>,
  unit: Unit,
  formula: E1rm.Formula,
): number | null {
  if (set.load.value <= 0) return null;
  const reps = E1rm.effectiveReps(set.reps, set.rpe);
  if (reps === null) return null;
  const r = E1rm.estimate(valueIn(set.load, unit), reps, formula);
  return r.ok ? r.value : null;
}

/** The session's best e1RM over the sets near failure, or null when none has one. */
export function bestE1rm(
  sets: readonly LoggedSet[],
  unit: Unit,
  formula: E1rm.Formula,
): { readonly e1rm: number; readonly set: LoggedSet } | null {
  let best: { e1rm: number; set: LoggedSet } | null = null;
  for (const s of nearFailure(sets)) {
    const e = setE1rm(s, unit, formula);
    if (e !== null && (best === null || e > best.e1rm)) best = { e1rm: e, set: s };
  }
  return best;
}

/** Every e1RM of the session's sets near failure, best first. */
export function e1rms(sets: readonly LoggedSet[], unit: Unit, formula: E1rm.Formula): number[] {
  return nearFailure(sets)
    .map((s) => setE1rm(s, unit, formula))
    .filter((x): x is number => x !== null)
    .sort((a, b) => b - a);
}

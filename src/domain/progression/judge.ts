/** R8's test of a session: did every prescribed set count? And if not, what fell short. */
import { BAND_LEVELS } from '../equipment.js';
import type { LoggedSet } from '../log.js';
import { compare, format } from '../units.js';
import type { Prescription } from './prescription.js';

export interface Verdict {
  readonly success: boolean;
  /** Fewest reps among the sets that counted (meaningful on success). */
  readonly achieved: number;
  readonly shortfalls: string[];
}

/**
 * R8: a success needs every prescribed set (per side for unilateral work) at no less than
 * the prescribed load, band and hold, at or above the target reps, with clean form.
 */
export function judge(p: Prescription, sets: readonly LoggedSet[]): Verdict {
  const sides = p.perSide ? (['left', 'right'] as const) : ([null] as const);
  const shortfalls: string[] = [];
  let achieved = Infinity;
  let success = true;
  for (const side of sides) {
    const mine = sets.filter((s) => side === null || s.side === side);
    const label = side === null ? 'set' : `${side} set`;
    const counted: number[] = [];
    mine.forEach((s, i) => {
      const problem = fault(p, s);
      if (problem === null) counted.push(s.reps);
      else shortfalls.push(`${label} ${i + 1}: ${problem}`);
    });
    if (counted.length >= p.sets) {
      const best = counted.sort((a, b) => b - a).slice(0, p.sets);
      achieved = Math.min(achieved, ...best);
    } else {
      success = false;
      if (mine.length < p.sets) shortfalls.push(`${mine.length} of ${p.sets} ${label}s done`);
    }
  }
  return success ? { success, achieved, shortfalls: [] } : { success, achieved: 0, shortfalls };
}

/** Why a set does not count, or null when it does. */
function fault(p: Prescription, s: LoggedSet): string | null {
  if (p.load && compare(s.load, p.load) < 0)
    return `was ${format(s.load)}, lighter than ${format(p.load)}`;
  if (p.band && s.band && BAND_LEVELS.indexOf(s.band) < BAND_LEVELS.indexOf(p.band))
    return `used the ${s.band} band, not the ${p.band}`;
  if (s.reps < p.reps) return `${s.reps} of ${p.reps} reps`;
  if (s.holdSeconds !== null && s.holdSeconds < p.holdSeconds)
    return `held ${s.holdSeconds} of ${p.holdSeconds} s`;
  if (!s.clean) return 'form not clean';
  return null;
}

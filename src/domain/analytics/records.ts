/**
 * The records a new set beats, for the notice when it is logged: the heaviest set (by what
 * was lifted), the best e1RM estimate, and the most reps at a load already lifted. Each is
 * `Progress.prs` read before and after the new sets, so the notice and the Progress screen
 * can never disagree. A lift logged for the first time beats nothing: it sets the baseline.
 */
import type { ExerciseRef } from '../catalogue/index.js';
import * as E1rm from '../e1rm.js';
import type { Load, Unit } from '../units.js';
import { compare } from '../units.js';
import { prs, type Source } from './progress.js';

export type Beaten =
  | {
      readonly kind: 'load';
      readonly set: { readonly load: Load; readonly reps: number };
      readonly previous: { readonly load: Load; readonly reps: number };
    }
  | {
      readonly kind: 'e1rm';
      /** In `unit`. */
      readonly e1rm: number;
      readonly previous: number;
      readonly set: { readonly load: Load; readonly reps: number };
    }
  | {
      readonly kind: 'reps';
      /** The load, in `unit`, rounded to 0.1. */
      readonly load: number;
      readonly reps: number;
      readonly previous: number;
    };

/** What `after` (the log with the new sets) holds that `before` (without them) did not. */
export function beaten(
  before: Source,
  after: Source,
  exercise: ExerciseRef,
  unit: Unit,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): Beaten[] {
  const was = prs(before, exercise, unit, formula);
  const now = prs(after, exercise, unit, formula);
  const out: Beaten[] = [];
  const oldLoad = was.load[was.load.length - 1];
  const newLoad = now.load[now.load.length - 1];
  const heavier =
    oldLoad &&
    newLoad &&
    (compare(newLoad.set.load, oldLoad.set.load) > 0 ||
      (compare(newLoad.set.load, oldLoad.set.load) === 0 && newLoad.set.reps > oldLoad.set.reps));
  if (heavier) out.push({ kind: 'load', set: newLoad.set, previous: oldLoad.set });
  const oldE = was.e1rm[was.e1rm.length - 1];
  const newE = now.e1rm[now.e1rm.length - 1];
  if (oldE && newE && newE.e1rm > oldE.e1rm + 1e-9)
    out.push({ kind: 'e1rm', e1rm: newE.e1rm, previous: oldE.e1rm, set: newE.set });
  // More reps at a load lifted before; a heavier set than ever is said once, as a load PR.
  if (!heavier) {
    const old = new Map(was.reps.map((r) => [r.load, r.reps]));
    for (const r of now.reps) {
      const prev = old.get(r.load);
      if (prev !== undefined && r.reps > prev && r.load > 0)
        out.push({ kind: 'reps', load: r.load, reps: r.reps, previous: prev });
    }
  }
  return out;
}

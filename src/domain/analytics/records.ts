/**
 * The records a new set beats, for the notice when it is logged: the heaviest set (by what
 * was lifted), the best e1RM estimate, and the most reps at a load already lifted. Each is
 * `Progress.prs` read before and after the new sets, so the notice and the Progress screen
 * can never disagree. A lift logged for the first time beats nothing: it sets the baseline.
 */
import type { ExerciseRef } from '../catalogue/index.js';
import * as E1rm from '../e1rm.js';
import type { LoggedSet } from '../log.js';
import type { Load, Unit } from '../units.js';
import { compare, valueIn } from '../units.js';
import { nearFailure, setE1rm } from './estimate.js';
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

/**
 * The records standing in a stretch of the log: what a later set must beat. Each is a
 * maximum over sets or sessions, so the store can summarise a long history (`Candidates`)
 * instead of handing over every set; of two equal records the earlier is named.
 */
export interface Standing {
  /** The heaviest set by what was lifted: a heavier load, or more reps at the same load. */
  readonly heaviest: { readonly load: Load; readonly reps: number } | null;
  /** The best e1RM, in `unit`, and the set it came from. */
  readonly e1rm: {
    readonly e1rm: number;
    readonly set: { readonly load: Load; readonly reps: number };
  } | null;
  /** The most reps at each load (in `unit`, rounded to 0.1). */
  readonly repsAt: ReadonlyMap<number, number>;
}

/** The records standing in `sessions`: the last of each kind of `Progress.prs`. */
export function standing(
  sessions: Source,
  exercise: ExerciseRef,
  unit: Unit,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): Standing {
  const p = prs(sessions, exercise, unit, formula);
  const e = p.e1rm[p.e1rm.length - 1];
  return {
    heaviest: p.load[p.load.length - 1]?.set ?? null,
    e1rm: e ? { e1rm: e.e1rm, set: e.set } : null,
    repsAt: new Map(p.reps.map((r) => [r.load, r.reps])),
  };
}

/**
 * A stretch of the log as a store can summarise it: of its work sets of one exercise, each
 * load (as entered) and reps lifted, and the sets near failure (estimate.ts: an RPE of 7 or
 * more, or with no RPE no later set of its session on the same side as heavy), each once.
 * `at` places a row's first set in the log (by date, then within the session), so that of
 * two equal records the earlier is named, as `standing` names it.
 */
export interface Candidates {
  readonly lifted: readonly { readonly load: Load; readonly reps: number; readonly at: number }[];
  readonly nearFailure: readonly {
    readonly load: Load;
    readonly reps: number;
    readonly rpe: number | null;
    readonly at: number;
  }[];
}

/**
 * One session's work sets of an exercise, in order, summarised as a store summarises a
 * stretch (`Candidates`): the session a new set joins is read whole, since it is small, and
 * summarised here without and with the new sets.
 */
export function sessionCandidates(
  sets: readonly (Pick<LoggedSet, 'load' | 'reps' | 'side' | 'rpe'> & { readonly at: number })[],
): Candidates {
  const lifted = new Map<string, Candidates['lifted'][number]>();
  const near = new Map<string, Candidates['nearFailure'][number]>();
  for (const s of sets) {
    const key = `${s.load.value} ${s.load.unit} ${s.reps}`;
    if (!lifted.has(key)) lifted.set(key, { load: s.load, reps: s.reps, at: s.at });
  }
  for (const s of nearFailure(sets)) {
    const key = `${s.load.value} ${s.load.unit} ${s.reps} ${s.rpe}`;
    if (!near.has(key)) near.set(key, { load: s.load, reps: s.reps, rpe: s.rpe, at: s.at });
  }
  return { lifted: [...lifted.values()], nearFailure: [...near.values()] };
}

/** Two stretches of one log summarised as one (their `at` from the same count). */
export function joined(a: Candidates, b: Candidates): Candidates {
  return {
    lifted: [...a.lifted, ...b.lifted],
    nearFailure: [...a.nearFailure, ...b.nearFailure],
  };
}

/** The records standing in a summarised stretch: the same as `standing` of its sessions. */
export function standingOf(
  c: Candidates,
  unit: Unit,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): Standing {
  const inOrder = <T extends { readonly at: number }>(xs: readonly T[]) =>
    [...xs].sort((x, y) => x.at - y.at);
  let heaviest: Standing['heaviest'] = null;
  const repsAt = new Map<number, number>();
  for (const b of inOrder(c.lifted)) {
    const at = Math.round(valueIn(b.load, unit) * 10) / 10;
    if (b.reps > (repsAt.get(at) ?? -Infinity)) repsAt.set(at, b.reps);
    if (b.load.value > 0 && (!heaviest || lifts(b, heaviest) > 0))
      heaviest = { load: b.load, reps: b.reps };
  }
  let e1rm: Standing['e1rm'] = null;
  for (const s of inOrder(c.nearFailure)) {
    const e = setE1rm(s, unit, formula);
    if (e !== null && (!e1rm || e > e1rm.e1rm + 1e-9))
      e1rm = { e1rm: e, set: { load: s.load, reps: s.reps } };
  }
  return { heaviest, e1rm, repsAt };
}

/** By what was lifted: 1 when `a` is a heavier load, or more reps at the same load. */
function lifts(
  a: { readonly load: Load; readonly reps: number },
  b: { readonly load: Load; readonly reps: number },
): number {
  return compare(a.load, b.load) || Math.sign(a.reps - b.reps);
}

/**
 * What `after` (the log with the new sets) holds that `before` (without them) did not: the
 * definition over whole logs. Logging reads records through `beatenAround` instead (the
 * store's summary, one statement); this is what the tests hold that to.
 */
export function beaten(
  before: Source,
  after: Source,
  exercise: ExerciseRef,
  unit: Unit,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): Beaten[] {
  return beatenBy(
    standing(before, exercise, unit, formula),
    standing(after, exercise, unit, formula),
  );
}

/**
 * The records sets just logged beat, from the store's summary of the log around them
 * (Store.recordsAround): every other session, and the sets' own session without and with them.
 */
export function beatenAround(
  around: { readonly others: Candidates; readonly without: Candidates; readonly with: Candidates },
  unit: Unit,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): Beaten[] {
  return beatenBy(
    standingOf(joined(around.others, around.without), unit, formula),
    standingOf(joined(around.others, around.with), unit, formula),
  );
}

/** The records standing `now` (the log with the new sets) that did not `was` (without them). */
export function beatenBy(was: Standing, now: Standing): Beaten[] {
  const out: Beaten[] = [];
  const oldLoad = was.heaviest;
  const newLoad = now.heaviest;
  const heavier = oldLoad && newLoad && lifts(newLoad, oldLoad) > 0;
  if (heavier) out.push({ kind: 'load', set: newLoad, previous: oldLoad });
  const oldE = was.e1rm;
  const newE = now.e1rm;
  if (oldE && newE && newE.e1rm > oldE.e1rm + 1e-9)
    out.push({ kind: 'e1rm', e1rm: newE.e1rm, previous: oldE.e1rm, set: newE.set });
  // More reps at a load lifted before; a heavier set than ever is said once, as a load PR.
  if (!heavier) {
    for (const [at, reps] of [...now.repsAt].sort((a, b) => a[0] - b[0])) {
      const prev = was.repsAt.get(at);
      if (prev !== undefined && reps > prev && at > 0)
        out.push({ kind: 'reps', load: at, reps, previous: prev });
    }
  }
  return out;
}

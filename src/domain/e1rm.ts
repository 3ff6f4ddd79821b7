/**
 * Estimated one-repetition maximum (e1RM) from a set of `reps` at `load`.
 *
 * Each formula is the published one; the rep ranges are deliberately conservative, since
 * every formula was fitted on low-rep sets and the estimates diverge from each other and
 * from tested maxima as reps climb (LeSuer et al. 1997, J Strength Cond Res 11(4):211-213).
 * Outside its range a formula refuses rather than guessing. A single is its own 1RM.
 *
 * Every formula assumes the set went to failure, and none has been validated on the hip
 * thrust (EVIDENCE.md section 6), so an estimate is shown with `ERROR_FRACTION` beside it,
 * and a set logged with an RPE is estimated from the reps it had in it: reps + (10 - RPE).
 */
import { err, ok, type Result } from './result.js';

export type Formula = 'epley' | 'brzycki' | 'lombardi' | 'mayhew' | 'oconner' | 'wathan' | 'lander';

export interface FormulaInfo {
  readonly name: string;
  readonly citation: string;
  readonly maxReps: number;
  /** 1RM as a multiple of the load lifted for `reps` (reps >= 2). */
  readonly factor: (reps: number) => number;
}

export const FORMULAS: Readonly<Record<Formula, FormulaInfo>> = {
  epley: {
    name: 'Epley',
    citation: 'Epley B. Poundage chart. Boyd Epley Workout, 1985: 1RM = w(1 + r/30)',
    maxReps: 12,
    factor: (r) => 1 + r / 30,
  },
  brzycki: {
    name: 'Brzycki',
    citation: 'Brzycki M. JOPERD 1993;64(1):88-90: 1RM = w * 36 / (37 - r); valid to 10 reps',
    maxReps: 10,
    factor: (r) => 36 / (37 - r),
  },
  lombardi: {
    name: 'Lombardi',
    citation: 'Lombardi VP. Beginning Weight Training, 1989: 1RM = w * r^0.10',
    maxReps: 12,
    factor: (r) => r ** 0.1,
  },
  mayhew: {
    name: 'Mayhew',
    citation:
      'Mayhew JL et al. J Appl Sport Sci Res 1992;6(4):200-206: 1RM = 100w / (52.2 + 41.9e^(-0.055r))',
    maxReps: 15,
    factor: (r) => 100 / (52.2 + 41.9 * Math.exp(-0.055 * r)),
  },
  oconner: {
    name: "O'Conner",
    citation: "O'Conner B et al. Weight Training Today, 1989: 1RM = w(1 + 0.025r)",
    maxReps: 12,
    factor: (r) => 1 + 0.025 * r,
  },
  wathan: {
    name: 'Wathan',
    citation:
      'Wathan D. In: Essentials of Strength Training and Conditioning, 1994: 1RM = 100w / (48.8 + 53.8e^(-0.075r))',
    maxReps: 15,
    factor: (r) => 100 / (48.8 + 53.8 * Math.exp(-0.075 * r)),
  },
  lander: {
    name: 'Lander',
    citation: 'Lander J. NSCA Journal 1985;6(6):60-61: 1RM = 100w / (101.3 - 2.67123r)',
    maxReps: 10,
    factor: (r) => 100 / (101.3 - 2.67123 * r),
  },
};

export const FORMULA_IDS = Object.keys(FORMULAS) as Formula[];

/**
 * How far an estimate can sit from a tested 1RM: about +-10%. Hutchins & Gearhart 2010
 * found a total error of 10.6-13.5% of the mean across formulas; none is validated on the
 * hip thrust (de Hoyo et al. 2021 measured its 1RM directly).
 */
export const ERROR_FRACTION = 0.1;

/**
 * The lowest RPE a set can be logged at and still count as near failure: 7, about three reps
 * in reserve. Sets stopped further from failure underestimate the 1RM (EVIDENCE.md 6, 8).
 */
export const NEAR_FAILURE_RPE = 7;

/**
 * The reps a set stands for in an estimate: the reps done, plus the reps in reserve when an
 * RPE was logged (10 - RPE; a common correction, itself unvalidated); null for a set logged
 * below `NEAR_FAILURE_RPE`, which says too little about the maximum.
 */
export function effectiveReps(reps: number, rpe: number | null): number | null {
  if (rpe === null) return reps;
  if (rpe < NEAR_FAILURE_RPE) return null;
  return reps + Math.round(10 - Math.min(10, rpe));
}

/** What an e1RM shown anywhere is, in one sentence (EVIDENCE.md section 6). */
export const ESTIMATE_NOTE =
  'e1RM is an estimate from the sets nearest failure (RPE 7 or more, else the last set at a load: a convention), about ±10% (Hutchins 2010): the formulas assume a set to failure, and none is validated on the hip thrust (de Hoyo 2021).';

/** The range an estimate stands for: `e1rm` +- `ERROR_FRACTION`. */
export function band(e1rm: number): { readonly low: number; readonly high: number } {
  return { low: e1rm * (1 - ERROR_FRACTION), high: e1rm * (1 + ERROR_FRACTION) };
}

/** Epley: simple, widely used, and the one most other apps show, so numbers match theirs. */
export const DEFAULT_FORMULA: Formula = 'epley';

export type E1rmError =
  | { code: 'reps-out-of-range'; reps: number; maxReps: number; formula: Formula }
  | { code: 'invalid-load'; load: number };

/** e1RM in the load's own unit. */
export function estimate(
  load: number,
  reps: number,
  formula: Formula = DEFAULT_FORMULA,
): Result<number, E1rmError> {
  const info = FORMULAS[formula];
  if (!Number.isFinite(load) || load < 0) return err({ code: 'invalid-load', load });
  if (!Number.isInteger(reps) || reps < 1 || reps > info.maxReps) {
    return err({ code: 'reps-out-of-range', reps, maxReps: info.maxReps, formula });
  }
  return ok(reps === 1 ? load : load * info.factor(reps));
}

/** The load the formula says can be lifted for `reps`, given an e1RM (its inverse). */
export function loadFor(
  e1rm: number,
  reps: number,
  formula: Formula = DEFAULT_FORMULA,
): Result<number, E1rmError> {
  const one = estimate(1, reps, formula);
  return one.ok ? ok(e1rm / one.value) : one;
}

/** The formula to use for `reps`: the preferred one if it covers them, else one that does. */
export function formulaFor(reps: number, preferred: Formula = DEFAULT_FORMULA): Formula | null {
  if (reps <= FORMULAS[preferred].maxReps) return preferred;
  return FORMULA_IDS.find((f) => reps <= FORMULAS[f].maxReps) ?? null;
}

/**
 * Left/right comparison for unilateral work (R5): the limb symmetry index (LSI), the weaker
 * side, and whether the gap is over the threshold in one session.
 *
 * LSI = weaker side's score / stronger side's score x 100; the gap is 100 - LSI (Bishop et
 * al. 2018, Strength Cond J 40(4):1-6; EVIDENCE.md section 10).
 */
import * as E1rm from './e1rm.js';
import { toKg, type Load } from './units.js';

export type Side = 'left' | 'right';

export interface SideSet {
  readonly load: Load;
  readonly reps: number;
}

/** What a side's score measures: e1RM for loaded sets, reps for bodyweight sets. */
export type Measure = 'e1rm' | 'reps';

export interface Asymmetry {
  /** Weaker side's score as a percentage of the stronger's: 100 is perfectly even. */
  readonly lsi: number;
  /** 100 - LSI: how far the weaker side trails, in percent. */
  readonly gapPercent: number;
  readonly weaker: Side | null;
  /** True when the gap is above the threshold in this one comparison. */
  readonly flagged: boolean;
  readonly measure: Measure;
  /** Each side's score: mean e1RM in kg, or mean reps, over the compared sets. */
  readonly left: number;
  readonly right: number;
  /** How many left/right pairs of sets were compared. */
  readonly pairs: number;
}

/**
 * A 10% gap is the usual return-to-sport cut-off after knee surgery (LSI >= 90%; Grindem
 * et al. 2016, Br J Sports Med 50:804-808). No cut-off is validated for glute training
 * (EVIDENCE.md section 10), so this is a setting and a rule of thumb.
 */
export const DEFAULT_THRESHOLD_PERCENT = 10;

/**
 * Compare the two sides set by set: the first set of each side against each other, then the
 * second, as many pairs as both sides did, so the weaker side's extra set (R5) is left out
 * and a side that misses reps in a later set shows it (its best set alone would hide that).
 *
 * Like is compared with like (EVIDENCE.md section 10): a pair where both sets carried load
 * is scored by e1RM (`formula`, or the first formula that covers the reps), never by load x
 * reps, which rates 20 kg x 12 and 40 kg x 6 alike although their e1RMs are 28 and 48 kg.
 * A pair where both were bodyweight (load 0) is scored by reps. A pair with load on one side
 * only, or reps past every formula, is not comparable and is skipped. When the session has
 * both kinds of pair, the loaded pairs decide.
 *
 * null when no pair is comparable.
 */
export function compare(
  left: readonly SideSet[],
  right: readonly SideSet[],
  thresholdPercent = DEFAULT_THRESHOLD_PERCENT,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): Asymmetry | null {
  const loaded: [number, number][] = [];
  const bodyweight: [number, number][] = [];
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = left[i] as SideSet;
    const r = right[i] as SideSet;
    if (l.load.value > 0 && r.load.value > 0) {
      const a = e1rmKg(l, formula);
      const b = e1rmKg(r, formula);
      if (a !== null && b !== null) loaded.push([a, b]);
    } else if (l.load.value === 0 && r.load.value === 0) bodyweight.push([l.reps, r.reps]);
  }
  const measure: Measure = loaded.length > 0 ? 'e1rm' : 'reps';
  const pairs = measure === 'e1rm' ? loaded : bodyweight;
  if (pairs.length === 0) return null;
  const mean = (k: 0 | 1) => pairs.reduce((s, p) => s + p[k], 0) / pairs.length;
  const l = mean(0);
  const r = mean(1);
  const stronger = Math.max(l, r);
  if (stronger === 0) return null;
  const lsi = (Math.min(l, r) / stronger) * 100;
  const gapPercent = 100 - lsi;
  return {
    lsi,
    gapPercent,
    weaker: l === r ? null : l < r ? 'left' : 'right',
    flagged: gapPercent > thresholdPercent,
    measure,
    left: l,
    right: r,
    pairs: pairs.length,
  };
}

/** A set's e1RM in kg, with the lifter's formula or the first one that covers its reps. */
function e1rmKg(s: SideSet, formula: E1rm.Formula): number | null {
  const f = E1rm.formulaFor(s.reps, formula);
  if (f === null) return null;
  const e = E1rm.estimate(toKg(s.load), s.reps, f);
  return e.ok && e.value > 0 ? e.value : null;
}

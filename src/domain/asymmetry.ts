/**
 * Left/right comparison for unilateral work (R5): the limb symmetry index (LSI), the weaker
 * side, and whether the gap is large enough to act on.
 */
import { toKg, type Load } from './units.js';

export type Side = 'left' | 'right';

export interface SideSet {
  readonly load: Load;
  readonly reps: number;
}

export interface Asymmetry {
  /** Weaker side's score as a percentage of the stronger's: 100 is perfectly even. */
  readonly lsi: number;
  /** 100 - LSI: how far the weaker side trails, in percent. */
  readonly gapPercent: number;
  readonly weaker: Side | null;
  /** True when the gap is above the threshold. */
  readonly flagged: boolean;
}

/**
 * A 10% gap is the usual return-to-sport cut-off (LSI >= 90%; e.g. Grindem et al. 2016,
 * Br J Sports Med 50:804-808); the seed gives none, so this is a setting.
 */
export const DEFAULT_THRESHOLD_PERCENT = 10;

/**
 * A side's score is its best set: reps times external load, or reps alone when neither side
 * carried load. The best set, not the total, so an extra set given to the weaker side
 * does not hide the gap it is meant to close.
 */
function score(sets: readonly SideSet[], loaded: boolean): number {
  let best = 0;
  for (const s of sets) best = Math.max(best, loaded ? s.reps * toKg(s.load) : s.reps);
  return best;
}

/** Compare the two sides; null when either side has no sets to compare. */
export function compare(
  left: readonly SideSet[],
  right: readonly SideSet[],
  thresholdPercent = DEFAULT_THRESHOLD_PERCENT,
): Asymmetry | null {
  if (left.length === 0 || right.length === 0) return null;
  const loaded = [...left, ...right].some((s) => s.load.value > 0);
  const l = score(left, loaded);
  const r = score(right, loaded);
  const stronger = Math.max(l, r);
  if (stronger === 0) return null;
  const lsi = (Math.min(l, r) / stronger) * 100;
  const gapPercent = 100 - lsi;
  return {
    lsi,
    gapPercent,
    weaker: l === r ? null : l < r ? 'left' : 'right',
    flagged: gapPercent > thresholdPercent,
  };
}

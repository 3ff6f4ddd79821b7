/**
 * The left/right gap on single-leg work over time (R5): the LSI of every session that
 * logged both sides, the gap over recent sessions, and whether it repeats often enough to
 * act on.
 */
import * as Asymmetry from '../asymmetry.js';
import type { ExerciseRef } from '../catalogue/index.js';
import { daysBetween, type IsoDate } from '../dates.js';
import * as E1rm from '../e1rm.js';
import { workSets, type Source } from './progress.js';
import { fit } from './regression.js';

export interface SymmetryPoint {
  readonly date: IsoDate;
  readonly lsi: number;
  readonly gapPercent: number;
  readonly weaker: Asymmetry.Side | null;
  /** e1RM for loaded sets, reps for bodyweight sets (see `Asymmetry.compare`). */
  readonly measure: Asymmetry.Measure;
}

export interface RecentGap {
  /** Sessions with both sides in the window (at most `RECENT_SESSIONS`). */
  readonly sessions: number;
  /** The mean of the sessions' gaps, signed by side, as a size: 0 when they cancel out. */
  readonly gapPercent: number;
  readonly weaker: Asymmetry.Side | null;
  /** Sessions in the window whose gap was over the threshold. */
  readonly over: number;
}

export interface SymmetryTrend {
  readonly points: readonly SymmetryPoint[];
  readonly latest: SymmetryPoint | null;
  /** The last few sessions together: one even session does not read as "no gap". */
  readonly recent: RecentGap | null;
  /** Change in the gap per week, percentage points (negative = closing); null with < 2 points. */
  readonly gapSlopePerWeek: number | null;
  /** The fitted gap falls over time and the latest gap is smaller than the first. */
  readonly closing: boolean;
  /**
   * The gap repeats: the same side trailed by more than the threshold in at least
   * `FLAG_SESSIONS` of the last `RECENT_SESSIONS` sessions with both sides. Then the weaker
   * side leads (goes first, extra set).
   */
  readonly flagged: boolean;
  /** The side that repeatedly trails, when flagged. */
  readonly flaggedSide: Asymmetry.Side | null;
  readonly thresholdPercent: number;
}

/**
 * A convention: flag a gap seen in 2 of the last 3 sessions, not after one session. One
 * session's gap is noisy (an off day, a miscounted rep); EVIDENCE.md section 10 advises
 * flagging only a gap that repeats over 2-3 sessions.
 */
export const RECENT_SESSIONS = 3;
export const FLAG_SESSIONS = 2;

export function trend(
  sessions: Source,
  exercise: ExerciseRef,
  thresholdPercent = Asymmetry.DEFAULT_THRESHOLD_PERCENT,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): SymmetryTrend {
  const points: SymmetryPoint[] = [];
  for (const { date, sets } of workSets(sessions, exercise)) {
    const a = Asymmetry.compare(
      sets.filter((s) => s.side === 'left'),
      sets.filter((s) => s.side === 'right'),
      thresholdPercent,
      formula,
    );
    if (a)
      points.push({
        date,
        lsi: a.lsi,
        gapPercent: a.gapPercent,
        weaker: a.weaker,
        measure: a.measure,
      });
  }
  const first = points[0];
  const latest = points[points.length - 1] ?? null;
  const f = first
    ? fit(points.map((p) => ({ x: daysBetween(first.date, p.date) / 7, y: p.gapPercent })))
    : null;
  const window = points.slice(-RECENT_SESSIONS);
  const over = (side: Asymmetry.Side) =>
    window.filter((p) => p.weaker === side && p.gapPercent > thresholdPercent).length;
  const flaggedSide =
    over('left') >= FLAG_SESSIONS ? 'left' : over('right') >= FLAG_SESSIONS ? 'right' : null;
  return {
    points,
    latest,
    recent: recentGap(window, thresholdPercent),
    gapSlopePerWeek: f ? f.slope : null,
    closing: !!(f && first && latest && f.slope < 0 && latest.gapPercent < first.gapPercent),
    flagged: flaggedSide !== null,
    flaggedSide,
    thresholdPercent,
  };
}

function recentGap(window: readonly SymmetryPoint[], threshold: number): RecentGap | null {
  if (window.length === 0) return null;
  // Left weaker counts positive, right weaker negative, so alternating sides cancel out.
  const signed = window.map((p) =>
    p.weaker === 'left' ? p.gapPercent : p.weaker === 'right' ? -p.gapPercent : 0,
  );
  const mean = signed.reduce((a, b) => a + b, 0) / window.length;
  return {
    sessions: window.length,
    gapPercent: Math.abs(mean),
    weaker: mean > 0 ? 'left' : mean < 0 ? 'right' : null,
    over: window.filter((p) => p.gapPercent > threshold).length,
  };
}

/**
 * The left/right gap on single-leg work over time (R5): the LSI of every session that
 * logged both sides, and whether the gap is closing.
 */
import * as Asymmetry from '../asymmetry.js';
import type { ExerciseRef } from '../catalogue/index.js';
import { daysBetween, type IsoDate } from '../dates.js';
import { workSets, type Source } from './progress.js';
import { fit } from './regression.js';

export interface SymmetryPoint {
  readonly date: IsoDate;
  readonly lsi: number;
  readonly gapPercent: number;
  readonly weaker: Asymmetry.Side | null;
}

export interface SymmetryTrend {
  readonly points: readonly SymmetryPoint[];
  readonly latest: SymmetryPoint | null;
  /** Change in the gap per week, percentage points (negative = closing); null with < 2 points. */
  readonly gapSlopePerWeek: number | null;
  /** The fitted gap falls over time and the latest gap is smaller than the first. */
  readonly closing: boolean;
  /** The latest gap is above the threshold: the weaker side leads (goes first, extra set). */
  readonly flagged: boolean;
}

export function trend(
  sessions: Source,
  exercise: ExerciseRef,
  thresholdPercent = Asymmetry.DEFAULT_THRESHOLD_PERCENT,
): SymmetryTrend {
  const points: SymmetryPoint[] = [];
  for (const { date, sets } of workSets(sessions, exercise)) {
    const a = Asymmetry.compare(
      sets.filter((s) => s.side === 'left'),
      sets.filter((s) => s.side === 'right'),
      thresholdPercent,
    );
    if (a) points.push({ date, lsi: a.lsi, gapPercent: a.gapPercent, weaker: a.weaker });
  }
  const first = points[0];
  const latest = points[points.length - 1] ?? null;
  const f = first
    ? fit(points.map((p) => ({ x: daysBetween(first.date, p.date) / 7, y: p.gapPercent })))
    : null;
  return {
    points,
    latest,
    gapSlopePerWeek: f ? f.slope : null,
    closing: !!(f && first && latest && f.slope < 0 && latest.gapPercent < first.gapPercent),
    flagged: !!latest && latest.gapPercent > thresholdPercent,
  };
}

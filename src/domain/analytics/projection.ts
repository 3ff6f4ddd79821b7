/**
 * When will the lifter reach a target (e.g. 185 lb for 3x10)? A straight line through the
 * recent sessions' best qualifying load, with a range from the slope's uncertainty, set
 * beside the seed's reference pace (R8: 95 lb to 185 lb in 26 weeks).
 */
import type { ExerciseRef } from '../catalogue/index.js';
import { addDays, daysBetween, type IsoDate } from '../dates.js';
import { valueIn, type Load, type Unit } from '../units.js';
import { workSets, type Source } from './progress.js';
import { fit } from './regression.js';

/** The seed's reference: 95 lb for 3x12 to 185 lb for 3x10 across six months (26 weeks). */
export const REFERENCE = {
  from: { value: 95, unit: 'lb' },
  to: { value: 185, unit: 'lb' },
  weeks: 26,
} as const;

/** The reference pace in `unit` per week (90 lb / 26 weeks = 3.46 lb a week). */
export function referencePerWeek(unit: Unit): number {
  return (valueIn(REFERENCE.to, unit) - valueIn(REFERENCE.from, unit)) / REFERENCE.weeks;
}

export interface Target {
  readonly load: Load;
  readonly reps: number;
  readonly sets: number;
}

export type Projection =
  | { readonly kind: 'reached'; readonly date: IsoDate }
  | { readonly kind: 'not-enough-data'; readonly sessions: number }
  | { readonly kind: 'not-rising'; readonly perWeek: number; readonly referencePerWeek: number }
  | {
      readonly kind: 'projected';
      /** Load gained per week on the fitted line, in the target's unit. */
      readonly perWeek: number;
      readonly referencePerWeek: number;
      /** perWeek / referencePerWeek: 1 is the seed's pace. */
      readonly paceRatio: number;
      readonly date: IsoDate;
      /** About 95% of plausible dates: from the slope +-1.96 standard errors; null = open-ended. */
      readonly earliest: IsoDate;
      readonly latest: IsoDate | null;
    };

/** Weeks of history the line is fitted to: recent enough to be the current trend. */
export const WINDOW_WEEKS = 12;

/**
 * A session qualifies at the heaviest load where it did at least `target.sets` sets of
 * `target.reps` or more (the same test the progression uses, minus form).
 */
export function project(
  sessions: Source,
  exercise: ExerciseRef,
  target: Target,
  today: IsoDate,
): Projection {
  const unit = target.load.unit;
  const goal = target.load.value;
  const points: { date: IsoDate; load: number }[] = [];
  for (const { date, sets } of workSets(sessions, exercise)) {
    const loads = sets
      .filter((s) => s.reps >= target.reps)
      .map((s) => valueIn(s.load, unit))
      .sort((a, b) => b - a);
    const qualifying = loads[target.sets - 1];
    if (qualifying !== undefined) points.push({ date, load: qualifying });
  }
  const hit = points.find((p) => p.load >= goal - 1e-6);
  if (hit) return { kind: 'reached', date: hit.date };
  const recent = points.filter((p) => daysBetween(p.date, today) <= WINDOW_WEEKS * 7);
  const ref = referencePerWeek(unit);
  if (recent.length < 3) return { kind: 'not-enough-data', sessions: recent.length };
  const origin = recent[0]?.date ?? today;
  const f = fit(recent.map((p) => ({ x: daysBetween(origin, p.date) / 7, y: p.load })));
  if (!f || f.slope <= 0)
    return { kind: 'not-rising', perWeek: f?.slope ?? 0, referencePerWeek: ref };
  const weeksAt = (slope: number) => (goal - f.intercept) / slope;
  const dateAt = (weeks: number) =>
    addDays(origin, Math.max(Math.ceil(weeks * 7), daysBetween(origin, today)));
  const hi = f.slope + 1.96 * f.slopeSe;
  const lo = f.slope - 1.96 * f.slopeSe;
  return {
    kind: 'projected',
    perWeek: f.slope,
    referencePerWeek: ref,
    paceRatio: f.slope / ref,
    date: dateAt(weeksAt(f.slope)),
    earliest: dateAt(weeksAt(Number.isFinite(hi) ? hi : f.slope)),
    latest: lo > 0 ? dateAt(weeksAt(lo)) : null,
  };
}

/**
 * Measurement trends (R9): change since the first measurement, per month, and whether a
 * change is larger than tape-measure error.
 *
 * Assumed error: a technical error of measurement (TEM) of 1% of the girth. ISAK's
 * accreditation targets a TEM of at most 1% for girths for trained measurers; a lifter
 * measuring their own hips at home is unlikely to do better, so 1% is an optimistic floor.
 * A change counts as real when it exceeds the smallest real difference,
 * SRD = 1.96 x sqrt(2) x TEM (about 2.8 cm on a 100 cm hip; Weir 2005, J Strength Cond
 * Res 19(1):231-240).
 */
import { daysBetween, type IsoDate } from '../dates.js';

export interface Point {
  readonly date: IsoDate;
  readonly value: number;
}

export const TEM_FRACTION = 0.01;

export interface MeasurementTrend {
  readonly first: Point | null;
  readonly latest: Point | null;
  readonly change: number | null;
  /** Change per 30 days between first and latest. */
  readonly perMonth: number | null;
  readonly smallestRealDifference: number | null;
  /** |change| > SRD: more than measurement error. */
  readonly real: boolean;
}

export function trend(points: readonly Point[]): MeasurementTrend {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0] ?? null;
  const latest = sorted[sorted.length - 1] ?? null;
  if (!first || !latest || sorted.length < 2) {
    return {
      first,
      latest,
      change: null,
      perMonth: null,
      smallestRealDifference: null,
      real: false,
    };
  }
  const change = latest.value - first.value;
  const days = daysBetween(first.date, latest.date);
  const srd = 1.96 * Math.SQRT2 * TEM_FRACTION * ((first.value + latest.value) / 2);
  return {
    first,
    latest,
    change,
    perMonth: days > 0 ? (change / days) * 30 : null,
    smallestRealDifference: srd,
    real: Math.abs(change) > srd,
  };
}

/**
 * Body measurements (R9): what each kind measures, in which units, and which values are
 * plausible. A value outside the range is refused with the range it should be in, so a
 * slip of the unit (a waist in kg, a hip of 9999) never becomes part of a trend.
 *
 * The ranges are conventions: wide enough for any adult lifter, narrow enough to catch a
 * wrong unit or a typo. No study sets them.
 */
export type Quantity = 'length' | 'mass' | 'percent';

export const UNITS: Readonly<Record<Quantity, readonly string[]>> = {
  length: ['cm', 'in', 'mm'],
  mass: ['kg', 'lb'],
  percent: ['%'],
};

/** How many of the base unit (cm, kg, %) one of each unit is. */
const TO_BASE: Readonly<Record<string, number>> = {
  cm: 1,
  mm: 0.1,
  in: 2.54,
  kg: 1,
  lb: 0.45359237,
  '%': 1,
};

interface Kind {
  readonly quantity: Quantity;
  readonly name: string;
  /** Plausible values in the base unit (cm, kg or %), inclusive. */
  readonly range: readonly [number, number];
}

/** The kinds Thrust knows; any other kind takes any length, mass or percentage. */
export const KINDS: Readonly<Record<string, Kind>> = {
  'hip-circumference': { quantity: 'length', name: 'hip circumference', range: [50, 200] },
  waist: { quantity: 'length', name: 'waist', range: [40, 200] },
  thigh: { quantity: 'length', name: 'thigh', range: [25, 120] },
  bodyweight: { quantity: 'mass', name: 'body weight', range: [25, 300] },
  'body-fat': { quantity: 'percent', name: 'body fat', range: [2, 70] },
};

/** A lifter's own kind: anything from a wrist to a body weight. */
const ANY: Readonly<Record<Quantity, readonly [number, number]>> = {
  length: [1, 300],
  mass: [1, 500],
  percent: [0.1, 100],
};

export function quantityOf(unit: string): Quantity | null {
  for (const q of Object.keys(UNITS) as Quantity[]) if (UNITS[q].includes(unit)) return q;
  return null;
}

/** `value` in `unit` expressed in `to` (both of one quantity). */
export function convert(value: number, unit: string, to: string): number {
  const a = TO_BASE[unit];
  const b = TO_BASE[to];
  if (a === undefined || b === undefined || quantityOf(unit) !== quantityOf(to))
    throw new Error(`cannot convert ${unit} to ${to}`);
  return (value * a) / b;
}

export type Problem = { readonly field: 'unit' | 'value'; readonly message: string };

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Why a measurement of `kind` in `unit` is refused, or null when it is plausible. */
export function check(kind: string, value: number, unit: string): Problem | null {
  const known = KINDS[kind];
  const quantity = quantityOf(unit);
  const what = known?.name ?? kind.replace(/-/g, ' ');
  if (known && quantity !== known.quantity)
    return {
      field: 'unit',
      message: `"${unit}" is not a unit of ${known.quantity} for ${what}: use ${UNITS[known.quantity].join(', ')}`,
    };
  if (!quantity)
    return {
      field: 'unit',
      message: `"${unit}" is not a unit Thrust knows: use ${Object.values(UNITS).flat().join(', ')}`,
    };
  const [lo, hi] = known?.range ?? ANY[quantity];
  const base = convert(value, unit, baseUnit(quantity));
  if (base < lo || base > hi) {
    const ranges = UNITS[quantity]
      .map(
        (u) =>
          `${round1(convert(lo, baseUnit(quantity), u))}-${round1(convert(hi, baseUnit(quantity), u))} ${u}`,
      )
      .join(' or ');
    return {
      field: 'value',
      message: `${value} ${unit} is not a plausible ${what}: give ${ranges}`,
    };
  }
  return null;
}

function baseUnit(q: Quantity): string {
  return q === 'length' ? 'cm' : q === 'mass' ? 'kg' : '%';
}

/**
 * The unit a series is shown in: the unit most of its measurements were taken in (the
 * latest on a tie), so a series entered partly in cm and partly in inches reads as one.
 */
export function seriesUnit(series: readonly { unit: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const m of series) counts.set(m.unit, (counts.get(m.unit) ?? 0) + 1);
  let best: string | null = null;
  for (const m of [...series].reverse()) {
    if (best === null || (counts.get(m.unit) ?? 0) > (counts.get(best) ?? 0)) best = m.unit;
  }
  return best;
}

/** The series in one unit (its `seriesUnit`); measurements of another quantity are left out. */
export function inOneUnit<T extends { value: number; unit: string }>(series: readonly T[]): T[] {
  const unit = seriesUnit(series);
  if (!unit) return [];
  const q = quantityOf(unit);
  return series.flatMap((m) =>
    m.unit === unit
      ? [m]
      : q && quantityOf(m.unit) === q
        ? [{ ...m, value: Math.round(convert(m.value, m.unit, unit) * 100) / 100, unit }]
        : [],
  );
}

/**
 * How to take the hip measurement so that two months compare (NHANES III / ISAK landmark;
 * EVIDENCE.md section 11).
 */
export const HIP_PROTOCOL =
  'Stand with feet together; tape horizontal around the greatest protrusion of the buttocks, snug but not pressing in; same time of day each month; take two readings and log their average.';

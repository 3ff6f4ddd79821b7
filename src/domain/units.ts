/**
 * Loads in pounds and kilograms. A load keeps the unit it was entered in; conversion
 * happens only to compare or to display, never to store.
 */

export type Unit = 'lb' | 'kg';
export const UNITS: readonly Unit[] = ['lb', 'kg'];

/** An external load as the lifter entered it. Bodyweight-only work is value 0. */
export interface Load {
  readonly value: number;
  readonly unit: Unit;
}

/** The international avoirdupois pound, exactly (Weights and Measures Act 1963; NIST SP 811). */
export const KG_PER_LB = 0.45359237;

/** Build a load; throws on a negative or non-finite value (a bug: the edges validate first). */
export function load(value: number, unit: Unit): Load {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`invalid load ${value} ${unit}`);
  return { value, unit };
}

/** The load's value expressed in `unit`, unrounded (for comparison and arithmetic). */
export function valueIn(l: Load, unit: Unit): number {
  if (l.unit === unit) return l.value;
  return unit === 'kg' ? l.value * KG_PER_LB : l.value / KG_PER_LB;
}

/** Kilograms, the common scale for comparing loads entered in different units. */
export function toKg(l: Load): number {
  return valueIn(l, 'kg');
}

/**
 * Convert for display or for planning in another unit. The result is a new load; the
 * original stays as entered, so no value ever goes through a lossy round trip in storage.
 */
export function convert(l: Load, unit: Unit): Load {
  return { value: valueIn(l, unit), unit };
}

/** Loads are compared with a tolerance well below any plate (1 g), to absorb float noise. */
const EPSILON_KG = 0.001;

/** -1, 0 or 1 as `a` is lighter than, equal to or heavier than `b`, across units. */
export function compare(a: Load, b: Load): -1 | 0 | 1 {
  const d = toKg(a) - toKg(b);
  if (Math.abs(d) < EPSILON_KG) return 0;
  return d < 0 ? -1 : 1;
}

export function add(l: Load, delta: Load): Load {
  return { value: l.value + valueIn(delta, l.unit), unit: l.unit };
}

/** Round a number for display only, to at most `decimals` places, trimming float noise. */
export function roundForDisplay(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}

/** "95 lb", "42.5 kg"; converts first when `unit` differs from the load's own. */
export function format(l: Load, unit: Unit = l.unit, decimals = 1): string {
  return `${roundForDisplay(valueIn(l, unit), decimals)} ${unit}`;
}

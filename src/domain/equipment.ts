/**
 * What a lifter owns, and the support gear the seed recommends (R10). Gear is listed per
 * session with the reason it is there; owned or not, so a missing item is visible.
 */
import type { Load, Unit } from './units.js';

/** Support gear from R10. */
export type Gear =
  'belt' | 'hip-circle-band' | 'knee-sleeves' | 'bar-pad' | 'flat-bench' | 'ankle-straps';

export const GEAR: readonly Gear[] = [
  'belt',
  'hip-circle-band',
  'knee-sleeves',
  'bar-pad',
  'flat-bench',
  'ankle-straps',
];

export const GEAR_NAMES: Readonly<Record<Gear, string>> = {
  belt: 'Neoprene belt',
  'hip-circle-band': 'Hip circle band',
  'knee-sleeves': 'Knee sleeves',
  'bar-pad': 'Bar pad or folded towel',
  'flat-bench': 'Flat bench',
  'ankle-straps': 'Ankle straps',
};

/** A plate size and how many pairs of it there are (one of each pair per side). */
export interface PlatePair {
  readonly weight: number;
  readonly pairs: number;
}

export interface Barbell {
  readonly bar: Load;
  /** Plate weights are in the bar's unit. */
  readonly plates: readonly PlatePair[];
}

/** A rack of fixed dumbbells (or an adjustable one) from `min` to `max` in steps of `step`. */
export interface Dumbbells {
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Hip circle bands come in resistance levels (R4); moving up a level is a convention. */
export type BandLevel = 'light' | 'medium' | 'heavy';
export const BAND_LEVELS: readonly BandLevel[] = ['light', 'medium', 'heavy'];

export interface Inventory {
  readonly barbell: Barbell | null;
  readonly dumbbells: Dumbbells | null;
  readonly cable: boolean;
  readonly bands: readonly BandLevel[];
  readonly gear: readonly Gear[];
}

/** A commercial gym in pounds: 45 lb bar, plenty of plates. */
export const GYM_LB: Barbell = {
  bar: { value: 45, unit: 'lb' },
  plates: [
    { weight: 45, pairs: 6 },
    { weight: 35, pairs: 2 },
    { weight: 25, pairs: 2 },
    { weight: 10, pairs: 2 },
    { weight: 5, pairs: 2 },
    { weight: 2.5, pairs: 2 },
  ],
};

/** A commercial gym in kilograms: 20 kg bar, plenty of plates. */
export const GYM_KG: Barbell = {
  bar: { value: 20, unit: 'kg' },
  plates: [
    { weight: 25, pairs: 6 },
    { weight: 20, pairs: 2 },
    { weight: 15, pairs: 2 },
    { weight: 10, pairs: 2 },
    { weight: 5, pairs: 2 },
    { weight: 2.5, pairs: 2 },
    { weight: 1.25, pairs: 2 },
  ],
};

/** A full gym in the given unit: barbell and plates, dumbbells, cable, bands and all gear. */
export function fullGym(unit: Unit): Inventory {
  return {
    barbell: unit === 'lb' ? GYM_LB : GYM_KG,
    dumbbells:
      unit === 'lb' ? { unit, min: 5, max: 120, step: 5 } : { unit, min: 2.5, max: 50, step: 2.5 },
    cable: true,
    bands: BAND_LEVELS,
    gear: GEAR,
  };
}

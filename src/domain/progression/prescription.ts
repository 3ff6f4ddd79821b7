/** The shape of a prescription, and how one reads to a lifter. */
import type * as Catalogue from '../catalogue/index.js';
import type { IsoDate } from '../dates.js';
import type { BandLevel, Inventory } from '../equipment.js';
import type { Settings, WorkingSet } from '../profile.js';
import { format, type Load, type Unit } from '../units.js';

/** What changed from the previous prescription, and so how the reason reads. */
export type Change =
  | 'start'
  | 'calibrate'
  | 'reps'
  | 'increase'
  | 'hold-pace'
  | 'repeat'
  /** Every set done, but the equipment owned loads nothing heavier. */
  | 'top-of-equipment'
  | 'deload'
  | 'hold-time'
  | 'band'
  | 'fixed';

export interface Prescription {
  readonly exercise: Catalogue.ExerciseId;
  /** null means calibrate: work up to find the load (no known working load yet). */
  readonly load: Load | null;
  readonly band: BandLevel | null;
  readonly sets: number;
  readonly reps: number;
  readonly holdSeconds: number;
  readonly perSide: boolean;
  readonly change: Change;
  /** One line a lifter can read: what to do and why. */
  readonly reason: string;
  /** State carried between sessions; derived, never stored. */
  readonly lastIncrease: IsoDate | null;
  readonly fails: number;
  /** When the pace holds the load: the day the next increase is allowed, as shown. */
  readonly nextIncrease?: string;
}

export interface Context {
  readonly units: Unit;
  readonly inventory: Inventory;
  readonly settings: Settings;
  /** A recent working set for this exercise, if the lifter gave one. */
  readonly working: WorkingSet | null;
}

/**
 * Longest top hold the reps-hold progression asks for before moving to band or load. It goes
 * beyond the seed's 1-2 s (R6): a convention, since no study tests the top hold either way.
 */
export const MAX_HOLD_SECONDS = 5;

export function what(p: Prescription, withSets = true): string {
  const load =
    p.load === null
      ? 'calibration'
      : p.load.value === 0
        ? p.band
          ? `${p.band} band`
          : 'bodyweight'
        : format(p.load);
  const hold = p.holdSeconds > 0 && p.load?.value === 0 ? `, ${p.holdSeconds}-s hold` : '';
  return withSets ? `${p.sets}x${p.reps}${perSideWord(p)} at ${load}${hold}` : load;
}

export function perSideWord(p: { perSide: boolean }): string {
  return p.perSide ? ' a side' : '';
}

export function none(unit: Unit): Load {
  return { value: 0, unit };
}

/**
 * How much a load rises at once.
 *
 * The seed's step (R8) is 10 lb on a barbell and 5 lb with dumbbells (5 kg and 2.5 kg here).
 * On an empty 45 lb bar that is 22%, on a 20 kg bar 25%, well above the 2-10% a session that
 * research suggests (ACSM 2009; EVIDENCE.md section 7). So the step is the seed's, or, when
 * the lifter's plates (or dumbbell rack) allow a smaller one, the multiple of the smallest
 * step they can load that is nearest to `STEP_FRACTION` of the current load: never smaller
 * than the smallest they can load, never larger than the seed's. "Nearest" because the
 * guidance is approximate and the plates come in steps: at 95 lb the seed's 10 lb (10.5%)
 * stays. The new load still goes through `Loadable.nearest`, so the lifter can set it up.
 *
 * Worked, on a 45 lb bar: with plates down to 2.5 lb (a 5 lb step), 45 -> 50 (the seed's
 * 10 lb would be 22%), 65 -> 70, 95 -> 105. With 1.25 lb plates too (a 2.5 lb step),
 * 65 -> 72.5 and 75 -> 82.5. From 100 lb up the seed's 10 lb is at most 10% and is kept.
 */
import type { Exercise } from '../catalogue/index.js';
import * as Catalogue from '../catalogue/index.js';
import type { Inventory } from '../equipment.js';
import { convert, valueIn, type Load, type Unit } from '../units.js';

/** The upper end of the 2-10% a session research suggests for increments (ACSM 2009). */
export const STEP_FRACTION = 0.1;

export interface Step {
  /** What the load rises by next, in `unit`. */
  readonly step: Load;
  /** The seed's step for the implement (R8), in `unit`. */
  readonly seed: Load;
  /** The least the lifter's equipment can add, in `unit`; null when it is not known. */
  readonly smallest: Load | null;
}

/**
 * The least the equipment adds to a load of this implement: a pair of the smallest plates on
 * a barbell, the rack's step for dumbbells (and for a dumbbell on the hips), else unknown.
 */
export function smallestStep(ex: Exercise, inventory: Inventory, unit: Unit): Load | null {
  if (ex.implement === 'barbell' && inventory.barbell) {
    const owned = inventory.barbell.plates.filter((p) => p.weight > 0 && p.pairs >= 1);
    if (owned.length === 0) return null;
    const least = Math.min(...owned.map((p) => p.weight));
    return rounded(convert({ value: 2 * least, unit: inventory.barbell.bar.unit }, unit));
  }
  if (inventory.dumbbells && ex.implement !== 'cable') {
    const d = inventory.dumbbells;
    return rounded(convert({ value: d.step, unit: d.unit }, unit));
  }
  return null;
}

/** The step for the next increase from `load` (see the module comment). */
export function stepAt(ex: Exercise, inventory: Inventory, load: Load, unit: Unit): Step {
  const seed = Catalogue.increment(ex.implement, unit) ?? dumbbellStep(inventory, unit);
  const smallest = smallestStep(ex, inventory, unit);
  if (!smallest || smallest.value <= 0 || smallest.value >= seed.value)
    return { step: seed, seed, smallest };
  const k = Math.max(1, Math.round((STEP_FRACTION * valueIn(load, unit)) / smallest.value));
  const value = Math.min(seed.value, k * smallest.value);
  return { step: rounded({ value, unit }), seed, smallest };
}

function dumbbellStep(inventory: Inventory, unit: Unit): Load {
  const d = inventory.dumbbells;
  if (d) return rounded(convert({ value: d.step, unit: d.unit }, unit));
  return Catalogue.increment('dumbbell', unit) as Load;
}

const rounded = (l: Load): Load => ({ value: Math.round(l.value * 1000) / 1000, unit: l.unit });

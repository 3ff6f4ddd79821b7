/**
 * What loads a lifter can actually set up for an exercise, given what they own: plates on a
 * bar, the dumbbells in the rack, a cable stack. Every prescribed load goes through here.
 */
import type { Exercise } from './catalogue/index.js';
import * as Catalogue from './catalogue/index.js';
import type { Inventory } from './equipment.js';
import * as Plates from './plates.js';
import { compare, valueIn, type Load, type Unit } from './units.js';

/** The nearest load the lifter can set up for `exercise`, in the unit they plan in. */
export function nearest(
  exercise: Exercise,
  inventory: Inventory,
  target: Load,
  unit: Unit,
  rounding: Plates.Rounding = 'nearest',
): Load {
  switch (exercise.implement) {
    case 'barbell':
      if (inventory.barbell) return Plates.load(target, inventory.barbell, rounding).total;
      return onGrid(target, unit, stepFor(exercise, unit), 0, Infinity, rounding);
    case 'dumbbell': {
      const d = inventory.dumbbells;
      if (d) return onGrid(target, d.unit, d.step, d.min, d.max, rounding);
      return onGrid(target, unit, stepFor(exercise, unit), 0, Infinity, rounding);
    }
    case 'cable':
    case 'machine':
      return onGrid(target, unit, stepFor(exercise, unit), 0, Infinity, rounding);
    case 'band':
    case 'bodyweight':
      // No external load to choose: the exercise's load is the lifter's own body, or a
      // dumbbell on the hips once reps and holds are exhausted, which goes through the rack.
      if (target.value > 0 && inventory.dumbbells) {
        const d = inventory.dumbbells;
        return onGrid(target, d.unit, d.step, d.min, d.max, rounding);
      }
      return { value: 0, unit };
  }
}

/** True when `target` can be set up exactly. */
export function isLoadable(exercise: Exercise, inventory: Inventory, target: Load): boolean {
  return compare(nearest(exercise, inventory, target, target.unit), target) === 0;
}

function stepFor(exercise: Exercise, unit: Unit): number {
  return Catalogue.increment(exercise.implement, unit)?.value ?? (unit === 'lb' ? 5 : 2.5);
}

function onGrid(
  target: Load,
  unit: Unit,
  step: number,
  min: number,
  max: number,
  rounding: Plates.Rounding,
): Load {
  const x = valueIn(target, unit) / step;
  const k =
    rounding === 'down'
      ? Math.floor(x + 1e-9)
      : rounding === 'up'
        ? Math.ceil(x - 1e-9)
        : Math.round(x);
  const value = Math.min(max, Math.max(min, k * step));
  return { value: Math.round(value * 1000) / 1000, unit };
}

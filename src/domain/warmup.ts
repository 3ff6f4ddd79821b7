/**
 * Ramp sets from the empty bar to the working load. The seed prescribes the banded
 * activation (R4) but no loaded ramp; these steps (bar, ~40%, ~60%, ~80%) are a common
 * coaching convention, with reps falling as load rises so the ramp does not tire the lifter.
 */
import type { Exercise } from './catalogue/index.js';
import type { Inventory } from './equipment.js';
import * as Loadable from './loadable.js';
import * as Plates from './plates.js';
import { compare, valueIn, type Load, type Unit } from './units.js';

export interface WarmupSet {
  readonly load: Load;
  readonly reps: number;
  /** Plates per side, for barbell work. */
  readonly plates: Plates.Loading | null;
}

const RAMP: readonly { fraction: number; reps: number }[] = [
  { fraction: 0, reps: 10 },
  { fraction: 0.4, reps: 8 },
  { fraction: 0.6, reps: 5 },
  { fraction: 0.8, reps: 3 },
];

/**
 * The smallest jump between two ramp sets worth a set of its own (a convention): the
 * barbell's load step of the rule (R8: 10 lb / 5 kg), and about half that on dumbbells. A
 * 45 -> 50 lb step warms nothing the bar did not.
 */
const MIN_JUMP: Readonly<Record<'barbell' | 'dumbbell', Readonly<Record<Unit, number>>>> = {
  barbell: { lb: 10, kg: 5 },
  dumbbell: { lb: 5, kg: 2 },
};

/** Ramp sets below `work`, each loadable and a worthwhile jump lighter than the one after it. */
export function ramp(
  exercise: Exercise,
  inventory: Inventory,
  work: Load,
  unit: Unit,
): WarmupSet[] {
  const barbell = exercise.implement === 'barbell' ? inventory.barbell : null;
  if (exercise.implement !== 'barbell' && exercise.implement !== 'dumbbell') return [];
  const floor = barbell ? valueIn(barbell.bar, unit) : 0;
  const sets: WarmupSet[] = [];
  for (const { fraction, reps } of RAMP) {
    if (fraction === 0 && !barbell) continue;
    const prev = sets[sets.length - 1];
    const target: Load = { value: Math.max(floor, valueIn(work, unit) * fraction), unit };
    let load = Loadable.nearest(exercise, inventory, target, unit, 'down');
    if (prev && compare(load, prev.load) <= 0) continue;
    // Heavier, but by less than a worthwhile jump (40% of 135 lb is 54 -> 50, 5 over the
    // bar): a worthwhile jump over the set before instead, 55.
    const least = prev ? valueIn(prev.load, unit) + MIN_JUMP[exercise.implement][unit] : 0;
    if (valueIn(load, unit) < least)
      load = Loadable.nearest(exercise, inventory, { value: least, unit }, unit, 'up');
    if (compare(load, work) >= 0) continue;
    if (!barbell && load.value <= 0) continue;
    sets.push({ load, reps, plates: barbell ? Plates.load(load, barbell) : null });
  }
  return sets;
}

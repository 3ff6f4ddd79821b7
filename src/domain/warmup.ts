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

/** Ramp sets below `work`, each loadable and lighter than the one after it. */
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
    const target: Load = { value: Math.max(floor, valueIn(work, unit) * fraction), unit };
    const load = Loadable.nearest(exercise, inventory, target, unit, 'down');
    if (compare(load, work) >= 0) continue;
    const prev = sets[sets.length - 1];
    if (prev && compare(load, prev.load) <= 0) continue;
    if (!barbell && load.value <= 0) continue;
    sets.push({ load, reps, plates: barbell ? Plates.load(load, barbell) : null });
  }
  return sets;
}

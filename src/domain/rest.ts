/**
 * Rest between sets: 150 s after heavy main sets, 120 s after other main and compound sets,
 * 75 s for accessories and 45 s in the activation warm-up (a convention; evidence claim
 * 'rest'). The web app's rest timer and the FIT workout's rest steps both use it.
 */
import type { Role } from './program/plan.js';

/** Seconds of rest after a set of a slot with `role` on a day of `kind`. */
export function afterSet(role: Role, kind: string): number {
  if (role === 'activation') return 45;
  if (role === 'main' && kind === 'heavy') return 150;
  if (role === 'main' || role === 'compound') return 120;
  return 75;
}

/**
 * Loads an exercise's implement cannot carry, refused where the lifter types them: a band
 * exercise is loaded by its band, not by weight; a barbell, dumbbell, cable or machine
 * exercise always has a load (with none, it is not "bodyweight").
 */
import { Catalogue, type Units } from '../domain/index.js';
import { EXIT, Exit } from './exit.js';

/** The refusal for these loads of `exercise`, or null; an exercise not in the catalogue takes any. */
export function loadProblem(exercise: string, loads: readonly Units.Load[]): string | null {
  const e = Catalogue.find(exercise);
  if (!e) return null;
  switch (e.implement) {
    case 'band':
      return loads.some((l) => l.value > 0)
        ? `${e.name} is loaded by its band, not by weight: drop the @LOAD, and name the band with --band light, medium or heavy.`
        : null;
    case 'barbell':
    case 'dumbbell':
    case 'cable':
    case 'machine':
      return loads.some((l) => l.value === 0)
        ? `${e.name} is done with a ${e.implement}, so it has a load: give it after @, e.g. 3x12@${e.implement === 'barbell' ? 95 : 20}.`
        : null;
    case 'bodyweight':
      return null;
  }
}

/** Throw the refusal (exit 3, a rejected value), if any. */
export function checkLoads(exercise: string, loads: readonly Units.Load[]): void {
  const problem = loadProblem(exercise, loads);
  if (problem) throw new Exit(EXIT.data, problem);
}

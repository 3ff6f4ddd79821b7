/** What every import format produces: sets with their source line, and what was skipped. */
import type { Dates, Units } from '../domain/index.js';

export type SetKind = 'normal' | 'warmup' | 'drop' | 'failure';
export type Format = 'strong' | 'hevy' | 'fitnotes';

export interface ImportedSet {
  readonly line: number;
  readonly date: Dates.IsoDate;
  readonly time: string | null;
  readonly workout: string | null;
  readonly exerciseName: string;
  /** The nth time this exercise appears in the workout, from 0. */
  readonly occurrence: number;
  /** Order of the set within that appearance, from 0. */
  readonly index: number;
  readonly kind: SetKind;
  readonly load: Units.Load;
  /** 0 for a timed or distance set (a plank, a run), which has `seconds` or `distanceM`. */
  readonly reps: number;
  readonly rpe: number | null;
  readonly note: string | null;
  /** How long the set lasted, for a set with no reps. */
  readonly seconds?: number | null;
  /** How far, in metres, for a set with no reps. */
  readonly distanceM?: number | null;
}

export interface Problem {
  readonly file: string;
  readonly line: number;
  /** 1-based column, when one column is at fault. */
  readonly column: number | null;
  readonly message: string;
}

export interface Parsed {
  readonly format: Format;
  readonly dialect: string;
  readonly sets: readonly ImportedSet[];
  /** Rows that are not sets (rest timers, notes, cardio without reps), with why. */
  readonly skipped: readonly Problem[];
  readonly warnings: readonly string[];
}

export interface Options {
  /** Unit for files, and rows, that do not say. */
  readonly units?: Units.Unit;
  /** Day-first or month-first, for files whose dates do not settle it. */
  readonly dateOrder?: 'dmy' | 'mdy';
  /**
   * The lifter's own unit, for bodyweight rows when nothing else in the file says one (a
   * load of 0 is the same in either unit, but the set should read like the lifter's others).
   */
  readonly lifterUnits?: Units.Unit;
  /** Today (YYYY-MM-DD), for warning about rows dated in the future; else the machine's date. */
  readonly today?: Dates.IsoDate;
}

export function problem(
  file: string,
  line: number,
  column: number | null,
  message: string,
): Problem {
  return { file, line, column, message };
}

/** "file.csv:12:4: message" */
export function where(p: Problem): string {
  return `${p.file}:${p.line}${p.column !== null ? `:${p.column}` : ''}: ${p.message}`;
}

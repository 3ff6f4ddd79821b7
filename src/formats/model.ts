/** What every import format produces: sets with their source line, and what was skipped. */
import type { Dates, Units } from '../domain/index.js';
import type { Row } from './csv.js';
import type { OrderEvidence } from './datetime.js';

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

/** What a first reading of the whole file found, that each of its rows is then read by. */
export interface Evidence {
  readonly dates: OrderEvidence;
  /** How many rows' unit column says kg, and lb (the unit of bodyweight rows that say none). */
  readonly unitRows: { readonly kg: number; readonly lb: number };
  /** The unit of a file with no unit column (given, or all its loads 0); null when neither. */
  readonly fileUnit: Units.Unit | null;
}

/**
 * One file's rows in, its sets out, page by page in file order. A reader may hold sets
 * back until their workout ends (a note row can come after the set it belongs to); `end`
 * gives what is left. Rows that are not sets go to `skipped` as they are read.
 */
export interface RowReader {
  readonly format: Format;
  readonly dialect: string;
  read(rows: readonly Row[]): ImportedSet[];
  end(): ImportedSet[];
  readonly skipped: Problem[];
  readonly warnings: readonly string[];
}

/** The unit most rows say, when some do. */
export function commonUnit(rows: Evidence['unitRows']): Units.Unit | null {
  return rows.kg + rows.lb === 0 ? null : rows.kg >= rows.lb ? 'kg' : 'lb';
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

/** Reading cells by column name, with errors that name the file, line and column. */
import type { Units } from '../domain/index.js';
import type { Row } from './csv.js';
import { HEADERS } from './localised.js';
import { problem, type Problem } from './model.js';

export class RowError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

/** Column lookup by header name, case- and space-insensitive. */
export class Columns {
  private readonly index = new Map<string, number>();
  /** Whether some header was in another language (read as the English it translates). */
  translated = false;
  /** Names as the code asks for them -> cell index: each name is normalized once. */
  private readonly asked = new Map<string, number | undefined>();

  constructor(
    header: readonly string[],
    readonly file: string,
  ) {
    // A header in the phone's language is read as the English one it translates.
    header.forEach((h, i) => {
      const english = HEADERS[Columns.key(h)];
      if (english) this.translated = true;
      this.index.set(Columns.key(english ?? h), i);
    });
  }

  private at(name: string): number | undefined {
    if (this.asked.has(name)) return this.asked.get(name);
    const i = this.index.get(Columns.key(name));
    this.asked.set(name, i);
    return i;
  }

  static key(name: string): string {
    return name.trim().toLowerCase().replace(/\s+/g, ' ');
  }

  has(name: string): boolean {
    return this.at(name) !== undefined;
  }

  /** The first of `names` the header has. */
  pick(...names: string[]): string | null {
    return names.find((n) => this.has(n)) ?? null;
  }

  col(name: string): number | null {
    const i = this.at(name);
    return i === undefined ? null : i + 1;
  }

  text(row: Row, name: string): string {
    const i = this.at(name);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  /** A row with no reps (cardio: distance or time only) is skipped, and says so. */
  noReps(row: Row, name: string, exercise: string): Problem {
    return problem(
      this.file,
      row.line,
      this.col(name),
      `${exercise}: no reps (distance or time only): Thrust logs sets of reps`,
    );
  }

  /**
   * A set's time and distance, for a row with no reps (a plank, a run): null when it has
   * neither (0 or empty, as ordinary weight rows carry them). `seconds` is a number or
   * H:MM:SS / MM:SS; the distance unit comes from a column, or is fixed by the header.
   */
  timed(
    row: Row,
    seconds: string | null,
    distance: {
      readonly name: string;
      readonly unit: string | null;
      readonly fixed?: string;
    } | null,
  ): { seconds: number | null; distanceM: number | null } | null {
    let s: number | null = null;
    if (seconds && this.has(seconds)) {
      const text = this.text(row, seconds);
      const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?$/.exec(text);
      s = clock
        ? Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3])
        : this.number(row, seconds);
      if (s !== null && (!Number.isFinite(s) || s < 0))
        this.fail(row, seconds, `${seconds}: expected seconds, got ${shown(text)}`);
    }
    let m: number | null = null;
    if (distance && this.has(distance.name)) {
      const d = this.number(row, distance.name);
      if (d !== null && d > 0) {
        const unitText =
          distance.fixed ??
          (distance.unit && this.has(distance.unit) ? this.text(row, distance.unit) : '');
        const per = METRES[unitText.toLowerCase().replace(/\.$/, '')];
        if (per === undefined)
          this.fail(
            row,
            distance.unit ?? distance.name,
            `${distance.unit ?? distance.name}: expected a distance unit (m, km, mi, yd, ft), got ${shown(unitText)}`,
          );
        m = Math.round(d * per * 1000) / 1000;
      }
    }
    if (!s && !m) return null;
    return { seconds: s || null, distanceM: m || null };
  }

  fail(row: Row, name: string | null, message: string): never {
    throw new RowError(problem(this.file, row.line, name ? this.col(name) : null, message));
  }

  /** A number, accepting a decimal comma; null when empty. */
  number(row: Row, name: string): number | null {
    const raw = this.text(row, name);
    if (raw === '') return null;
    const n = Number(/^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw);
    if (!Number.isFinite(n)) this.fail(row, name, `${name}: expected a number, got ${shown(raw)}`);
    return n;
  }

  /** A non-negative whole number of reps; null when empty. */
  reps(row: Row, name: string): number | null {
    const n = this.number(row, name);
    if (n === null) return null;
    if (!Number.isInteger(n) || n < 0)
      this.fail(
        row,
        name,
        `${name}: expected a whole number of reps, got ${shown(this.text(row, name))}`,
      );
    return n;
  }

  /** A load in `unit`, float noise removed (74.99999999999999 -> 75); empty is bodyweight. */
  load(row: Row, name: string, unit: Units.Unit): Units.Load {
    const n = this.number(row, name);
    if (n !== null && n < 0)
      this.fail(row, name, `${name}: a weight cannot be negative (${shown(this.text(row, name))})`);
    return { value: n === null ? 0 : Math.round(n * 1000) / 1000, unit };
  }
}

/**
 * A copy of `text` that shares nothing with the page of the file it was read from. A
 * substring keeps its whole parent string alive in V8, so a name kept for the length of
 * an import (a workout's, an exercise's) would keep every page it appeared on in memory.
 * Joining forces a flat copy; texts under 13 characters are copied already.
 */
export const own = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1));

/** "kg", "kgs", "lbs", "lb" -> Unit, else null. */
export function unitOf(text: string): Units.Unit | null {
  const t = text.trim().toLowerCase();
  if (t === 'kg' || t === 'kgs') return 'kg';
  if (t === 'lb' || t === 'lbs') return 'lb';
  return null;
}

/**
 * The unit of one row whose file has a unit column. An empty unit beside an empty or zero
 * weight is a bodyweight set (Strong writes push-ups so), in `bodyweight` (the unit of the
 * file's other rows, else --units, else the lifter's); any other empty unit takes --units. A word that is not a unit is refused, naming the column.
 */
export function rowUnit(
  row: Row,
  c: Columns,
  unitCol: string,
  weightCol: string,
  fallback: { units: Units.Unit | null; bodyweight: Units.Unit },
): Units.Unit {
  const text = c.text(row, unitCol);
  const unit = unitOf(text);
  if (unit) return unit;
  if (text !== '')
    c.fail(
      row,
      unitCol,
      `${unitCol}: ${shown(text)} is not a weight unit Thrust reads: expected kg or lbs (also kgs, lb), or empty for a bodyweight set`,
    );
  const weight = c.number(row, weightCol);
  if (!weight) return fallback.bodyweight;
  if (fallback.units) return fallback.units;
  return c.fail(
    row,
    unitCol,
    `${unitCol}: empty beside a weight of ${weight}: this row does not say its unit; give --units lb or --units kg for rows that do not`,
  );
}

/**
 * A value from the file, quoted for a message: control characters replaced and long text
 * cut, so a damaged or binary file cannot garble the terminal or the page.
 */
export function shown(text: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return `"${clean.length > max ? `${clean.slice(0, max)}...` : clean}"`;
}

/** Metres in one of each distance unit the apps write ("mi." in older Strong files). */
const METRES: Readonly<Record<string, number>> = {
  m: 1,
  meter: 1,
  meters: 1,
  metre: 1,
  metres: 1,
  km: 1000,
  kms: 1000,
  mi: 1609.344,
  mile: 1609.344,
  miles: 1609.344,
  yd: 0.9144,
  yds: 0.9144,
  ft: 0.3048,
};

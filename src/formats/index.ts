/** Read an exported file from another app: detect the format by its header, map by name. */
import { err, ok, type Result } from '../domain/result.js';
import type { Units } from '../domain/index.js';
import { Columns, RowError } from './columns.js';
import * as Csv from './csv.js';
import * as FitNotes from './fitnotes.js';
import * as Hevy from './hevy.js';
import { problem, type Options, type Parsed, type Problem } from './model.js';
import * as Strong from './strong.js';

export * from './model.js';

/**
 * A unit for a file that has none, suggested from plausibility: gym loads in pounds sit
 * higher (a 45 lb bar, 135, 225...) than in kilograms, so a median working weight above
 * 100 points to pounds. A suggestion only: the lifter confirms with --units.
 */
export function suggestUnit(
  weights: readonly number[],
): { unit: Units.Unit; median: number } | null {
  const w = weights.filter((x) => x > 0).sort((a, b) => a - b);
  if (w.length === 0) return null;
  const median = w[Math.floor(w.length / 2)] ?? 0;
  return { unit: median > 100 ? 'lb' : 'kg', median };
}

export function read(text: string, file: string, opts: Options = {}): Result<Parsed, Problem> {
  const table = Csv.parse(text);
  const c = new Columns(table.header, file);
  try {
    if (Hevy.detect(c)) return ok(Hevy.read(table, c, opts));
    if (Strong.detect(c)) {
      const needsUnit = !c.has('Weight Unit') && !c.has('Weight (kg)') && !c.has('Weight (lbs)');
      if (needsUnit && !opts.units) {
        const s = suggestUnit(table.rows.map((r) => c.number(r, 'Weight') ?? 0));
        const hint = s
          ? ` The weights look like ${s.unit === 'lb' ? 'pounds' : 'kilograms'} (median ${s.median}): --units ${s.unit}?`
          : '';
        return err(
          problem(
            file,
            1,
            c.col('Weight'),
            `this Strong export has no weight unit: run again with --units lb or --units kg.${hint}`,
          ),
        );
      }
      return ok(Strong.read(table, c, opts, needsUnit ? (opts.units ?? null) : null));
    }
    if (FitNotes.detect(c)) return ok(FitNotes.read(table, c, opts));
  } catch (e) {
    if (e instanceof RowError) return err(e.problem);
    throw e;
  }
  return err(
    problem(
      file,
      1,
      null,
      `not an export Thrust knows: expected a Strong, Hevy or FitNotes header, found "${table.header.slice(0, 6).join(table.delimiter)}${table.header.length > 6 ? '...' : ''}"`,
    ),
  );
}

/**
 * FitNotes' CSV export: Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,
 * Distance Unit,Time,Comment, or the older Date,Exercise,Category,Weight (lbs)|Weight (kgs),
 * Reps,Distance,Distance Unit,Time[,Comment]. No time of day, set number or workout name:
 * a day is a workout and sets are numbered in file order.
 */
import * as DateTime from './datetime.js';
import type { Columns } from './columns.js';
import { own, rowUnit, shown } from './columns.js';
import type { Row } from './csv.js';
import { Grouper } from './group.js';
import {
  commonUnit,
  type Evidence,
  type ImportedSet,
  type Options,
  type Problem,
  type RowReader,
} from './model.js';

export function detect(c: Columns): boolean {
  return c.has('Date') && c.has('Exercise') && c.has('Category');
}

export function reader(c: Columns, opts: Options, evidence: Evidence): RowReader {
  const weightCol = c.pick('Weight', 'Weight (lbs)', 'Weight (kgs)', 'Weight (kg)') ?? 'Weight';
  const headerUnit = weightCol === 'Weight (lbs)' ? 'lb' : weightCol === 'Weight' ? null : 'kg';
  const { order, warning } = evidence.dates.choose(opts.dateOrder, 'dmy');
  const parseDate = DateTime.parser(order);
  const fallback = {
    units: opts.units ?? null,
    bodyweight: commonUnit(evidence.unitRows) ?? opts.units ?? opts.lifterUnits ?? 'kg',
  };
  const grouper = new Grouper();
  const skipped: Problem[] = [];
  const read = (rows: readonly Row[]): ImportedSet[] => {
    const sets: ImportedSet[] = [];
    for (const row of rows) {
      const when = parseDate(c.text(row, 'Date'));
      if (!when)
        c.fail(
          row,
          'Date',
          `Date: expected a date like 2026-04-08, got ${shown(c.text(row, 'Date'))}`,
        );
      const exerciseName = own(c.text(row, 'Exercise'));
      if (!exerciseName) c.fail(row, 'Exercise', 'Exercise: empty');
      const reps = c.reps(row, 'Reps');
      // No reps: a timed or distance set (a plank, a run), kept as such; else not a set.
      const timed = reps ? null : c.timed(row, 'Time', { name: 'Distance', unit: 'Distance Unit' });
      if (!reps && !timed) {
        skipped.push(c.noReps(row, 'Reps', exerciseName));
        continue;
      }
      const unit = c.has('Weight Unit')
        ? rowUnit(row, c, 'Weight Unit', weightCol, fallback)
        : (headerUnit ?? opts.units);
      if (!unit)
        c.fail(
          row,
          weightCol,
          `${weightCol}: this file does not say its unit: give --units lb or --units kg`,
        );
      const { occurrence, index } = grouper.next(when.date, exerciseName, null);
      sets.push({
        line: row.line,
        date: when.date,
        time: null,
        workout: null,
        exerciseName,
        occurrence,
        index,
        kind: 'normal',
        load: c.load(row, weightCol, unit),
        reps: reps ?? 0,
        ...(timed && timed),
        rpe: null,
        note: c.text(row, 'Comment') || null,
      });
    }
    return sets;
  };
  return {
    format: 'fitnotes',
    dialect: headerUnit ? 'older' : 'current',
    skipped,
    warnings: warning ? [warning] : [],
    read,
    end: () => [],
  };
}

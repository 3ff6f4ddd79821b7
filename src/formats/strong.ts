/**
 * Strong's CSV exports, three dialects, read by column name:
 * - semicolon: Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;
 *   Distance;Distance Unit;Seconds;Notes;Workout Notes[;Workout Duration]
 * - classic: Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,
 *   Seconds,Notes,Workout Notes,RPE (no unit: the lifter says which)
 * - 2025: "Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order",
 *   "Weight (kg)" or "Weight (lbs)","Reps","RPE","Distance (meters)","Seconds","Notes",
 *   "Workout Notes"
 * Set Order is a number, or W (warm-up), D (drop set), F (failure); "Rest Timer" and
 * "Note" rows are metadata, not sets.
 */
import type { Units } from '../domain/index.js';
import * as DateTime from './datetime.js';
import type { Columns } from './columns.js';
import { unitOf } from './columns.js';
import type { Table } from './csv.js';
import { Grouper } from './group.js';
import {
  problem,
  type ImportedSet,
  type Options,
  type Parsed,
  type Problem,
  type SetKind,
} from './model.js';

export function detect(c: Columns): boolean {
  return c.has('Exercise Name') && c.has('Set Order') && c.has('Date');
}

export function read(
  table: Table,
  c: Columns,
  opts: Options,
  fileUnit: Units.Unit | null,
): Omit<Parsed, 'warnings'> & { warnings: string[] } {
  const weightCol = c.pick('Weight', 'Weight (kg)', 'Weight (lbs)') ?? 'Weight';
  const headerUnit = c.has('Weight (kg)') ? 'kg' : c.has('Weight (lbs)') ? 'lb' : null;
  const dialect = c.has('Workout #')
    ? '2025'
    : c.has('Weight Unit')
      ? 'semicolon (with units)'
      : 'classic';
  const { order, warning } = DateTime.chooseOrder(
    table.rows.map((r) => c.text(r, 'Date')),
    opts.dateOrder,
    'mdy',
  );
  const parseDate = DateTime.parser(order);
  const grouper = new Grouper();
  const sets: ImportedSet[] = [];
  const skipped: Problem[] = [];
  let lastWorkout = '';
  const lastNote = new Map<string, string>();
  for (const row of table.rows) {
    const setOrder = c.text(row, 'Set Order');
    if (/^(rest timer|note)$/i.test(setOrder)) {
      skipped.push(
        problem(c.file, row.line, c.col('Set Order'), `${setOrder} row: metadata, not a set`),
      );
      continue;
    }
    const when = parseDate(c.text(row, 'Date'));
    if (!when)
      c.fail(
        row,
        'Date',
        `Date: expected a date like 2026-04-08 16:50:00, got "${c.text(row, 'Date')}"`,
      );
    const exerciseName = c.text(row, 'Exercise Name');
    if (!exerciseName) c.fail(row, 'Exercise Name', 'Exercise Name: empty');
    let kind: SetKind = 'normal';
    let num: number | null = null;
    if (/^\d+$/.test(setOrder)) num = Number(setOrder);
    else if (/^w$/i.test(setOrder)) kind = 'warmup';
    else if (/^d$/i.test(setOrder)) kind = 'drop';
    else if (/^f$/i.test(setOrder)) kind = 'failure';
    else
      c.fail(
        row,
        'Set Order',
        `Set Order: expected a number, W, D, F, "Rest Timer" or "Note", got "${setOrder}"`,
      );
    const reps = c.reps(row, 'Reps');
    if (!reps) {
      skipped.push(c.noReps(row, 'Reps', exerciseName));
      continue;
    }
    const rowUnit = c.has('Weight Unit') ? unitOf(c.text(row, 'Weight Unit')) : null;
    const unit = rowUnit ?? headerUnit ?? fileUnit;
    if (!unit)
      c.fail(row, 'Weight', 'no weight unit in this file: run again with --units lb or --units kg');
    const workout = c.text(row, 'Workout Name') || null;
    const key = `${when.date} ${when.time ?? ''} ${workout ?? ''}`;
    const { occurrence, index } = grouper.next(key, exerciseName, num);
    // Strong repeats a workout's notes on its rows, and an exercise's note on some of them:
    // keep each note once, where it first appears.
    const notes: string[] = [];
    const exNote = c.text(row, 'Notes');
    const noteKey = `${key}|${exerciseName}`;
    if (exNote && lastNote.get(noteKey) !== exNote) notes.push(exNote);
    if (exNote) lastNote.set(noteKey, exNote);
    const wNote = c.text(row, 'Workout Notes');
    if (wNote && key !== lastWorkout) notes.push(`Workout: ${wNote}`);
    lastWorkout = key;
    sets.push({
      line: row.line,
      date: when.date,
      time: when.time,
      workout,
      exerciseName,
      occurrence,
      index,
      kind,
      load: c.load(row, weightCol, unit),
      reps,
      rpe: c.number(row, 'RPE'),
      note: notes.length ? notes.join('\n') : null,
    });
  }
  return { format: 'strong', dialect, sets, skipped, warnings: warning ? [warning] : [] };
}

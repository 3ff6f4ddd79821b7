/**
 * Strong's CSV exports, three dialects, read by column name:
 * - semicolon: Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;
 *   Distance;Distance Unit;Seconds;Notes;Workout Notes[;Workout Duration]
 * - classic: Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,
 *   Seconds,Notes,Workout Notes,RPE (no unit: the lifter says which)
 * - 2025: "Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order",
 *   "Weight (kg)" or "Weight (lbs)","Reps","RPE","Distance (meters)","Seconds","Notes",
 *   "Workout Notes"
 * Set Order is a number, or W (warm-up), D (drop set), F (failure); "Rest Timer" rows are
 * metadata, and "Note" rows carry an exercise note, kept on a set of that exercise.
 */
import * as DateTime from './datetime.js';
import * as Tag from './tag.js';
import type { Columns } from './columns.js';
import { own, rowUnit, shown } from './columns.js';
import type { Row } from './csv.js';
import { Grouper } from './group.js';
import { REST_TIMER } from './localised.js';
import {
  commonUnit,
  problem,
  type Evidence,
  type ImportedSet,
  type Options,
  type Problem,
  type RowReader,
  type SetKind,
} from './model.js';

export function detect(c: Columns): boolean {
  return c.has('Exercise Name') && c.has('Set Order') && c.has('Date');
}

export const weightColumn = (c: Columns) =>
  c.pick('Weight', 'Weight (kg)', 'Weight (lbs)') ?? 'Weight';

/** A file with neither a Weight Unit column nor the unit in the weight's header. */
export const needsUnit = (c: Columns) =>
  !c.has('Weight Unit') && !c.has('Weight (kg)') && !c.has('Weight (lbs)');

/**
 * Note rows' text, kept on a set of the same exercise in the same workout: the set before
 * it, else the next one. A workout's sets are held until the workout ends, so that a note
 * can still join one; a note with no such set is reported as skipped, with its text.
 */
class Notes {
  /** The current workout's sets, not yet given out. */
  held: ImportedSet[] = [];
  private last = new Map<string, number>();
  private readonly pending = new Map<string, { row: Row; text: string }[]>();
  private extra = new Map<number, string[]>();

  note(key: string, row: Row, text: string): void {
    const at = this.last.get(key);
    if (at !== undefined) this.add(at, text);
    else this.pending.set(key, [...(this.pending.get(key) ?? []), { row, text }]);
  }

  /** A set of `key`'s exercise: pending notes join it. */
  hold(key: string, set: ImportedSet): void {
    const index = this.held.length;
    this.held.push(set);
    this.last.set(key, index);
    for (const p of this.pending.get(key) ?? []) this.add(index, p.text);
    this.pending.delete(key);
  }

  /** The held sets with their notes; a workout that comes back later starts afresh. */
  release(): ImportedSet[] {
    const out = this.held.map((s, i) => {
      const extra = this.extra.get(i);
      return extra ? { ...s, note: [s.note, ...extra].filter(Boolean).join('\n') } : s;
    });
    this.held = [];
    this.last = new Map();
    this.extra = new Map();
    return out;
  }

  private add(index: number, text: string): void {
    this.extra.set(index, [...(this.extra.get(index) ?? []), text]);
  }

  unattached(): { row: Row; text: string }[] {
    return [...this.pending.values()].flat();
  }
}

export function reader(c: Columns, opts: Options, evidence: Evidence): RowReader {
  const fileUnit = evidence.fileUnit;
  const weightCol = weightColumn(c);
  const headerUnit = c.has('Weight (kg)') ? 'kg' : c.has('Weight (lbs)') ? 'lb' : null;
  const unitCol = c.has('Weight Unit') ? 'Weight Unit' : null;
  const dialect = `${c.has('Workout #') ? '2025' : unitCol ? 'semicolon (with units)' : 'classic'}${c.translated ? ', German headers' : ''}`;
  const fallback = {
    units: opts.units ?? null,
    bodyweight:
      (unitCol ? commonUnit(evidence.unitRows) : null) ??
      opts.units ??
      opts.lifterUnits ??
      // A load of 0 is the same in either unit; kilograms only so that it has one.
      'kg',
  };
  const { order, warning } = evidence.dates.choose(opts.dateOrder, 'mdy');
  const parseDate = DateTime.parser(order);
  const grouper = new Grouper();
  const skipped: Problem[] = [];
  const noteRows = new Notes();
  let lastWorkout = '';
  let lastNote = new Map<string, string>();
  /** The workout whose sets are held. */
  let heldKey: string | null = null;

  const read = (rows: readonly Row[]): ImportedSet[] => {
    const out: ImportedSet[] = [];
    for (const row of rows) {
      const setOrder = c.text(row, 'Set Order');
      const exerciseName = own(c.text(row, 'Exercise Name'));
      if (REST_TIMER.test(setOrder) || REST_TIMER.test(exerciseName)) {
        skipped.push(
          problem(c.file, row.line, c.col('Set Order'), 'Rest Timer row: metadata, not a set'),
        );
        continue;
      }
      const when = parseDate(c.text(row, 'Date'));
      if (!when)
        c.fail(
          row,
          'Date',
          `Date: expected a date like 2026-04-08 16:50:00, got ${shown(c.text(row, 'Date'))}`,
        );
      if (!exerciseName) c.fail(row, 'Exercise Name', 'Exercise Name: empty');
      const workout = own(c.text(row, 'Workout Name')) || null;
      const key = `${when.date} ${when.time ?? ''} ${workout ?? ''}`;
      if (key !== heldKey) {
        for (const s of noteRows.release()) out.push(s);
        lastNote = new Map();
        heldKey = key;
      }
      if (/^note$/i.test(setOrder)) {
        const text = c.text(row, 'Notes');
        const noteKey = `${key}|${exerciseName}`;
        if (!text)
          skipped.push(problem(c.file, row.line, c.col('Set Order'), 'Note row with no text'));
        else if (lastNote.get(noteKey) !== text) noteRows.note(noteKey, row, text);
        continue;
      }
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
          `Set Order: expected a number, W, D, F, "Rest Timer" or "Note", got ${shown(setOrder)}`,
        );
      const reps = c.reps(row, 'Reps');
      // No reps: a timed or distance set (a plank, a run), kept as such; else not a set.
      const timed = reps
        ? null
        : c.timed(row, 'Seconds', {
            name: c.pick('Distance', 'Distance (meters)') ?? 'Distance',
            unit: 'Distance Unit',
            ...(c.has('Distance (meters)') && { fixed: 'm' }),
            ...(!c.has('Distance (meters)') &&
              !c.has('Distance Unit') && {
                fixed: fileUnit === 'kg' || opts.units === 'kg' ? 'km' : 'mi',
              }),
          });
      if (!reps && !timed) {
        skipped.push(c.noReps(row, 'Reps', exerciseName));
        continue;
      }
      const unit = unitCol
        ? rowUnit(row, c, unitCol, weightCol, fallback)
        : (headerUnit ?? fileUnit ?? opts.units);
      // index.ts asks for --units before reading a file that needs one.
      if (!unit) throw new Error('strong: a file without units reached the reader');
      const { occurrence, index } = grouper.next(key, exerciseName, num);
      // Strong repeats a workout's notes on its rows, and an exercise's note on some of
      // them: keep each note once, where it first appears.
      const notes: string[] = [];
      const exNote = c.text(row, 'Notes');
      const noteKey = `${key}|${exerciseName}`;
      // A Thrust export's notes are per set: kept on every row.
      if (exNote && (lastNote.get(noteKey) !== exNote || Tag.has(exNote))) notes.push(exNote);
      if (exNote) lastNote.set(noteKey, exNote);
      const wNote = c.text(row, 'Workout Notes');
      if (wNote && key !== lastWorkout) notes.push(`Workout: ${wNote}`);
      lastWorkout = key;
      noteRows.hold(noteKey, {
        line: row.line,
        date: when.date,
        time: when.time,
        workout,
        exerciseName,
        occurrence,
        index,
        kind,
        load: c.load(row, weightCol, unit),
        reps: reps ?? 0,
        ...(timed && timed),
        rpe: c.number(row, 'RPE'),
        note: notes.length ? notes.join('\n') : null,
      });
    }
    return out;
  };

  return {
    format: 'strong',
    dialect,
    skipped,
    warnings: warning ? [warning] : [],
    read,
    end: () => {
      const rest = noteRows.release();
      for (const { row, text } of noteRows.unattached())
        skipped.push(
          problem(
            c.file,
            row.line,
            c.col('Notes'),
            `Note row with no set of ${c.text(row, 'Exercise Name')} in its workout to keep it on: ${shown(text, 200)}`,
          ),
        );
      return rest;
    },
  };
}

/**
 * Hevy's CSV export: title,start_time,end_time,description,exercise_title,superset_id,
 * exercise_notes,set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,
 * duration_seconds,rpe. Newest workout first; start_time like "8 Apr 2026, 16:50" with the
 * month in the phone's language; notes carry literal "\n".
 */
import * as DateTime from './datetime.js';
import * as Tag from './tag.js';
import { own, shown, type Columns } from './columns.js';
import type { Row } from './csv.js';
import { Grouper } from './group.js';
import {
  type Evidence,
  type ImportedSet,
  type Options,
  type Problem,
  type RowReader,
  type SetKind,
} from './model.js';

export function detect(c: Columns): boolean {
  return c.has('exercise_title') && c.has('start_time');
}

const KINDS: Record<string, SetKind> = {
  normal: 'normal',
  warmup: 'warmup',
  dropset: 'drop',
  failure: 'failure',
};

const unescape = (s: string) => s.replace(/\\n/g, '\n');

export function reader(c: Columns, opts: Options, evidence: Evidence): RowReader {
  const weightCol = c.pick('weight_kg', 'weight_lbs');
  if (!weightCol)
    c.fail({ line: 1, cells: [] }, null, 'Hevy export without weight_kg or weight_lbs column');
  const unit = weightCol === 'weight_kg' ? 'kg' : 'lb';
  const { order, warning } = evidence.dates.choose(opts.dateOrder, 'dmy');
  const parseDate = DateTime.parser(order);
  const grouper = new Grouper();
  const skipped: Problem[] = [];
  let lastKey = '';
  const read = (rows: readonly Row[]): ImportedSet[] => {
    const sets: ImportedSet[] = [];
    for (const row of rows) {
      const when = parseDate(c.text(row, 'start_time'));
      if (!when)
        c.fail(
          row,
          'start_time',
          `start_time: expected a date like "8 Apr 2026, 16:50", got ${shown(c.text(row, 'start_time'))}`,
        );
      const exerciseName = own(c.text(row, 'exercise_title'));
      if (!exerciseName) c.fail(row, 'exercise_title', 'exercise_title: empty');
      const typeText = c.text(row, 'set_type').toLowerCase() || 'normal';
      const kind = KINDS[typeText];
      if (!kind)
        c.fail(
          row,
          'set_type',
          `set_type: expected normal, warmup, dropset or failure, got ${shown(typeText)}`,
        );
      const reps = c.reps(row, 'reps');
      // No reps: a timed or distance set (a plank, a run), kept as such; else not a set.
      const timed = reps
        ? null
        : c.timed(
            row,
            'duration_seconds',
            c.has('distance_km')
              ? { name: 'distance_km', unit: null, fixed: 'km' }
              : { name: 'distance_miles', unit: null, fixed: 'mi' },
          );
      if (!reps && !timed) {
        skipped.push(c.noReps(row, 'reps', exerciseName));
        continue;
      }
      const workout = own(c.text(row, 'title')) || null;
      const key = `${when.date} ${when.time ?? ''} ${workout ?? ''}`;
      const { occurrence, index } = grouper.next(key, exerciseName, c.number(row, 'set_index'));
      const notes: string[] = [];
      const exNote = c.text(row, 'exercise_notes');
      // Hevy repeats an exercise's note on its rows; a Thrust export's notes are per set.
      if (exNote && (index === 0 || Tag.has(exNote))) notes.push(unescape(exNote));
      const description = c.text(row, 'description');
      if (description && key !== lastKey) notes.push(`Workout: ${unescape(description)}`);
      lastKey = key;
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
        reps: reps ?? 0,
        ...(timed && timed),
        rpe: c.number(row, 'rpe'),
        note: notes.length ? notes.join('\n') : null,
      });
    }
    return sets;
  };
  return {
    format: 'hevy',
    dialect: unit === 'kg' ? 'kg' : 'lbs',
    skipped,
    warnings: warning ? [warning] : [],
    read,
    end: () => [],
  };
}

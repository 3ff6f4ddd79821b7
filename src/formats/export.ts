/** The log written in other apps' formats, and the plan as a calendar. */
import { createEvents, type EventAttributes } from 'ics';
import Papa from 'papaparse';
import { Catalogue, Dates, Units, type Log, type Plan } from '../domain/index.js';
import * as Library from './library.js';
import * as Tag from './tag.js';
import * as Zone from './zone.js';

interface Set extends Log.LoggedSet {
  readonly note?: string | null;
  readonly rir?: number | null;
  readonly loggedAt?: string;
}

interface Session {
  readonly date: string;
  readonly sets: readonly Set[];
}

/**
 * Text cells a spreadsheet would run as a formula (=, +, -, @, tab or CR first): written with
 * a leading ' (OWASP's CSV-injection rule), so a note like =HYPERLINK(...) stays text.
 * Numbers are never touched: a negative number is a number. Papa's own default pattern
 * (/^[=+\-@\t\r].*$/) misses a cell with a line break, so the first character alone decides.
 */
const FORMULA = /^[=+\-@\t\r]/;

/** Loads to 0.01 in the export's unit: what a re-import reads back within 0.01. */
const round = (x: number) => Math.round(x * 100) / 100;

/** Options every CSV export takes. */
export interface CsvOptions {
  /** The time zone the lifter's clock shows (default the machine's). */
  readonly zone?: string;
  /** The lifter's own exercises' names as written (custom id -> name). */
  readonly names?: ReadonlyMap<string, string>;
}

/** A workout as the other apps have them: one start, its sets, and when the last one was. */
interface Workout {
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly sets: readonly Set[];
}

/** Sets logged more than this long after the one before start another workout. */
const NEW_WORKOUT_MS = 3 * 3600 * 1000;

/**
 * A day's sets as workouts, by when each was logged in the lifter's zone: sets imported
 * from one workout share its start time; sets logged here come minutes apart; a second
 * workout the same day starts hours after the first ended.
 */
function workouts(sessions: readonly Session[], zone: string): Workout[] {
  const out: Workout[] = [];
  for (const s of sessions) {
    let current: { date: string; start: string; end: string; sets: Set[]; last: number } | null =
      null;
    for (const set of s.sets) {
      const ms = set.loggedAt ? Date.parse(set.loggedAt) : NaN;
      const at = Number.isNaN(ms) ? { date: s.date, time: '12:00:00' } : Zone.local(ms, zone);
      const t = Number.isNaN(ms) ? 0 : ms;
      if (!current || t - current.last > NEW_WORKOUT_MS) {
        current = { date: s.date, start: at.time, end: at.time, sets: [], last: t };
        out.push(current);
      }
      current.sets.push(set);
      current.end = at.time;
      current.last = t;
    }
  }
  return out;
}

const minutes = (w: Workout) => {
  const [h1 = 0, m1 = 0] = w.start.split(':').map(Number);
  const [h2 = 0, m2 = 0] = w.end.split(':').map(Number);
  return Math.max(0, h2 * 60 + m2 - (h1 * 60 + m1));
};

/** Strong's set kinds, which the importer keeps as a note ("drop set", "to failure"). */
function kindOf(set: Set): { kind: 'normal' | 'warmup' | 'drop' | 'failure'; note: string | null } {
  if (set.warmup) return { kind: 'warmup', note: set.note ?? null };
  const m = /^(drop set|to failure)(?:; )?/.exec(set.note ?? '');
  if (!m) return { kind: 'normal', note: set.note ?? null };
  const rest = (set.note ?? '').slice(m[0].length);
  return { kind: m[1] === 'drop set' ? 'drop' : 'failure', note: rest || null };
}

/** The note with what the other app has no column for, tagged for a re-import (tag.ts). */
function noteOf(set: Set, note: string | null): string {
  return Tag.write(note, {
    side: set.side,
    holdSeconds: set.holdSeconds,
    clean: set.clean,
    band: set.band,
    rir: set.rir ?? null,
    felt: set.felt,
    track: set.track ?? null,
  });
}

/**
 * A timed or distance set's distance as these apps write it beside weights: kilometres for
 * a lifter in kilograms, miles for one in pounds; empty for sets of reps.
 */
const distanceIn = (set: Set, unit: Units.Unit): number | '' =>
  set.distanceM
    ? Math.round((set.distanceM / (unit === 'kg' ? 1000 : 1609.344)) * 100000) / 100000
    : '';

const nameIn = (
  app: 'strong' | 'hevy',
  ref: Catalogue.ExerciseRef,
  own: ReadonlyMap<string, string> | undefined,
) =>
  Catalogue.isExerciseId(ref)
    ? app === 'strong'
      ? Library.strongName(ref)
      : Library.hevyName(ref)
    : Catalogue.nameOf(ref, own);

/**
 * Strong's classic comma dialect: one workout per workout, its local start time and
 * duration, Strong's exercise names, W/D/F set kinds, loads in `unit` (no unit column), CRLF
 * line ends as Strong writes them.
 */
export function strongCsv(
  sessions: readonly Session[],
  unit: Units.Unit,
  opts: CsvOptions = {},
): string {
  const rows: (string | number)[][] = [];
  for (const w of workouts(sessions, opts.zone ?? Zone.machineZone())) {
    const order = new Map<string, number>();
    const mins = minutes(w);
    for (const set of w.sets) {
      const { kind, note } = kindOf(set);
      const n = (order.get(set.exercise) ?? 0) + (kind === 'warmup' ? 0 : 1);
      order.set(set.exercise, n);
      rows.push([
        `${w.date} ${w.start}`,
        'Thrust workout',
        mins > 0 ? `${Math.floor(mins / 60) ? `${Math.floor(mins / 60)}h ` : ''}${mins % 60}m` : '',
        nameIn('strong', set.exercise, opts.names),
        kind === 'warmup' ? 'W' : kind === 'drop' ? 'D' : kind === 'failure' ? 'F' : n,
        round(Units.valueIn(set.load, unit)),
        set.reps,
        distanceIn(set, unit),
        set.seconds ?? '',
        noteOf(set, note),
        '',
        set.rpe ?? '',
      ]);
    }
  }
  return Papa.unparse(
    {
      fields: [
        'Date',
        'Workout Name',
        'Duration',
        'Exercise Name',
        'Set Order',
        'Weight',
        'Reps',
        'Distance',
        'Seconds',
        'Notes',
        'Workout Notes',
        'RPE',
      ],
      data: rows,
    },
    { newline: '\r\n', escapeFormulae: FORMULA },
  );
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "8 Apr 2026, 16:50", as Hevy writes a time. */
function hevyTime(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}, ${time.slice(0, 5)}`;
}

const HEVY_KIND = { normal: 'normal', warmup: 'warmup', drop: 'dropset', failure: 'failure' };

/** Hevy's export columns: one workout per workout with its start and end, set types. */
export function hevyCsv(
  sessions: readonly Session[],
  unit: Units.Unit,
  opts: CsvOptions = {},
): string {
  const rows: (string | number)[][] = [];
  for (const w of workouts(sessions, opts.zone ?? Zone.machineZone())) {
    const index = new Map<string, number>();
    for (const set of w.sets) {
      const { kind, note } = kindOf(set);
      const i = index.get(set.exercise) ?? 0;
      index.set(set.exercise, i + 1);
      rows.push([
        'Thrust workout',
        hevyTime(w.date, w.start),
        hevyTime(w.date, w.end),
        '',
        nameIn('hevy', set.exercise, opts.names),
        '',
        noteOf(set, note).replace(/\n/g, '\\n'),
        i,
        HEVY_KIND[kind],
        round(Units.valueIn(set.load, unit)),
        set.reps || '',
        distanceIn(set, unit),
        set.seconds ?? '',
        set.rpe ?? '',
      ]);
    }
  }
  const weight = unit === 'kg' ? 'weight_kg' : 'weight_lbs';
  const distance = unit === 'kg' ? 'distance_km' : 'distance_miles';
  return Papa.unparse(
    {
      fields: [
        'title',
        'start_time',
        'end_time',
        'description',
        'exercise_title',
        'superset_id',
        'exercise_notes',
        'set_index',
        'set_type',
        weight,
        'reps',
        distance,
        'duration_seconds',
        'rpe',
      ],
      data: rows,
    },
    { newline: '\r\n', escapeFormulae: FORMULA },
  );
}

/** The plan's sessions from `from` on, as all-day iCalendar events with what to do. */
export function calendar(
  plan: Plan.Plan,
  from: Dates.IsoDate,
): { ok: true; value: string } | { ok: false; error: string } {
  const events: EventAttributes[] = plan.days
    .filter((d) => d.date >= from)
    .map((d) => {
      const [y = 0, m = 1, day = 1] = d.date.split('-').map(Number);
      const end = Dates.addDays(d.date, 1).split('-').map(Number);
      const lines = d.slots.map(
        (s) =>
          `${Catalogue.get(s.exercise).name}: ${s.sets} x ${s.reps.min === s.reps.max ? s.reps.min : `${s.reps.min}-${s.reps.max}`}${s.perSide ? ' each side' : ''}`,
      );
      return {
        uid: `${d.id}-${plan.start}@thrust`,
        start: [y, m, day],
        end: [end[0] ?? y, end[1] ?? m, end[2] ?? day],
        title: `Thrust: ${d.title} (week ${d.week})`,
        description: [
          ...lines,
          d.tests.length ? 'Sprint and jump tests first (R11).' : '',
          'Run `thrust today` for loads, plates and cues.',
        ]
          .filter(Boolean)
          .join('\n'),
        categories: ['Training'],
      } satisfies EventAttributes;
    });
  // RFC 5545 needs at least one component in a calendar: none is an answer, not a file.
  if (events.length === 0)
    return {
      ok: false,
      error: `the plan has no sessions from ${from} on; start the next plan first`,
    };
  const r = createEvents(events);
  return r.error || !r.value
    ? { ok: false, error: String(r.error ?? 'no calendar') }
    : { ok: true, value: r.value };
}

/**
 * A logged session as a Garmin FIT activity file (sport training, sub-sport strength
 * training) that Garmin Connect takes as an upload: one `set` message per set, with a rest
 * set between sets, and what FIT's set cannot hold in developer fields (fit-fields.ts).
 * FIT profile 21.217 (@garmin/fitsdk). Pure but for the SDK: the serial and zone come in.
 */
import { Utils } from '@garmin/fitsdk';
import { Catalogue, Units, type Log } from '../domain/index.js';
import { fitExercise, UNKNOWN_CATEGORY } from './fit-exercises.js';
import {
  fileId,
  fitString,
  MESG,
  SET_FIELDS,
  Writer,
  type Fields,
  type SetField,
} from './fit-fields.js';
import * as Zone from './zone.js';

export interface FitSet extends Log.LoggedSet {
  readonly rir?: number | null;
  readonly note?: string | null;
  /** When the set was logged: taken as its end. */
  readonly loggedAt: string;
}

export interface FitSession {
  readonly date: string;
  readonly sets: readonly FitSet[];
}

export interface ActivityOptions {
  /** The lifter's time zone, for the activity's local timestamp. */
  readonly zone: string;
  /** The lifter's own exercises' names as written (custom id -> name). */
  readonly names?: ReadonlyMap<string, string>;
  /** The file id's serial number (uint32z, not 0): the same for every file of one lifter. */
  readonly serial: number;
}

/** What the file holds beyond FIT's own fields, so that nothing goes unsaid. */
export interface ActivityReport {
  readonly date: string;
  /** Sets written as active sets (work and warm-up), and rest sets between them. */
  readonly sets: number;
  readonly restSets: number;
  /** Per developer field, how many sets carry it. */
  readonly developerFields: readonly { readonly field: string; readonly sets: number }[];
  /** Lifts FIT has no name for: category 'unknown' (65534), named in the 'exercise' field. */
  readonly unknown: readonly { readonly exercise: string; readonly sets: number }[];
  /** Lifts FIT has a category for but no name: written with the category alone. */
  readonly categoryOnly: readonly {
    readonly exercise: string;
    readonly category: string;
    readonly sets: number;
  }[];
  /** Sets of reps, which carry when they ended but no start or duration (not recorded). */
  readonly untimed: number;
  /** Notes cut to FIT's 255-byte string. */
  readonly cutNotes: number;
}

/** One set with its instants: its end (logged), and its start when its length is known. */
interface Timed {
  readonly set: FitSet;
  readonly end: number;
  readonly start: number | null;
}

function timed(sets: readonly FitSet[]): Timed[] {
  return sets
    .map((set, i) => ({ set, i, end: Date.parse(set.loggedAt) }))
    .sort((a, b) => a.end - b.end || a.i - b.i)
    .map(({ set, end }) => ({
      set,
      end,
      start: set.seconds && set.seconds > 0 ? end - set.seconds * 1000 : null,
    }));
}

/** Seconds `zone`'s clock is ahead of UTC at `ms`. */
function offsetSeconds(ms: number, zone: string): number {
  const { date, time } = Zone.local(ms, zone);
  return Math.round((Date.parse(`${date}T${time}Z`) - ms) / 1000);
}

class Tally {
  readonly #counts = new Map<string, { sets: number; extra?: string }>();
  add(key: string, extra?: string): void {
    const c = this.#counts.get(key);
    if (c) c.sets += 1;
    else this.#counts.set(key, { sets: 1, ...(extra !== undefined && { extra }) });
  }
  list(): [string, { sets: number; extra?: string }][] {
    return [...this.#counts];
  }
}

/** The developer fields of one set, by key, and the fields' names as tallied. */
function extras(
  set: FitSet,
  exerciseName: string | null,
  dev: Tally,
): { fields: Record<string, string | number>; cut: boolean } {
  const fields: Record<string, string | number> = {};
  let cut = false;
  const put = (f: SetField, v: string | number) => {
    fields[SET_FIELDS[f].num] = v;
    dev.add(SET_FIELDS[f].name);
  };
  if (set.side) put('side', set.side);
  if (set.holdSeconds !== null) put('hold', Math.round(set.holdSeconds));
  put('clean', set.clean ? 1 : 0);
  if (set.band) put('band', set.band);
  if (set.rpe !== null) put('rpe', set.rpe);
  if (set.rir != null) put('rir', set.rir);
  if (set.felt) put('felt', set.felt);
  if (set.warmup) put('warmup', 1);
  if (exerciseName !== null) put('exercise', fitString(exerciseName).text);
  if (set.distanceM) put('distance', set.distanceM);
  if (set.track) put('track', fitString(set.track).text);
  if (set.note) {
    const n = fitString(set.note);
    cut = n.cut;
    put('note', n.text);
  }
  return { fields, cut };
}

/** What one session's sets add to the report, counted as they are written. */
class Report {
  readonly dev = new Tally();
  readonly unknown = new Tally();
  readonly categoryOnly = new Tally();
  rests = 0;
  untimed = 0;
  cutNotes = 0;

  done(date: string, sets: number): ActivityReport {
    return {
      date,
      sets,
      restSets: this.rests,
      developerFields: this.dev.list().map(([field, c]) => ({ field, sets: c.sets })),
      unknown: this.unknown.list().map(([exercise, c]) => ({ exercise, sets: c.sets })),
      categoryOnly: this.categoryOnly
        .list()
        .map(([exercise, c]) => ({ exercise, category: c.extra ?? '', sets: c.sets })),
      untimed: this.untimed,
      cutNotes: this.cutNotes,
    };
  }
}

/**
 * The rest from the end of one set to the start of the next; with the next start unknown
 * (a set of reps), the rest has its start alone and ends (its timestamp) when the next set
 * was logged. null when the two share a time (sets imported from one workout).
 */
function restSet(previousEnd: number, next: Timed): Fields | null {
  if (next.end <= previousEnd) return null;
  const until = next.start !== null && next.start > previousEnd ? next.start : null;
  return {
    setType: 'rest',
    startTime: new Date(previousEnd),
    timestamp: new Date(until ?? next.end),
    duration: until === null ? undefined : (until - previousEnd) / 1000,
  };
}

/** One active set: FIT's own fields, and the rest in developer fields. */
function activeSet(s: Timed, names: ActivityOptions['names'], report: Report): Fields {
  const { set } = s;
  const loaded = set.load.value > 0;
  const fit = fitExercise(set.exercise, loaded);
  const name = Catalogue.nameOf(set.exercise, names);
  if (!fit) report.unknown.add(name);
  else if (fit.name === null) report.categoryOnly.add(name, fit.categoryName);
  const { fields, cut } = extras(set, !fit || fit.name === null ? name : null, report.dev);
  if (cut) report.cutNotes += 1;
  if (s.start === null && set.reps > 0) report.untimed += 1;
  return {
    setType: 'active',
    timestamp: new Date(s.end),
    startTime: s.start === null ? undefined : new Date(s.start),
    duration: s.start === null ? undefined : (s.end - s.start) / 1000,
    // A timed or distance set has no reps; FIT leaves the field out rather than 0.
    repetitions: set.reps > 0 || !(set.seconds || set.distanceM) ? set.reps : undefined,
    // Bodyweight and band-only sets carry no weight (the band is a developer field).
    weight: loaded ? Units.toKg(set.load) : undefined,
    weightDisplayUnit: set.load.unit === 'kg' ? 'kilogram' : 'pound',
    category: [fit ? fit.category : UNKNOWN_CATEGORY],
    categorySubtype: fit && fit.name !== null ? [fit.name] : undefined,
    developerFields: fields,
  };
}

/** The timer's stop, the one lap, the session and the activity, from `begin` to `end`. */
function summary(w: Writer, begin: number, end: number, zone: string): void {
  const elapsed = (end - begin) / 1000;
  w.write(MESG.event, { timestamp: new Date(end), event: 'timer', eventType: 'stopAll' });
  const span = {
    messageIndex: 0,
    timestamp: new Date(end),
    startTime: new Date(begin),
    totalElapsedTime: elapsed,
    totalTimerTime: elapsed,
    sport: 'training',
    subSport: 'strengthTraining',
  };
  w.write(MESG.lap, { ...span, event: 'lap', eventType: 'stop' });
  w.write(MESG.session, {
    ...span,
    event: 'session',
    eventType: 'stop',
    firstLapIndex: 0,
    numLaps: 1,
  });
  const local = Math.floor(end / 1000) + offsetSeconds(end, zone);
  w.write(MESG.activity, {
    timestamp: new Date(end),
    totalTimerTime: elapsed,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    // local_date_time: seconds since the FIT epoch (1989-12-31) on the lifter's clock.
    localTimestamp: local - Utils.FIT_EPOCH_MS / 1000,
  });
}

/** The session as FIT bytes, and what went where. */
export function activity(
  session: FitSession,
  opts: ActivityOptions,
): { bytes: Uint8Array; report: ActivityReport } {
  const sets = timed(session.sets);
  const last = sets[sets.length - 1];
  if (!last) throw new RangeError(`the session on ${session.date} has no sets`);
  const begin = Math.min(...sets.map((s) => s.start ?? s.end));
  const w = new Writer(true);
  w.write(MESG.fileId, fileId('activity', new Date(begin), opts.serial)).describe();
  w.write(MESG.event, { timestamp: new Date(begin), event: 'timer', eventType: 'start' });
  const report = new Report();
  let index = 0;
  let previousEnd: number | null = null;
  for (const s of sets) {
    const rest = previousEnd === null ? null : restSet(previousEnd, s);
    if (rest) {
      w.write(MESG.set, { messageIndex: index++, ...rest });
      report.rests += 1;
    }
    w.write(MESG.set, { messageIndex: index++, ...activeSet(s, opts.names, report) });
    previousEnd = s.end;
  }
  summary(w, begin, last.end, opts.zone);
  return { bytes: w.close(), report: report.done(session.date, sets.length) };
}

/** The report in a few lines a lifter can read. */
export function describe(r: ActivityReport): string[] {
  const together = Math.max(0, r.sets - 1 - r.restSets);
  const out = [
    `${r.date}: ${r.sets} set${r.sets === 1 ? '' : 's'}, ${r.restSets} rest${r.restSets === 1 ? '' : 's'} between them${together > 0 ? ` (${together} set${together === 1 ? ' was' : 's were'} logged at the same time as the one before: no rest between)` : ''}.`,
  ];
  if (r.developerFields.length > 0)
    out.push(
      `  In Thrust's developer fields: ${r.developerFields.map((f) => `${f.field} (${f.sets})`).join(', ')}.`,
    );
  for (const u of r.unknown)
    out.push(
      `  ${u.exercise}: no FIT exercise, written as category 'unknown' with its name (${u.sets} set${u.sets === 1 ? '' : 's'}).`,
    );
  for (const c of r.categoryOnly)
    out.push(
      `  ${c.exercise}: FIT has no name for it, written as category ${c.category} (${c.sets} set${c.sets === 1 ? '' : 's'}).`,
    );
  if (r.untimed > 0)
    out.push(
      `  ${r.untimed} set${r.untimed === 1 ? '' : 's'} of reps carry the time logged as their end, no start or duration: Thrust does not record when a set began.`,
    );
  if (r.cutNotes > 0)
    out.push(`  ${r.cutNotes} note${r.cutNotes === 1 ? ' was' : 's were'} cut to FIT's 255 bytes.`);
  return out;
}

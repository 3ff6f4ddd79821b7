/** Import from other apps, and export: the lifter's data comes and goes whole. */
import { createHash } from 'node:crypto';
import { Catalogue } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import * as Formats from '../formats/index.js';
import * as S from '../schemas/index.js';
import type { NewSet } from '../store/port.js';
import * as Export from '../formats/export.js';
import * as Tag from '../formats/tag.js';
import * as Zone from '../formats/zone.js';
import { backup } from './backup.js';
import { today, type Deps } from './deps.js';
import { snapshot } from './training.js';
import type { AppResult } from './errors.js';

export interface ImportInput {
  readonly text: string;
  readonly file: string;
  readonly units?: 'lb' | 'kg';
  readonly dateOrder?: 'dmy' | 'mdy';
  readonly dryRun?: boolean;
  /** Imported name -> exercise id, remembered for later imports. */
  readonly map?: Readonly<Record<string, string>>;
  /** Told how many sets are stored so far, as the import writes. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  readonly format: string;
  readonly dialect: string;
  readonly dryRun: boolean;
  readonly workouts: number;
  readonly sets: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Per imported name: where it goes and how many sets. */
  readonly exercises: readonly {
    name: string;
    exercise: Catalogue.ExerciseRef;
    mapped: 'catalogue' | 'yours' | 'custom';
    sets: number;
  }[];
  /** Rows that were not sets, with file:line and why. */
  readonly skipped: readonly string[];
  readonly warnings: readonly string[];
  /** What the import does (or would do, on a dry run) to what is stored. */
  readonly added: number;
  /** Stored from an earlier import of this app's export, and changed there (or the unit). */
  readonly updated: number;
  /** Imported from this app before, from the file's first day on, and no longer in its export. */
  readonly removed: number;
  readonly alreadyPresent: number;
  /** The same set is here already, logged here or imported from another app. */
  readonly elsewhere: number;
}

/**
 * A stable id per imported set, from the user and the set's place in the source (workout,
 * exercise appearance, set order), so importing the same or a newer export adds only what
 * is new.
 */
function importId(user: string, format: string, s: Formats.ImportedSet): string {
  const h = createHash('sha1')
    .update(
      JSON.stringify([
        user,
        format,
        s.date,
        s.time,
        s.workout,
        Catalogue.normalizeName(s.exerciseName),
        s.occurrence,
        s.index,
        s.kind,
      ]),
    )
    .digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const KIND_NOTE: Record<Formats.SetKind, string | null> = {
  normal: null,
  warmup: null,
  drop: 'drop set',
  failure: 'to failure',
};

export async function importFile(deps: Deps, input: ImportInput): Promise<AppResult<ImportReport>> {
  const mapped = new Map(await deps.store.mappings(deps.user));
  for (const [name, target] of Object.entries(input.map ?? {})) {
    const e = Catalogue.find(target);
    if (!e)
      return err({
        code: 'unknown-exercise',
        field: `--map ${name}`,
        name: target,
        suggestions: Catalogue.suggest(target),
      });
    mapped.set(Catalogue.normalizeName(name), e.id);
  }
  const profile = await deps.store.getProfile(deps.user);
  const parsed = Formats.read(input.text, input.file, {
    ...(input.units && { units: input.units }),
    ...(input.dateOrder && { dateOrder: input.dateOrder }),
    ...(profile && { lifterUnits: profile.units }),
    today: today(deps),
  });
  if (!parsed.ok) return err({ code: 'bad-file', ...parsed.error });
  const p = parsed.value;
  // The same typo guard as a set logged here (S.loggedLoad, S.loggedReps): nothing stored.
  for (const x of p.sets) {
    const bad = !S.loggedLoad.safeParse(x.load).success
      ? `a load of ${x.load.value} ${x.load.unit} is over 1500 lb (680 kg): check the number and the unit`
      : x.reps > 0 && !S.loggedReps.safeParse(x.reps).success
        ? `${x.reps} reps is more than 100: check the number`
        : null;
    if (bad)
      return err({ code: 'bad-file', file: input.file, line: x.line, column: null, message: bad });
  }

  const resolve = (
    name: string,
  ): { exercise: Catalogue.ExerciseRef; mapped: 'catalogue' | 'yours' | 'custom' } => {
    const own = mapped.get(Catalogue.normalizeName(name));
    if (own && Catalogue.isExerciseRef(own)) return { exercise: own, mapped: 'yours' };
    const found = Catalogue.find(name);
    return found
      ? { exercise: found.id, mapped: 'catalogue' }
      : { exercise: Catalogue.customId(name), mapped: 'custom' };
  };
  const names = new Map<
    string,
    {
      name: string;
      exercise: Catalogue.ExerciseRef;
      mapped: 'catalogue' | 'yours' | 'custom';
      sets: number;
    }
  >();
  const byDate = new Map<string, NewSet[]>();
  const zone = deps.zone ?? Zone.machineZone();
  // A workout's sets share its start: each time is turned into an instant once.
  const instants = new Map<string, string>();
  const instant = (date: string, time: string): string => {
    const key = `${date} ${time}`;
    let at = instants.get(key);
    if (at === undefined) {
      at = Zone.toInstant(date, time, zone);
      instants.set(key, at);
    }
    return at;
  };
  const workouts = new Set<string>();
  for (const s of p.sets) {
    const key = s.exerciseName;
    let n = names.get(key);
    if (!n) {
      n = { name: key, ...resolve(key), sets: 0 };
      names.set(key, n);
    }
    n.sets += 1;
    workouts.add(`${s.date} ${s.time ?? ''} ${s.workout ?? ''}`);
    const kindNote = KIND_NOTE[s.kind];
    // A Thrust export carries what the other app has no column for in a note tag.
    // A note a spreadsheet might run as a formula was written with a leading ' (export.ts).
    const { note, extra } = Tag.read(s.note?.replace(/^'(?=[=+\-@\t\r])/, '') ?? null);
    const set: NewSet = {
      id: importId(deps.user, p.format, s),
      exercise: n.exercise,
      load: s.load,
      reps: s.reps,
      side: extra?.side ?? null,
      holdSeconds: extra?.holdSeconds ?? null,
      // Other apps do not record form; R8's clean-form test is never assumed passed.
      clean: extra?.clean ?? false,
      band: extra?.band ?? null,
      rpe: s.rpe !== null && s.rpe >= 1 && s.rpe <= 10 ? s.rpe : null,
      rir: extra?.rir ?? null,
      felt: extra?.felt ?? null,
      note: [kindNote, note].filter(Boolean).join('; ') || null,
      warmup: s.kind === 'warmup',
      track: extra?.track ?? null,
      ...(s.seconds && { seconds: s.seconds }),
      ...(s.distanceM && { distanceM: s.distanceM }),
      // The file's times are the lifter's clock: stored as the instant they name.
      loggedAt: instant(s.date, s.time ?? '12:00'),
    };
    const list = byDate.get(s.date);
    if (list) list.push(set);
    else byDate.set(s.date, [set]);
  }
  const dates = [...byDate.keys()].sort();
  if (!input.dryRun) {
    for (const [name, target] of Object.entries(input.map ?? {})) {
      const e = Catalogue.find(target);
      if (e) await deps.store.saveMapping(deps.user, Catalogue.normalizeName(name), e.id);
    }
  }
  // Strong, Hevy and FitNotes export the whole history: what this app's earlier import
  // stored from the file's first day on and the file no longer has was deleted there (or
  // was read with another date order), so it goes.
  const r = await deps.store.importSets(
    deps.user,
    dates.map((date) => ({ date, sets: byDate.get(date) ?? [] })),
    {
      source: p.format,
      sync: true,
      dryRun: !!input.dryRun,
      ...(input.onProgress && { onProgress: input.onProgress }),
    },
  );
  return ok({
    format: p.format,
    dialect: p.dialect,
    dryRun: !!input.dryRun,
    workouts: workouts.size,
    sets: p.sets.length,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    exercises: [...names.values()].sort((a, b) => b.sets - a.sets),
    skipped: p.skipped.map(Formats.where),
    warnings: p.warnings,
    added: r.added,
    updated: r.updated,
    removed: r.removed,
    alreadyPresent: r.present,
    elsewhere: r.elsewhere,
  });
}

export const EXPORT_FORMATS = ['json', 'strong-csv', 'hevy-csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Everything in one of the export formats, with its media type and a file name. */
export async function exportAs(
  deps: Deps,
  format: ExportFormat,
): Promise<AppResult<{ text: string; contentType: string; filename: string }>> {
  const day = today(deps);
  if (format === 'json')
    return ok({
      text: `${JSON.stringify(await backup(deps), null, 2)}\n`,
      contentType: 'application/json',
      filename: `thrust-backup-${day}.json`,
    });
  const snap = await snapshot(deps);
  if (!snap.ok) return snap;
  const { sessions, profile, plan } = snap.value;
  if (format === 'ics') {
    const cal = Export.calendar(plan.plan, day);
    if (!cal.ok)
      return err({ code: 'invalid', field: 'format', message: `calendar: ${cal.error}` });
    return ok({
      text: cal.value,
      contentType: 'text/calendar',
      filename: `thrust-plan-${day}.ics`,
    });
  }
  const zone = { zone: deps.zone ?? Zone.machineZone() };
  const text =
    format === 'strong-csv'
      ? Export.strongCsv(sessions, profile.units, zone)
      : Export.hevyCsv(sessions, profile.units, zone);
  return ok({
    // Strong and Hevy end every line with CRLF, the last one too.
    text: `${text}\r\n`,
    contentType: 'text/csv',
    filename: `thrust-${format}-${day}.csv`,
  });
}

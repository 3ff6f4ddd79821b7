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
  /** The file in memory; or else `bytes`. */
  readonly text?: string;
  /**
   * The file's bytes, read twice a piece at a time, so that a file of any size is imported
   * in bounded memory.
   */
  readonly bytes?: () => Formats.Bytes;
  readonly file: string;
  readonly units?: 'lb' | 'kg';
  readonly dateOrder?: 'dmy' | 'mdy';
  readonly dryRun?: boolean;
  /** Imported name -> exercise id, remembered for later imports. */
  readonly map?: Readonly<Record<string, string>>;
  /** Told how many of the file's rows are stored so far, as the import writes. */
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
  /** Rows that were not sets, with file:line and why: the first thousand of them. */
  readonly skipped: readonly string[];
  /** How many rows were not sets, listed or not. */
  readonly skippedRows: number;
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
function importId(user: string, format: string, s: Formats.ImportedSet, key: string): string {
  const h = createHash('sha1')
    .update(
      JSON.stringify([user, format, s.date, s.time, s.workout, key, s.occurrence, s.index, s.kind]),
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

/**
 * Sets handed to the store at a time: whole days, this many or a few more. Small pages
 * keep memory flat: what a page allocates is collected young.
 */
const PAGE_SETS = 500;

/** The same typo guard as a set logged here (S.loggedLoad, S.loggedReps). */
function implausible(x: Formats.ImportedSet): string | null {
  if (!S.loggedLoad.safeParse(x.load).success)
    return `a load of ${x.load.value} ${x.load.unit} is over 1500 lb (680 kg): check the number and the unit`;
  if (x.reps > 0 && !S.loggedReps.safeParse(x.reps).success)
    return `${x.reps} reps is more than 100: check the number`;
  return null;
}

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
  const opened = await Formats.open(
    input.bytes ? { bytes: input.bytes } : { text: input.text ?? '' },
    input.file,
    {
      ...(input.units && { units: input.units }),
      ...(input.dateOrder && { dateOrder: input.dateOrder }),
      ...(profile && { lifterUnits: profile.units }),
      today: today(deps),
    },
  );
  if (!opened.ok) return err({ code: 'bad-file', ...opened.error });
  const file = opened.value;

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
  /** Each imported name's normalised form, for the ids. */
  const normal = new Map<string, string>();
  let setCount = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const toNew = (s: Formats.ImportedSet): NewSet => {
    const bad = implausible(s);
    if (bad) throw new Formats.RowError(Formats.problem(input.file, s.line, null, bad));
    const key = s.exerciseName;
    let n = names.get(key);
    if (!n) {
      n = { name: key, ...resolve(key), sets: 0 };
      names.set(key, n);
      normal.set(key, Catalogue.normalizeName(key));
    }
    n.sets += 1;
    setCount += 1;
    if (firstDate === null || s.date < firstDate) firstDate = s.date;
    if (lastDate === null || s.date > lastDate) lastDate = s.date;
    workouts.add(`${s.date} ${s.time ?? ''} ${s.workout ?? ''}`);
    const kindNote = KIND_NOTE[s.kind];
    // A Thrust export carries what the other app has no column for in a note tag.
    // A note a spreadsheet might run as a formula was written with a leading ' (export.ts).
    const { note, extra } = Tag.read(s.note?.replace(/^'(?=[=+\-@\t\r])/, '') ?? null);
    return {
      id: importId(deps.user, file.format, s, normal.get(key) ?? ''),
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
  };
  // The file's sets as days for the store, a page of whole days at a time: a day still
  // being read waits for the next page (exports list a day's sets together).
  async function* days(): AsyncGenerator<{ date: string; sets: NewSet[] }[]> {
    let byDate = new Map<string, NewSet[]>();
    let held = 0;
    let lastSeen: string | null = null;
    let rows = 0;
    for await (const page of file.pages()) {
      for (const s of page) {
        const list = byDate.get(s.date);
        if (list) list.push(toNew(s));
        else byDate.set(s.date, [toNew(s)]);
        lastSeen = s.date;
        held += 1;
      }
      rows += page.length;
      if (held < PAGE_SETS) continue;
      const open = lastSeen === null ? undefined : byDate.get(lastSeen);
      const out = [...byDate].filter(([date]) => date !== lastSeen);
      byDate = new Map(open && lastSeen !== null ? [[lastSeen, open]] : []);
      held = open?.length ?? 0;
      if (out.length > 0) yield out.map(([date, sets]) => ({ date, sets }));
      input.onProgress?.(Math.min(rows, file.rows), file.rows);
    }
    if (byDate.size > 0) yield [...byDate].map(([date, sets]) => ({ date, sets }));
    input.onProgress?.(file.rows, file.rows);
  }
  if (!input.dryRun) {
    for (const [name, target] of Object.entries(input.map ?? {})) {
      const e = Catalogue.find(target);
      if (e) await deps.store.saveMapping(deps.user, Catalogue.normalizeName(name), e.id);
    }
  }
  // Strong, Hevy and FitNotes export the whole history: what this app's earlier import
  // stored from the file's first day on and the file no longer has was deleted there (or
  // was read with another date order), so it goes. One transaction: a row that cannot be
  // read stops the import with nothing stored.
  let r;
  try {
    r = await deps.store.importSets(deps.user, days(), {
      source: file.format,
      sync: true,
      dryRun: !!input.dryRun,
    });
  } catch (e) {
    if (e instanceof Formats.RowError) return err({ code: 'bad-file', ...e.problem });
    throw e;
  }
  // The lifter's own exercises keep their names as written (the first spelling stays).
  if (!input.dryRun) {
    const own = new Map<string, string>();
    for (const n of names.values())
      if (n.mapped === 'custom' && !own.has(n.exercise)) own.set(n.exercise, n.name);
    await deps.store.nameExercises(
      deps.user,
      [...own].map(([exercise, name]) => ({ exercise, name })),
    );
  }
  return ok({
    format: file.format,
    dialect: file.dialect,
    dryRun: !!input.dryRun,
    workouts: workouts.size,
    sets: setCount,
    firstDate,
    lastDate,
    exercises: [...names.values()].sort((a, b) => b.sets - a.sets),
    skipped: file.skipped().map(Formats.where),
    skippedRows: file.skipped().length + file.skippedMore(),
    warnings: [...file.warnings()],
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
  const opts = {
    zone: deps.zone ?? Zone.machineZone(),
    names: await deps.store.exerciseNames(deps.user),
  };
  const text =
    format === 'strong-csv'
      ? Export.strongCsv(sessions, profile.units, opts)
      : Export.hevyCsv(sessions, profile.units, opts);
  return ok({
    // Strong and Hevy end every line with CRLF, the last one too.
    text: `${text}\r\n`,
    contentType: 'text/csv',
    filename: `thrust-${format}-${day}.csv`,
  });
}

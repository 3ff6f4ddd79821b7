/** The lossless backup: everything a user has, written and read back whole (restore). */
import { setImmediate as turn } from 'node:timers/promises';
import * as z from 'zod';
import { err, ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import type { Backup } from '../store/port.js';
import type { Deps } from './deps.js';
import { MAX_DEPTH, readBackupText } from './backup-read.js';
import type { AppResult } from './errors.js';
import { parse } from './validate.js';

/** The backup format: versioned so a later Thrust can read an older file. */
export const BACKUP_FORMAT = 'thrust-backup';
export const BACKUP_VERSION = 1;

export async function backup(
  deps: Deps,
): Promise<Backup & { format: string; version: number; exportedAt: string }> {
  const { store, user } = deps;
  const mappings = await store.mappings(user);
  const photos = await store.photos(user);
  const photoFiles = [];
  for (const p of photos) {
    const f = await store.photoFile(user, p.id);
    if (f)
      photoFiles.push({
        photoId: p.id,
        contentType: f.contentType,
        base64: Buffer.from(f.bytes).toString('base64'),
      });
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: deps.now().toISOString(),
    profile: await store.getProfile(user),
    plans: await store.plans(user),
    sessions: await store.sessions(user),
    measurements: await store.measurements(user),
    tests: await store.tests(user),
    photos,
    photoFiles,
    mappings: [...mappings].map(([name, exercise]) => ({ name, exercise })),
    exerciseNames: [...(await store.exerciseNames(user))].map(([exercise, name]) => ({
      exercise,
      name,
    })),
  };
}

/** The openweight workout-log schema, whose set vocabulary the descriptions below map to. */
const OPENWEIGHT = 'openweight (https://openweight.org/schemas/workout-log.schema.json, SetLog)';

const storedSet = z
  .object({
    id: z.string().min(1).describe('The set’s id: a UUID, or a hash of its place in an import'),
    sessionId: z.string(),
    seq: z.number().int().positive().describe('Its order in the session, from 1'),
    exercise: S.exerciseRef.describe(
      'Thrust’s exercise id: a catalogue id (barbell-hip-thrust), or custom:<key> for the lifter’s own, named in exerciseNames. openweight names the exercise by exercise.name instead',
    ),
    load: S.load.describe(
      'The load as entered, never converted: value is openweight’s weight and unit its unit (kg or lb); 0 for an unloaded set',
    ),
    reps: z.number().int().nonnegative().describe('Repetitions done: openweight’s reps'),
    side: S.side.nullable().describe('Thrust’s own: the side of a single-sided set, else null'),
    holdSeconds: z
      .number()
      .nullable()
      .describe(
        'Thrust’s own: the pause held at the top of each rep, in seconds (not openweight’s durationSeconds, the time of the whole set)',
      ),
    clean: z.boolean().describe('Thrust’s own: every rep with clean form (R8 counts these)'),
    band: S.bandLevel.nullable().describe('Thrust’s own: the band worn, if any'),
    rpe: z.number().nullable().describe('Rate of perceived exertion, 1-10: openweight’s rpe'),
    rir: z.number().int().nullable().describe('Reps in reserve: openweight’s rir'),
    felt: S.felt.nullable().describe('Thrust’s own: where the lifter felt the set most'),
    note: z.string().nullable().describe('The set’s note: openweight’s notes'),
    warmup: z
      .boolean()
      .describe('A warm-up set: openweight’s type "warmup" when true, "working" when false'),
    /** Backups written before plans had ids on sessions (format version 1) lack these. */
    track: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'Thrust’s own: the plan track the set answers (barbell-hip-thrust/heavy), when known',
      ),
    /** Timed and distance sets only. */
    seconds: z
      .number()
      .positive()
      .nullable()
      .optional()
      .describe('The time of a timed set: openweight’s durationSeconds'),
    distanceM: z
      .number()
      .positive()
      .nullable()
      .optional()
      .describe('The distance of a carry or sled set: openweight’s distance with distanceUnit "m"'),
    loggedAt: z.string().describe('When the set was logged, an ISO 8601 instant'),
  })
  .describe(
    `One logged set. Fields that overlap the set vocabulary of ${OPENWEIGHT} say which field they are; Thrust’s own (side, holdSeconds, clean, band, felt, track) sit beside them. Thrust keeps no restSeconds, tempo, toFailure or supersetId.`,
  );

/** One session of a backup: checked a page of sessions at a time (checkBackup). */
const backupSession = z
  .object({
    id: z.string(),
    date: S.isoDate,
    planId: z.string().nullable().default(null),
    dayId: z.string().nullable(),
    sets: z.array(storedSet),
  })
  .describe(
    'One training day: openweight’s WorkoutLog, whose date is an instant where this is a day; its sets, in order, group into openweight’s exercises by exercise',
  );

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT).describe('Always "thrust-backup"'),
    version: z
      .literal(BACKUP_VERSION)
      .describe('The format’s version: a new one whenever the structure below changes'),
    exportedAt: z.string(),
    profile: S.profile.nullable(),
    plans: z.array(z.object({ id: z.string(), createdAt: z.string(), plan: S.plan })),
    sessions: z.array(backupSession),
    measurements: z.array(
      z.object({
        id: z.string(),
        date: S.isoDate,
        kind: z.string(),
        value: z.number(),
        unit: z.string(),
        note: z.string().nullable(),
      }),
    ),
    tests: z.array(
      z.object({
        id: z.string(),
        date: S.isoDate,
        kind: z.enum(['sprint', 'vertical-jump']),
        value: z.number(),
        unit: z.enum(['s', 'cm', 'in']),
        distanceM: z.number().nullable(),
        note: z.string().nullable(),
      }),
    ),
    photos: z.array(
      z.object({ id: z.string(), date: S.isoDate, path: z.string(), note: z.string().nullable() }),
    ),
    photoFiles: z
      .array(z.object({ photoId: z.string(), contentType: z.string(), base64: z.base64() }))
      .optional(),
    mappings: z.array(z.object({ name: z.string(), exercise: z.string() })),
    exerciseNames: z
      .array(z.object({ exercise: z.string(), name: z.string().min(1).max(200) }))
      .optional(),
  })
  .describe(
    `Everything one lifter has in Thrust, as thrust export and GET /api/v1/export write it and restore reads it back: profile, plans, sessions of sets, measurements, tests, photos. Set fields follow ${OPENWEIGHT} where they overlap.`,
  );

export type BackupValue = z.infer<typeof backupSchema>;

/**
 * Check a backup read by readBackupText against the schema: its top-level fields, then its
 * sessions a page at a time with a turn of the event loop between pages, so a server checking
 * a large backup keeps answering everyone else.
 */
export async function checkBackup(
  read: { rest: unknown; sessions: unknown[] },
  file: string,
): Promise<AppResult<BackupValue>> {
  const top = parse(backupSchema, read.rest, file);
  if (!top.ok) return top;
  const sessions: BackupValue['sessions'] = [...top.value.sessions];
  let since = 0;
  for (const [i, s] of read.sessions.entries()) {
    const one = parse(backupSession, s, `${file}.sessions.${i + top.value.sessions.length}`);
    if (!one.ok) return one;
    sessions.push(one.value);
    since += one.value.sets.length + 1;
    if (since > 1000) {
      since = 0;
      await turn();
    }
  }
  return ok({ ...top.value, sessions });
}

/** Restore a backup's text into a database where this user has nothing yet. */
export async function restore(
  deps: Deps,
  text: string,
  file: string,
): Promise<AppResult<{ sessions: number; sets: number }>> {
  const read = await readBackupText(text);
  if (read.kind !== 'ok')
    return err({
      code: 'bad-file',
      file,
      line: 1,
      column: null,
      message:
        read.kind === 'syntax'
          ? `not JSON: ${read.message}`
          : `nested more than ${MAX_DEPTH} levels deep; a backup nests a few`,
    });
  const b = await checkBackup(read, file);
  if (!b.ok) return b;
  return restoreChecked(deps, b.value);
}

/** Restore a checked backup into a user with nothing yet: one transaction, all or nothing. */
export async function restoreChecked(
  deps: Deps,
  backup: BackupValue,
): Promise<AppResult<{ sessions: number; sets: number }>> {
  const b = { value: backup };
  const has =
    (await deps.store.sessions(deps.user)).length > 0 ||
    (await deps.store.getProfile(deps.user)) !== null;
  if (has)
    return err({
      code: 'not-empty',
      message:
        'There is data here already: restore into an empty database (thrust --db NEW_FILE restore) or a new account, so nothing is mixed or overwritten.',
    });
  try {
    await deps.store.restore(deps.user, b.value);
  } catch (e) {
    // The restore is one transaction, so a clash leaves nothing behind.
    if (!/unique|duplicate/i.test((e as Error).message)) throw e;
    return err({
      code: 'not-empty',
      message:
        'Some ids in this backup cannot be used here, so nothing was restored: restore it into a new database (thrust --db NEW_FILE restore).',
    });
  }
  return ok({
    sessions: b.value.sessions.length,
    sets: b.value.sessions.reduce((n, s) => n + s.sets.length, 0),
  });
}

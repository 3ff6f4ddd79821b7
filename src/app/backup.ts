/** The lossless backup: everything a user has, written and read back whole (restore). */
import * as z from 'zod';
import { err, ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import type { Backup } from '../store/port.js';
import type { Deps } from './deps.js';
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

const storedSet = z.object({
  id: z.string().min(1),
  sessionId: z.string(),
  seq: z.number().int().positive(),
  exercise: S.exerciseRef,
  load: S.load,
  reps: z.number().int().nonnegative(),
  side: S.side.nullable(),
  holdSeconds: z.number().nullable(),
  clean: z.boolean(),
  band: S.bandLevel.nullable(),
  rpe: z.number().nullable(),
  rir: z.number().int().nullable(),
  felt: S.felt.nullable(),
  note: z.string().nullable(),
  warmup: z.boolean(),
  /** Backups written before plans had ids on sessions (format version 1) lack these. */
  track: z.string().nullable().default(null),
  /** Timed and distance sets only. */
  seconds: z.number().positive().nullable().optional(),
  distanceM: z.number().positive().nullable().optional(),
  loggedAt: z.string(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  profile: S.profile.nullable(),
  plans: z.array(z.object({ id: z.string(), createdAt: z.string(), plan: S.plan })),
  sessions: z.array(
    z.object({
      id: z.string(),
      date: S.isoDate,
      planId: z.string().nullable().default(null),
      dayId: z.string().nullable(),
      sets: z.array(storedSet),
    }),
  ),
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
});

/** Restore a backup into a database where this user has nothing yet. */
export async function restore(
  deps: Deps,
  text: string,
  file: string,
): Promise<AppResult<{ sessions: number; sets: number }>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err({
      code: 'bad-file',
      file,
      line: 1,
      column: null,
      message: `not JSON: ${(e as Error).message}`,
    });
  }
  const b = parse(backupSchema, json, file);
  if (!b.ok) return b;
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

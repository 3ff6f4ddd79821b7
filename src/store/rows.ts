/**
 * Rows and domain values, both ways: the one place each table's columns are written from
 * a value, and read back (through zod) into one.
 */
import type { Selectable } from 'kysely';
import * as z from 'zod';
import * as S from '../schemas/index.js';
import type {
  Measurement,
  NewSet,
  PerformanceTest,
  Photo,
  SetPatch,
  StoredSet,
  UserId,
} from './port.js';
import type { MeasurementsTable, PerformanceTestsTable, PhotosTable, SetsTable } from './schema.js';

const setRowSchema = z.object({
  id: z.string(),
  session_id: z.string(),
  seq: z.coerce.number().int(),
  exercise: S.exerciseRef,
  load_value: z.coerce.number().nonnegative(),
  load_unit: S.unit,
  reps: z.coerce.number().int(),
  side: S.side.nullable(),
  hold_seconds: z.coerce.number().nullable(),
  clean: z.coerce.number(),
  band: S.bandLevel.nullable(),
  rpe: z.coerce.number().nullable(),
  rir: z.coerce.number().int().nullable(),
  felt: S.felt.nullable(),
  note: z.string().nullable(),
  warmup: z.coerce.number(),
  track: z.string().nullable().default(null),
  seconds: z.coerce.number().nullable().default(null),
  distance_m: z.coerce.number().nullable().default(null),
  logged_at: z.string(),
});

export function toSet(row: Selectable<SetsTable>): StoredSet {
  const r = setRowSchema.parse(row);
  return {
    id: r.id,
    sessionId: r.session_id,
    seq: r.seq,
    exercise: r.exercise,
    load: { value: r.load_value, unit: r.load_unit },
    reps: r.reps,
    side: r.side,
    holdSeconds: r.hold_seconds,
    clean: r.clean !== 0,
    band: r.band,
    rpe: r.rpe,
    rir: r.rir,
    felt: r.felt,
    note: r.note,
    warmup: r.warmup !== 0,
    track: r.track,
    // Only timed and distance sets carry these: sets of reps read as they always have.
    ...(r.seconds !== null && { seconds: r.seconds }),
    ...(r.distance_m !== null && { distanceM: r.distance_m }),
    loggedAt: r.logged_at,
  };
}

/** The row for a set; the one place a NewSet becomes columns. */
export function setRow(user: UserId, sessionId: string, seq: number, set: NewSet): SetsTable {
  return {
    id: set.id,
    user_id: user,
    session_id: sessionId,
    seq,
    exercise: set.exercise,
    load_value: set.load.value,
    load_unit: set.load.unit,
    reps: set.reps,
    side: set.side,
    hold_seconds: set.holdSeconds,
    clean: set.clean ? 1 : 0,
    band: set.band,
    rpe: set.rpe,
    rir: set.rir,
    felt: set.felt,
    note: set.note,
    warmup: set.warmup ? 1 : 0,
    track: set.track ?? null,
    source: set.source ?? null,
    seconds: set.seconds ?? null,
    distance_m: set.distanceM ?? null,
    logged_at: set.loggedAt,
  };
}

export function setColumns(s: SetPatch): Partial<SetsTable> {
  const out: Partial<SetsTable> = {};
  if (s.load !== undefined) {
    out.load_value = s.load.value;
    out.load_unit = s.load.unit;
  }
  if (s.reps !== undefined) out.reps = s.reps;
  if (s.side !== undefined) out.side = s.side;
  if (s.holdSeconds !== undefined) out.hold_seconds = s.holdSeconds;
  if (s.clean !== undefined) out.clean = s.clean ? 1 : 0;
  if (s.band !== undefined) out.band = s.band;
  if (s.rpe !== undefined) out.rpe = s.rpe;
  if (s.rir !== undefined) out.rir = s.rir;
  if (s.felt !== undefined) out.felt = s.felt;
  if (s.note !== undefined) out.note = s.note;
  if (s.warmup !== undefined) out.warmup = s.warmup ? 1 : 0;
  if (s.track !== undefined) out.track = s.track;
  return out;
}

export const measurementRow = z.object({
  id: z.string(),
  date: S.isoDate,
  kind: z.string(),
  value: z.coerce.number(),
  unit: z.string(),
  note: z.string().nullable(),
});
const testRow = measurementRow.extend({
  kind: z.enum(['sprint', 'vertical-jump']),
  unit: z.enum(['s', 'cm', 'in']),
  distance_m: z.coerce.number().nullable(),
});

export function measurementRowOf(user: UserId, m: Measurement): MeasurementsTable {
  return {
    id: m.id,
    user_id: user,
    date: m.date,
    kind: m.kind,
    value: m.value,
    unit: m.unit,
    note: m.note,
  };
}

export function testRowOf(user: UserId, t: PerformanceTest): PerformanceTestsTable {
  return {
    id: t.id,
    user_id: user,
    date: t.date,
    kind: t.kind,
    value: t.value,
    unit: t.unit,
    distance_m: t.distanceM,
    note: t.note,
  };
}

export function toTest(row: unknown): PerformanceTest {
  const t = testRow.parse(row);
  return {
    id: t.id,
    date: t.date,
    kind: t.kind,
    value: t.value,
    unit: t.unit,
    distanceM: t.distance_m,
    note: t.note,
  };
}

export function photoRowOf(user: UserId, p: Photo): PhotosTable {
  return { id: p.id, user_id: user, date: p.date, path: p.path, note: p.note };
}

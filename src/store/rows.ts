/**
 * Rows and domain values, both ways: the one place each table's columns are written from
 * a value, and read back (through zod) into one.
 */
import type { Selectable } from 'kysely';
import * as z from 'zod';
import { Catalogue, Log, type Units } from '../domain/index.js';
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

const UNITS = new Set<string>(['lb', 'kg'] satisfies Units.Unit[]);
const SIDES = new Set<string | null>(['left', 'right', null] satisfies StoredSet['side'][]);
const BANDS = new Set<string | null>([
  'light',
  'medium',
  'heavy',
  null,
] satisfies StoredSet['band'][]);
const FELT = new Set<string | null>([...Log.FELT, null]);
/** A number column read as a number, NULL as null (PostgreSQL gives some as text). */
export const num = (v: unknown): number | null =>
  v === null || v === undefined ? null : Number(v);
/** One of the units a load column may hold. */
export const isUnit = (u: string): u is Units.Unit => UNITS.has(u);
/** One of the values a side column may hold. */
export const isSide = (s: string | null): s is StoredSet['side'] => SIDES.has(s);

/**
 * A stored set from its row. Read on every log and every chart, so it is checked by hand
 * rather than through zod (which cost a tenth of a write's time): the columns that hold one
 * of a few words are checked against them, an exercise id against the catalogue (and read as
 * the lift it now names, `Catalogue.canonical`), and anything else throws naming the column.
 */
export function toSet(row: Selectable<SetsTable>): StoredSet {
  const bad = (column: string, value: unknown) =>
    new Error(`set ${row.id}: column ${column} holds ${JSON.stringify(value)}`);
  if (!Catalogue.isExerciseRef(row.exercise)) throw bad('exercise', row.exercise);
  if (!isUnit(row.load_unit)) throw bad('load_unit', row.load_unit);
  if (!isSide(row.side)) throw bad('side', row.side);
  if (!BANDS.has(row.band)) throw bad('band', row.band);
  if (!FELT.has(row.felt)) throw bad('felt', row.felt);
  const seconds = num(row.seconds);
  const distance = num(row.distance_m);
  return {
    id: row.id,
    sessionId: row.session_id,
    seq: Number(row.seq),
    exercise: Catalogue.canonical(row.exercise),
    load: { value: Number(row.load_value), unit: row.load_unit },
    reps: Number(row.reps),
    side: row.side,
    holdSeconds: num(row.hold_seconds),
    clean: Number(row.clean) !== 0,
    band: row.band as StoredSet['band'],
    rpe: num(row.rpe),
    rir: num(row.rir),
    felt: row.felt as StoredSet['felt'],
    note: row.note,
    warmup: Number(row.warmup) !== 0,
    track: row.track ?? null,
    // Only timed and distance sets carry these: sets of reps read as they always have.
    ...(seconds !== null && { seconds }),
    ...(distance !== null && { distanceM: distance }),
    loggedAt: row.logged_at,
  };
}

/**
 * Every column of a set row, in one order, for statements that list them (the log's insert,
 * the import's prepared insert on SQLite). Checked to be all of them: a column added to the
 * table and missed here is a type error, not a field an import silently drops (as `track`
 * once was).
 */
export const SET_COLUMNS = [
  'id',
  'user_id',
  'session_id',
  'seq',
  'exercise',
  'load_value',
  'load_unit',
  'reps',
  'side',
  'hold_seconds',
  'clean',
  'band',
  'rpe',
  'rir',
  'felt',
  'note',
  'warmup',
  'track',
  'source',
  'seconds',
  'distance_m',
  'logged_at',
] as const satisfies readonly (keyof SetsTable)[];
const everyColumn: [Exclude<keyof SetsTable, (typeof SET_COLUMNS)[number]>] extends [never]
  ? true
  : never = true;
void everyColumn;

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

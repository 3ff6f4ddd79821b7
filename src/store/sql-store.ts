/**
 * The Store over Kysely: every query of both adapters lives here, visible, and scoped by
 * user. Engine differences are in engine.ts and the adapters' open functions.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import * as z from 'zod';
import * as S from '../schemas/index.js';
import { writeTx, type Engine } from './engine.js';
import type {
  Backup,
  Measurement,
  NewSet,
  PerformanceTest,
  Photo,
  SetPatch,
  Store,
  StoredPlan,
  StoredSession,
  StoredSet,
  UserId,
} from './port.js';
import type { Database, SetsTable } from './schema.js';

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
  logged_at: z.string(),
});

function toSet(row: Selectable<SetsTable>): StoredSet {
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
    loggedAt: r.logged_at,
  };
}

/** The row for a set; the one place a NewSet becomes columns. */
function setRow(user: UserId, sessionId: string, seq: number, set: NewSet): SetsTable {
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
    logged_at: set.loggedAt,
  };
}

/**
 * Rows per INSERT: 1,800 rows x 18 columns = 32,400 parameters, under SQLite's 32,766 and
 * PostgreSQL's 65,535. Fewer, larger statements are what make imports fast.
 */
const BATCH = 1800;

function setColumns(s: SetPatch): Partial<SetsTable> {
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
  return out;
}

const measurementRow = z.object({
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

/**
 * An engine's faster way to write many set rows inside the current transaction, when it has
 * one (SQLite: one prepared statement run per row, no SQL text to build for each batch).
 */
export type InsertSets = (rows: readonly SetsTable[], user: UserId) => void;

export function sqlStore(
  db: Kysely<Database>,
  engine: Engine,
  onClose: () => Promise<void>,
  insertSets?: InsertSets,
): Store {
  const now = () => new Date().toISOString();

  async function sessionsOf(user: UserId, since?: string): Promise<StoredSession[]> {
    let q = db.selectFrom('sessions').selectAll().where('user_id', '=', user);
    if (since) q = q.where('date', '>=', since);
    const sessions = await q.orderBy('date').execute();
    let sq = db
      .selectFrom('sets')
      .innerJoin('sessions', 'sessions.id', 'sets.session_id')
      .selectAll('sets')
      .where('sets.user_id', '=', user);
    if (since) sq = sq.where('sessions.date', '>=', since);
    const sets = await sq.orderBy('sets.session_id').orderBy('sets.seq').execute();
    const bySession = new Map<string, StoredSet[]>();
    for (const row of sets) {
      const s = toSet(row);
      bySession.set(s.sessionId, [...(bySession.get(s.sessionId) ?? []), s]);
    }
    return sessions.map((s) => ({
      id: s.id,
      date: s.date,
      dayId: s.day_id,
      sets: bySession.get(s.id) ?? [],
    }));
  }

  async function getSet(user: UserId, id: string): Promise<StoredSet | null> {
    const row = await db
      .selectFrom('sets')
      .selectAll()
      .where('user_id', '=', user)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toSet(row) : null;
  }

  return {
    engine,

    async user(name) {
      const found = await db
        .selectFrom('users')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirst();
      if (found) return found.id;
      await db
        .insertInto('users')
        .values({ id: randomUUID(), name, created_at: now() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('users')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async getProfile(user) {
      const row = await db
        .selectFrom('profiles')
        .select('data')
        .where('user_id', '=', user)
        .executeTakeFirst();
      return row ? S.profile.parse(JSON.parse(row.data)) : null;
    },

    async saveProfile(user, profile) {
      const data = JSON.stringify(profile);
      await db
        .insertInto('profiles')
        .values({ user_id: user, data, updated_at: now() })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ data, updated_at: now() }))
        .execute();
    },

    async activePlan(user) {
      const row = await db
        .selectFrom('plans')
        .selectAll()
        .where('user_id', '=', user)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row
        ? { id: row.id, createdAt: row.created_at, plan: S.plan.parse(JSON.parse(row.data)) }
        : null;
    },

    async savePlan(user, plan): Promise<StoredPlan> {
      return writeTx(db, engine, async (trx) => {
        // Lock the user row so two plans saved at once get distinct numbers.
        if (engine === 'postgres') {
          await trx.selectFrom('users').select('id').where('id', '=', user).forUpdate().execute();
        }
        const max = await trx
          .selectFrom('plans')
          .select((eb) => eb.fn.max('seq').as('m'))
          .where('user_id', '=', user)
          .executeTakeFirst();
        const stored = { id: randomUUID(), createdAt: now(), plan };
        await trx
          .insertInto('plans')
          .values({
            id: stored.id,
            user_id: user,
            seq: Number(max?.m ?? 0) + 1,
            created_at: stored.createdAt,
            data: JSON.stringify(plan),
          })
          .execute();
        return stored;
      });
    },

    sessions: sessionsOf,

    async logSets(user, session, sets) {
      return writeTx(db, engine, async (trx) => {
        await trx
          .insertInto('sessions')
          .values({
            id: randomUUID(),
            user_id: user,
            date: session.date,
            day_id: session.dayId,
            created_at: now(),
          })
          .onConflict((oc) => oc.columns(['user_id', 'date']).doNothing())
          .execute();
        // The session row is the lock that orders concurrent writers' set numbers
        // (SQLite already holds the database write lock from BEGIN IMMEDIATE).
        const q = trx
          .selectFrom('sessions')
          .select(['id', 'day_id'])
          .where('user_id', '=', user)
          .where('date', '=', session.date);
        const s = await (engine === 'postgres' ? q.forUpdate() : q).executeTakeFirstOrThrow();
        if (s.day_id === null && session.dayId !== null) {
          await trx
            .updateTable('sessions')
            .set({ day_id: session.dayId })
            .where('id', '=', s.id)
            .execute();
        }
        const max = await trx
          .selectFrom('sets')
          .select((eb) => eb.fn.max('seq').as('m'))
          .where('session_id', '=', s.id)
          .executeTakeFirst();
        let seq = Number(max?.m ?? 0);
        const stored: StoredSet[] = [];
        for (const set of sets) {
          const existing = await trx
            .selectFrom('sets')
            .selectAll()
            .where('id', '=', set.id)
            .executeTakeFirst();
          if (existing) {
            if (existing.user_id !== user) throw new Error('set id collision across users');
            stored.push(toSet(existing));
            continue;
          }
          seq += 1;
          const row = setRow(user, s.id, seq, set);
          await trx.insertInto('sets').values(row).execute();
          stored.push(toSet(row));
        }
        return stored;
      });
    },

    getSet,

    async updateSet(user, id, patch) {
      const cols = setColumns(patch);
      if (Object.keys(cols).length > 0) {
        await db
          .updateTable('sets')
          .set(cols)
          .where('user_id', '=', user)
          .where('id', '=', id)
          .execute();
      }
      return getSet(user, id);
    },

    async deleteSet(user, id) {
      return writeTx(db, engine, async (trx) => {
        const row = await trx
          .selectFrom('sets')
          .select('session_id')
          .where('user_id', '=', user)
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return false;
        await trx.deleteFrom('sets').where('id', '=', id).execute();
        const left = await trx
          .selectFrom('sets')
          .select('id')
          .where('session_id', '=', row.session_id)
          .limit(1)
          .executeTakeFirst();
        if (!left) await trx.deleteFrom('sessions').where('id', '=', row.session_id).execute();
        return true;
      });
    },

    async lastSet(user) {
      const row = await db
        .selectFrom('sets')
        .selectAll()
        .where('user_id', '=', user)
        .orderBy('logged_at', 'desc')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toSet(row) : null;
    },

    async addMeasurement(user, m: Measurement) {
      await db
        .insertInto('measurements')
        .values({
          id: m.id,
          user_id: user,
          date: m.date,
          kind: m.kind,
          value: m.value,
          unit: m.unit,
          note: m.note,
        })
        .execute();
    },

    async measurements(user, kind) {
      let q = db
        .selectFrom('measurements')
        .select(['id', 'date', 'kind', 'value', 'unit', 'note'])
        .where('user_id', '=', user);
      if (kind) q = q.where('kind', '=', kind);
      const rows = await q.orderBy('date').orderBy('id').execute();
      return rows.map((r) => measurementRow.parse(r));
    },

    async addTest(user, t: PerformanceTest) {
      await db
        .insertInto('performance_tests')
        .values({
          id: t.id,
          user_id: user,
          date: t.date,
          kind: t.kind,
          value: t.value,
          unit: t.unit,
          distance_m: t.distanceM,
          note: t.note,
        })
        .execute();
    },

    async tests(user) {
      const rows = await db
        .selectFrom('performance_tests')
        .select(['id', 'date', 'kind', 'value', 'unit', 'distance_m', 'note'])
        .where('user_id', '=', user)
        .orderBy('date')
        .orderBy('id')
        .execute();
      return rows.map((r) => {
        const t = testRow.parse(r);
        return {
          id: t.id,
          date: t.date,
          kind: t.kind,
          value: t.value,
          unit: t.unit,
          distanceM: t.distance_m,
          note: t.note,
        };
      });
    },

    async addPhoto(user, p: Photo) {
      await db
        .insertInto('photos')
        .values({ id: p.id, user_id: user, date: p.date, path: p.path, note: p.note })
        .execute();
    },

    async photos(user) {
      return db
        .selectFrom('photos')
        .select(['id', 'date', 'path', 'note'])
        .where('user_id', '=', user)
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    async mappings(user) {
      const rows = await db
        .selectFrom('exercise_mappings')
        .select(['name', 'exercise'])
        .where('user_id', '=', user)
        .execute();
      return new Map(rows.map((r) => [r.name, r.exercise]));
    },

    async saveMapping(user, name, exercise) {
      await db
        .insertInto('exercise_mappings')
        .values({ user_id: user, name, exercise })
        .onConflict((oc) => oc.columns(['user_id', 'name']).doUpdateSet({ exercise }))
        .execute();
    },

    async importSets(user, sessions, onProgress) {
      return writeTx(db, engine, async (trx) => {
        const count = async () =>
          Number(
            (
              await trx
                .selectFrom('sets')
                .select((eb) => eb.fn.countAll().as('n'))
                .where('user_id', '=', user)
                .executeTakeFirst()
            )?.n ?? 0,
          );
        const before = await count();
        const dates = [...new Set(sessions.map((x) => x.date))];
        for (let i = 0; i < dates.length; i += BATCH) {
          const chunk = dates.slice(i, i + BATCH);
          await trx
            .insertInto('sessions')
            .values(
              chunk.map((date) => ({
                id: randomUUID(),
                user_id: user,
                date,
                day_id: null,
                created_at: now(),
              })),
            )
            .onConflict((oc) => oc.columns(['user_id', 'date']).doNothing())
            .execute();
        }
        const ids = new Map<string, { id: string; seq: number }>();
        const existing = await trx
          .selectFrom('sessions')
          .leftJoin('sets', 'sets.session_id', 'sessions.id')
          .select(['sessions.id', 'sessions.date', (eb) => eb.fn.max('sets.seq').as('m')])
          .where('sessions.user_id', '=', user)
          .groupBy(['sessions.id', 'sessions.date'])
          .execute();
        for (const r of existing) ids.set(r.date, { id: r.id, seq: Number(r.m ?? 0) });
        let rows: SetsTable[] = [];
        let total = 0;
        const all = sessions.reduce((n, x) => n + x.sets.length, 0);
        const flush = async () => {
          if (rows.length === 0) return;
          onProgress?.(total, all);
          if (insertSets) {
            insertSets(rows, user);
            rows = [];
            return;
          }
          await trx
            .insertInto('sets')
            .values(rows)
            .onConflict((oc) =>
              oc
                .column('id')
                .doUpdateSet({ exercise: (eb) => eb.ref('excluded.exercise') })
                .where('sets.exercise', '<>', (eb) => eb.ref('excluded.exercise'))
                .where('sets.user_id', '=', user),
            )
            .execute();
          rows = [];
        };
        for (const session of sessions) {
          const s = ids.get(session.date);
          if (!s) throw new Error(`session for ${session.date} missing after insert`);
          for (const set of session.sets) {
            s.seq += 1;
            rows.push(setRow(user, s.id, s.seq, set));
            total += 1;
            if (rows.length >= BATCH) await flush();
          }
        }
        await flush();
        onProgress?.(total, all);
        const added = (await count()) - before;
        return { added, present: total - added };
      });
    },

    async plans(user) {
      const rows = await db
        .selectFrom('plans')
        .selectAll()
        .where('user_id', '=', user)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        plan: S.plan.parse(JSON.parse(r.data)),
      }));
    },

    async restore(user, backup: Backup) {
      await writeTx(db, engine, async (trx) => {
        const any = await trx
          .selectFrom('sessions')
          .select('id')
          .where('user_id', '=', user)
          .limit(1)
          .executeTakeFirst();
        const profile = await trx
          .selectFrom('profiles')
          .select('user_id')
          .where('user_id', '=', user)
          .executeTakeFirst();
        if (any || profile) throw new Error('restore needs a user with no data');
        if (backup.profile) {
          await trx
            .insertInto('profiles')
            .values({ user_id: user, data: JSON.stringify(backup.profile), updated_at: now() })
            .execute();
        }
        for (const [i, p] of backup.plans.entries()) {
          await trx
            .insertInto('plans')
            .values({
              id: p.id,
              user_id: user,
              seq: i + 1,
              created_at: p.createdAt,
              data: JSON.stringify(p.plan),
            })
            .execute();
        }
        for (const session of backup.sessions) {
          await trx
            .insertInto('sessions')
            .values({
              id: session.id,
              user_id: user,
              date: session.date,
              day_id: session.dayId,
              created_at: now(),
            })
            .execute();
          for (let i = 0; i < session.sets.length; i += BATCH) {
            const chunk = session.sets
              .slice(i, i + BATCH)
              .map((x) => setRow(user, session.id, x.seq, x));
            await trx.insertInto('sets').values(chunk).execute();
          }
        }
        for (const m of backup.measurements) {
          await trx
            .insertInto('measurements')
            .values({
              id: m.id,
              user_id: user,
              date: m.date,
              kind: m.kind,
              value: m.value,
              unit: m.unit,
              note: m.note,
            })
            .execute();
        }
        for (const t of backup.tests) {
          await trx
            .insertInto('performance_tests')
            .values({
              id: t.id,
              user_id: user,
              date: t.date,
              kind: t.kind,
              value: t.value,
              unit: t.unit,
              distance_m: t.distanceM,
              note: t.note,
            })
            .execute();
        }
        for (const p of backup.photos) {
          await trx
            .insertInto('photos')
            .values({ id: p.id, user_id: user, date: p.date, path: p.path, note: p.note })
            .execute();
        }
        for (const m of backup.mappings) {
          await trx
            .insertInto('exercise_mappings')
            .values({ user_id: user, name: m.name, exercise: m.exercise })
            .execute();
        }
      });
    },

    close: onClose,
  };
}

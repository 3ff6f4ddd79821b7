/**
 * The Store over Kysely: the queries of both adapters, visible and scoped by user. Training
 * data here; profiles and plans in sql-plans.ts, body data in sql-body.ts, accounts in
 * sql-accounts.ts, bulk import and restore in sql-bulk.ts. Engine differences are in engine.ts and the adapters' open functions.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeTx, type Engine } from './engine.js';
import type { Backup, Store, StoredSession, StoredSet, UserId } from './port.js';
import { setColumns, toSet } from './rows.js';
import type { Database } from './schema.js';
import { sqlAccounts } from './sql-accounts.js';
import { sqlBody } from './sql-body.js';
import { sqlLog } from './sql-log.js';
import { sqlPlans } from './sql-plans.js';
import { recordsAround } from './sql-records.js';
import { importSets, type InsertSets } from './sql-bulk.js';
import { restore } from './sql-restore.js';

export type { InsertSets };

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
    // The user's sets, joined to their sessions only to cut them at `since`; the join names
    // the user on both sides, so the planner reads both by the user's index whatever its
    // statistics say (a hash join over every lifter's sessions otherwise, bench/scale).
    const sq = since
      ? db
          .selectFrom('sets')
          .innerJoin('sessions', 'sessions.id', 'sets.session_id')
          .selectAll('sets')
          .where('sets.user_id', '=', user)
          .where('sessions.user_id', '=', user)
          .where('sessions.date', '>=', since)
      : db.selectFrom('sets').selectAll().where('user_id', '=', user);
    const sets = await sq.orderBy('session_id').orderBy('seq').execute();
    const bySession = new Map<string, StoredSet[]>();
    for (const row of sets) {
      const s = toSet(row);
      const list = bySession.get(s.sessionId);
      if (list) list.push(s);
      else bySession.set(s.sessionId, [s]);
    }
    return sessions.map((s) => ({
      id: s.id,
      date: s.date,
      planId: s.plan_id,
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

  const store: Store = {
    engine,
    accounts: sqlAccounts(db, engine),
    ...sqlPlans(db, engine),

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

    async sessionDays(user, from, to) {
      const rows = await db
        .selectFrom('sessions')
        .select(['date', 'day_id', 'plan_id'])
        .where('user_id', '=', user)
        .where('date', '>=', from)
        .where('date', '<=', to)
        .orderBy('date')
        .execute();
      return rows.map((r) => ({ date: r.date, dayId: r.day_id, planId: r.plan_id }));
    },

    sessions: sessionsOf,

    logSets: sqlLog(db, engine),

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

    async exerciseSessions(user, exercises) {
      if (exercises.length === 0) return [];
      const rows = await db
        .selectFrom('sets')
        .innerJoin('sessions', 'sessions.id', 'sets.session_id')
        .selectAll('sets')
        .select(['sessions.date', 'sessions.plan_id', 'sessions.day_id'])
        .where('sets.user_id', '=', user)
        .where('sessions.user_id', '=', user)
        .where('sets.exercise', 'in', [...exercises])
        .orderBy('sessions.date')
        .orderBy('sets.seq')
        .execute();
      const out: (StoredSession & { sets: StoredSet[] })[] = [];
      for (const row of rows) {
        const last = out[out.length - 1];
        // The row as it is (toSet reads the set's columns only): an object rest here would
        // copy every row of a long history a second time.
        const set = toSet(row);
        if (last && last.id === set.sessionId) last.sets.push(set);
        else
          out.push({
            id: set.sessionId,
            date: row.date,
            planId: row.plan_id,
            dayId: row.day_id,
            sets: [set],
          });
      }
      return out;
    },

    recordsAround: (user, exercises, sessionId, fresh) =>
      recordsAround(db, user, exercises, sessionId, fresh),

    async moveSession(user, from, to, dayId) {
      return writeTx(db, engine, async (trx) => {
        const at = await trx
          .selectFrom('sessions')
          .select(['id', 'date'])
          .where('user_id', '=', user)
          .where('date', 'in', [from, to])
          .execute();
        const source = at.find((r) => r.date === from);
        if (!source) return 'missing' as const;
        if (from !== to && at.some((r) => r.date === to)) return 'taken' as const;
        await trx
          .updateTable('sessions')
          .set({ date: to, day_id: dayId })
          .where('id', '=', source.id)
          .execute();
        return 'moved' as const;
      });
    },

    async deleteSession(user, date) {
      return writeTx(db, engine, async (trx) => {
        const s = await trx
          .selectFrom('sessions')
          .selectAll()
          .where('user_id', '=', user)
          .where('date', '=', date)
          .executeTakeFirst();
        if (!s) return null;
        const sets = await trx
          .selectFrom('sets')
          .selectAll()
          .where('session_id', '=', s.id)
          .orderBy('seq')
          .execute();
        await trx.deleteFrom('sets').where('session_id', '=', s.id).execute();
        await trx.deleteFrom('sessions').where('id', '=', s.id).execute();
        return {
          id: s.id,
          date: s.date,
          planId: s.plan_id,
          dayId: s.day_id,
          sets: sets.map(toSet),
        };
      });
    },

    ...sqlBody(db, engine),

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

    async exerciseNames(user) {
      const rows = await db
        .selectFrom('exercise_names')
        .select(['exercise', 'name'])
        .where('user_id', '=', user)
        .execute();
      return new Map(rows.map((r) => [r.exercise, r.name]));
    },

    async nameExercises(user, names) {
      for (let i = 0; i < names.length; i += 500) {
        const chunk = names.slice(i, i + 500);
        await db
          .insertInto('exercise_names')
          .values(chunk.map((n) => ({ user_id: user, exercise: n.exercise, name: n.name })))
          .onConflict((oc) => oc.columns(['user_id', 'exercise']).doNothing())
          .execute();
      }
    },

    importSets: (user, sessions, opts) => importSets(db, engine, insertSets, user, sessions, opts),

    restore: (user, backup: Backup) => restore(db, engine, user, backup),

    close: onClose,
  };
  return store;
}

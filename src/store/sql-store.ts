/**
 * The Store over Kysely: the queries of both adapters, visible and scoped by user. Training
 * data here; body data in sql-body.ts, accounts in sql-accounts.ts, bulk import and restore
 * in sql-bulk.ts. Engine differences are in engine.ts and the adapters' open functions.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Plan, Profile } from '../domain/index.js';
import * as S from '../schemas/index.js';
import { writeTx, type Engine } from './engine.js';
import type { Backup, Store, StoredPlan, StoredSession, StoredSet, UserId } from './port.js';
import { setColumns, toSet } from './rows.js';
import type { Database } from './schema.js';
import { sqlAccounts } from './sql-accounts.js';
import { sqlBody } from './sql-body.js';
import { sqlLog } from './sql-log.js';
import { recordsAround } from './sql-records.js';
import { importSets, type InsertSets } from './sql-bulk.js';
import { restore } from './sql-restore.js';

export type { InsertSets };

/**
 * A stored plan from its text. Every plan row is written once, from a plan the domain made
 * (Program.generate) or a restore checked against the plan schema, and is never changed;
 * so reading one back is JSON.parse with a guard that it is a plan at all, not a schema
 * check of some 50 KB on every start of the CLI and every uncached read of a server.
 */
function planOf(id: string, data: string): Plan.Plan {
  const p: unknown = JSON.parse(data);
  const shaped =
    typeof p === 'object' &&
    p !== null &&
    'days' in p &&
    Array.isArray(p.days) &&
    'start' in p &&
    typeof p.start === 'string';
  if (!shaped) throw new Error(`plan ${id}: the stored data is not a plan`);
  return p as Plan.Plan;
}

export function sqlStore(
  db: Kysely<Database>,
  engine: Engine,
  onClose: () => Promise<void>,
  insertSets?: InsertSets,
): Store {
  const now = () => new Date().toISOString();

  /**
   * Parsed plans by id. A stored plan is never changed (a new plan is a new row), so the
   * cache cannot go stale, even with other processes writing. Bounded, oldest out first.
   */
  const plans = new Map<string, StoredPlan>();
  const remember = (id: string, p: StoredPlan) => {
    if (plans.size >= 256) plans.delete(plans.keys().next().value ?? '');
    plans.set(id, p);
    return p;
  };

  /** Each user's profile as last read, with the text it was parsed from. Bounded. */
  const profiles = new Map<UserId, { data: string; profile: Profile.Profile }>();

  /** The profile from its stored text, parsed again only when the text has changed. */
  function profileOf(user: UserId, data: string): Profile.Profile {
    const known = profiles.get(user);
    if (known?.data === data) return known.profile;
    const profile = S.profile.parse(JSON.parse(data));
    if (profiles.size >= 1024) profiles.delete(profiles.keys().next().value ?? '');
    profiles.set(user, { data, profile });
    return profile;
  }

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

    async getProfile(user) {
      const row = await db
        .selectFrom('profiles')
        .select('data')
        .where('user_id', '=', user)
        .executeTakeFirst();
      return row ? profileOf(user, row.data) : null;
    },

    async planAndProfile(user) {
      const row = await db
        .selectFrom('users')
        .select((eb) => [
          eb
            .selectFrom('profiles')
            .select('data')
            .whereRef('profiles.user_id', '=', 'users.id')
            .as('profile'),
          eb
            .selectFrom('plans')
            .select('id')
            .whereRef('plans.user_id', '=', 'users.id')
            .orderBy('seq', 'desc')
            .limit(1)
            .as('plan_id'),
        ])
        .where('users.id', '=', user)
        .executeTakeFirst();
      const profile = row?.profile ? profileOf(user, row.profile) : null;
      if (!row?.plan_id) return { profile, plan: null };
      // A plan is parsed once per process (plans never change); else read as activePlan does.
      return { profile, plan: plans.get(row.plan_id) ?? (await store.activePlan(user)) };
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
        .select(['id', 'created_at'])
        .where('user_id', '=', user)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return null;
      const cached = plans.get(row.id);
      if (cached) return cached;
      const { data } = await db
        .selectFrom('plans')
        .select('data')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      const stored = {
        id: row.id,
        createdAt: row.created_at,
        plan: planOf(row.id, data),
      };
      return remember(row.id, stored);
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

    async plans(user) {
      const rows = await db
        .selectFrom('plans')
        .select(['id', 'created_at'])
        .where('user_id', '=', user)
        .orderBy('seq')
        .execute();
      const missing = rows.filter((r) => !plans.has(r.id)).map((r) => r.id);
      if (missing.length > 0) {
        const data = await db
          .selectFrom('plans')
          .select(['id', 'data'])
          .where('user_id', '=', user)
          .where('id', 'in', missing)
          .execute();
        const byId = new Map(data.map((d) => [d.id, d.data]));
        for (const r of rows) {
          const d = byId.get(r.id);
          if (d !== undefined)
            remember(r.id, {
              id: r.id,
              createdAt: r.created_at,
              plan: planOf(r.id, d),
            });
        }
      }
      return rows.map((r) => plans.get(r.id)).filter((p): p is StoredPlan => p !== undefined);
    },

    importSets: (user, sessions, opts) => importSets(db, engine, insertSets, user, sessions, opts),

    restore: (user, backup: Backup) => restore(db, engine, user, backup),

    close: onClose,
  };
  return store;
}

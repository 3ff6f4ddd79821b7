/** Profiles and plans over Kysely, each parsed as seldom as it can be (the caches below). */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Plan, Profile } from '../domain/index.js';
import * as S from '../schemas/index.js';
import { writeTx, type Engine } from './engine.js';
import type { Store, StoredPlan, UserId } from './port.js';
import type { Database } from './schema.js';

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

type Plans = Pick<
  Store,
  'getProfile' | 'planAndProfile' | 'saveProfile' | 'activePlan' | 'savePlan' | 'plans'
>;

export function sqlPlans(db: Kysely<Database>, engine: Engine): Plans {
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

  async function activePlan(user: UserId): Promise<StoredPlan | null> {
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
  }

  return {
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
      return { profile, plan: plans.get(row.plan_id) ?? (await activePlan(user)) };
    },

    async saveProfile(user, profile) {
      const data = JSON.stringify(profile);
      await db
        .insertInto('profiles')
        .values({ user_id: user, data, updated_at: now() })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ data, updated_at: now() }))
        .execute();
    },

    activePlan,

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
  };
}

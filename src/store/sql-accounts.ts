/** The Accounts port over Kysely, for both engines. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type {
  Accounts,
  CoachLink,
  Credential,
  CredentialKind,
  LinkStatus,
} from './accounts-port.js';
import { writeTx, type Engine } from './engine.js';
import type { CredentialsTable, Database } from './schema.js';

const toCredential = (r: CredentialsTable): Credential => ({
  id: r.id,
  user: r.user_id,
  kind: r.kind as CredentialKind,
  label: r.label,
  csrf: r.csrf,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export function sqlAccounts(db: Kysely<Database>, engine: Engine): Accounts {
  return {
    async createAccount(email, passwordHash, at) {
      return writeTx(db, engine, async (trx) => {
        const taken = await trx
          .selectFrom('accounts')
          .select('user_id')
          .where('email', '=', email)
          .executeTakeFirst();
        if (taken) return null;
        const id = randomUUID();
        await trx.insertInto('users').values({ id, name: email, created_at: at }).execute();
        await trx
          .insertInto('accounts')
          .values({ user_id: id, email, password_hash: passwordHash, created_at: at })
          .execute();
        return id;
      }).catch((e: unknown) => {
        // Two sign-ups racing for one address: the unique index decides, the loser is told.
        if (/unique|duplicate/i.test((e as Error).message)) return null;
        throw e;
      });
    },

    async accountByEmail(email) {
      const r = await db
        .selectFrom('accounts')
        .select(['user_id', 'email', 'password_hash'])
        .where('email', '=', email)
        .executeTakeFirst();
      return r ? { user: r.user_id, email: r.email, passwordHash: r.password_hash } : null;
    },

    async emailOf(user) {
      const r = await db
        .selectFrom('accounts')
        .select('email')
        .where('user_id', '=', user)
        .executeTakeFirst();
      return r?.email ?? null;
    },

    async addCredential(c, secretHash) {
      await db
        .insertInto('credentials')
        .values({
          id: c.id,
          user_id: c.user,
          secret_hash: secretHash,
          kind: c.kind,
          label: c.label,
          csrf: c.csrf,
          created_at: c.createdAt,
          expires_at: c.expiresAt,
        })
        .execute();
    },

    async credential(secretHash, at) {
      const r = await db
        .selectFrom('credentials')
        .selectAll()
        .where('secret_hash', '=', secretHash)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
        .executeTakeFirst();
      return r ? toCredential(r) : null;
    },

    async credentials(user, kind) {
      const rows = await db
        .selectFrom('credentials')
        .selectAll()
        .where('user_id', '=', user)
        .where('kind', '=', kind)
        .orderBy('created_at')
        .execute();
      return rows.map(toCredential);
    },

    async deleteCredential(user, id) {
      const r = await db
        .deleteFrom('credentials')
        .where('user_id', '=', user)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    async deleteCredentials(user, kind, keep) {
      let q = db.deleteFrom('credentials').where('user_id', '=', user);
      if (kind !== null) q = q.where('kind', '=', kind);
      if (keep !== undefined) q = q.where('id', '!=', keep);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async setPasswordHash(user, passwordHash) {
      await db
        .updateTable('accounts')
        .set({ password_hash: passwordHash })
        .where('user_id', '=', user)
        .execute();
    },

    async emailVerifiedAt(user) {
      const r = await db
        .selectFrom('accounts')
        .select('email_verified_at')
        .where('user_id', '=', user)
        .executeTakeFirst();
      return r?.email_verified_at ?? null;
    },

    async addVerification(v, secretHash) {
      await writeTx(db, engine, async (trx) => {
        await trx.deleteFrom('email_verifications').where('user_id', '=', v.user).execute();
        await trx
          .insertInto('email_verifications')
          .values({
            secret_hash: secretHash,
            user_id: v.user,
            email: v.email,
            created_at: v.createdAt,
            expires_at: v.expiresAt,
          })
          .execute();
      });
    },

    async useVerification(secretHash, at) {
      return writeTx(db, engine, async (trx) => {
        // Deleted first: of two requests racing with one link, only one sees a row.
        const r = await trx
          .deleteFrom('email_verifications')
          .where('secret_hash', '=', secretHash)
          .returning(['user_id', 'email', 'expires_at'])
          .executeTakeFirst();
        if (!r || r.expires_at <= at) return null;
        const done = await trx
          .updateTable('accounts')
          .set({ email_verified_at: at })
          .where('user_id', '=', r.user_id)
          .where('email', '=', r.email)
          .executeTakeFirst();
        return Number(done.numUpdatedRows) > 0 ? { user: r.user_id, email: r.email } : null;
      });
    },

    async reserveAttempt(limits, at, since) {
      // The ticket is the row's time with a random tail: it still sorts as its time (the
      // window compares text), and names this one row so a login that succeeds can take
      // its attempt back without touching others made in the same millisecond.
      const ticket = `${at}#${randomUUID()}`;
      const keys = [...new Set(limits.map((l) => l.key))].sort();
      if (keys.length === 0) return ticket;
      return writeTx(db, engine, async (trx) => {
        // SQLite's write transaction already holds the file's lock; PostgreSQL's run side by
        // side, so each key is locked (in one order, so two attempts cannot deadlock).
        if (engine === 'postgres')
          for (const key of keys)
            await sql`select pg_advisory_xact_lock(hashtextextended(${`thrust:${key}`}, 0))`.execute(
              trx,
            );
        await trx
          .deleteFrom('login_failures')
          .where('key', 'in', keys)
          .where('at', '<', since)
          .execute();
        for (const { key, max } of limits) {
          const r = await trx
            .selectFrom('login_failures')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('key', '=', key)
            .where('at', '>=', since)
            .executeTakeFirstOrThrow();
          if (Number(r.n) >= max) return null;
        }
        await trx
          .insertInto('login_failures')
          .values(keys.map((key) => ({ key, at: ticket })))
          .execute();
        return ticket;
      });
    },

    async releaseAttempt(keys, ticket) {
      if (keys.length === 0) return;
      await db
        .deleteFrom('login_failures')
        .where('key', 'in', keys)
        .where('at', '=', ticket)
        .execute();
    },

    async failures(key, since) {
      const r = await db
        .selectFrom('login_failures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', '=', key)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async clearFailures(key) {
      await db.deleteFrom('login_failures').where('key', '=', key).execute();
    },

    async prune({ now, attemptsBefore, knownBefore, linksBefore }) {
      const sessions = await db
        .deleteFrom('credentials')
        .where('expires_at', 'is not', null)
        .where('expires_at', '<=', now)
        .executeTakeFirst();
      const attempts = await db
        .deleteFrom('login_failures')
        .where((eb) =>
          eb.or([
            eb.and([eb('key', 'not like', 'known:%'), eb('at', '<', attemptsBefore)]),
            eb.and([eb('key', 'like', 'known:%'), eb('at', '<', knownBefore)]),
          ]),
        )
        .executeTakeFirst();
      const invites = await db
        .deleteFrom('coach_links')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('created_at', '<', linksBefore)]),
            eb.and([eb('status', '=', 'revoked'), eb('updated_at', '<', linksBefore)]),
          ]),
        )
        .executeTakeFirst();
      const verifications = await db
        .deleteFrom('email_verifications')
        .where('expires_at', '<=', now)
        .executeTakeFirst();
      return {
        sessions: Number(sessions.numDeletedRows),
        attempts: Number(attempts.numDeletedRows),
        invites: Number(invites.numDeletedRows),
        verifications: Number(verifications.numDeletedRows),
      };
    },

    async addLink(link) {
      await db
        .insertInto('coach_links')
        .values({
          id: link.id,
          coach_id: link.coach,
          athlete_email: link.athleteEmail,
          athlete_id: link.athlete,
          status: link.status,
          created_at: link.createdAt,
          updated_at: link.updatedAt,
        })
        .execute();
    },

    async links(user, email) {
      const rows = await db
        .selectFrom('coach_links')
        .innerJoin('accounts', 'accounts.user_id', 'coach_links.coach_id')
        .selectAll('coach_links')
        .select('accounts.email as coach_email')
        .where((eb) =>
          eb.or([
            eb('coach_links.coach_id', '=', user),
            eb('coach_links.athlete_id', '=', user),
            eb.and([
              eb('coach_links.athlete_email', '=', email),
              eb('coach_links.athlete_id', 'is', null),
            ]),
          ]),
        )
        .orderBy('coach_links.created_at')
        .execute();
      return rows.map((r): CoachLink => ({
        id: r.id,
        coach: r.coach_id,
        coachEmail: r.coach_email,
        athleteEmail: r.athlete_email,
        athlete: r.athlete_id,
        status: r.status as LinkStatus,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
    },

    async updateLink(id, change) {
      await db
        .updateTable('coach_links')
        .set({
          status: change.status,
          updated_at: change.at,
          ...(change.athlete !== undefined && { athlete_id: change.athlete }),
        })
        .where('id', '=', id)
        .execute();
    },
  };
}

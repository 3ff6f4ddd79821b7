/**
 * 003: what a multi-user server keeps so that any of its processes can answer any request:
 * accounts, credentials (browser sessions and API tokens, stored only as hashes), failed
 * logins for rate limiting, coach-athlete links, and uploaded photo files.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    /** Lower case; one account per address. */
    .addColumn('email', 'text', (c) => c.notNull().unique())
    /** "scrypt$N$r$p$salt$hash", base64url parts. */
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** SHA-256 of the secret, hex; the secret itself is never stored. */
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    /** "session" (browser cookie) or "token" (personal API token). */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    /** The CSRF token a browser session must echo on writes. */
    .addColumn('csrf', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .execute();
  await db.schema
    .createIndex('credentials_user')
    .on('credentials')
    .columns(['user_id', 'kind'])
    .execute();

  await db.schema
    .createTable('login_failures')
    /** "email:<address>" or "ip:<address>" (failed logins), "signup:<address>" (sign-ups). */
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failures_key')
    .on('login_failures')
    .columns(['key', 'at'])
    .execute();

  await db.schema
    .createTable('coach_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coach_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('athlete_email', 'text', (c) => c.notNull())
    /** Set when the athlete accepts. */
    .addColumn('athlete_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    /** "pending", "active" or "revoked". */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coach_links_coach').on('coach_links').column('coach_id').execute();
  await db.schema
    .createIndex('coach_links_athlete')
    .on('coach_links')
    .columns(['athlete_email', 'athlete_id'])
    .execute();

  await db.schema
    .createTable('photo_files')
    .addColumn('photo_id', 'text', (c) =>
      c.primaryKey().references('photos.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .execute();
}

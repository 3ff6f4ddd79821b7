/**
 * 008: an account's email is confirmed before a coach's invitation to it can be answered, so
 * whoever signs up with an invited address first does not receive the invitation. A
 * confirmation is a random single-use secret sent as a link; only its SHA-256 is stored.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  /** When the account's email was confirmed; null until then (and for accounts before 008). */
  await db.schema.alterTable('accounts').addColumn('email_verified_at', 'text').execute();

  await db.schema
    .createTable('email_verifications')
    /** SHA-256 of the link's secret, hex. */
    .addColumn('secret_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** The address the link was sent to: it confirms that address only. */
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('email_verifications_user')
    .on('email_verifications')
    .column('user_id')
    .execute();
}

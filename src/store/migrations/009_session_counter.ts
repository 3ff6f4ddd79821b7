/**
 * 009: each session counts its own sets (`sessions.next_seq`, the last set number handed
 * out). Logging a set takes its number from the counter in the same statement that makes or
 * finds the session (the session row's lock orders concurrent writers), instead of reading
 * `max(seq)` of the session's sets: one statement instead of three, and no window between
 * the read and the insert for a second writer to take the same number.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('next_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    UPDATE sessions SET next_seq = COALESCE(
      (SELECT MAX(s.seq) FROM sets s WHERE s.session_id = sessions.id), 0)`.execute(db);
}

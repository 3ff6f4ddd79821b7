/**
 * 007: sets found by their session, in order. A day's sets are read by session (history,
 * an import matching what a day already holds, the next set number of a day); without
 * this index each such read scans every set of every user.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createIndex('sets_session_seq')
    // PostgreSQL already has an index of this name: the one behind 001's unique constraint
    // on (session_id, seq). SQLite names that one sqlite_autoindex_*, so it gets this one.
    .ifNotExists()
    .on('sets')
    .columns(['session_id', 'seq'])
    .execute();
}

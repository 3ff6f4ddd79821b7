/**
 * 005: a set remembers which app's export it was imported from ('strong', 'hevy',
 * 'fitnotes'; null for sets logged here), so importing a newer export of the same app can
 * remove what was deleted there, and nothing logged here or imported from another app is
 * ever touched by it. Sets imported before this migration are marked 'import' (their ids
 * are the importer's name-based UUIDs, version 5; sets logged here are random, version 4):
 * which app they came from is not known until a re-import of the same file matches them.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('sets').addColumn('source', 'text').execute();
  await db.schema
    .createIndex('sets_user_source')
    .on('sets')
    .columns(['user_id', 'source'])
    .execute();
  await sql`
    UPDATE sets SET source = 'import'
    WHERE substr(id, 9, 1) = '-' AND substr(id, 15, 1) = '5'`.execute(db);
}

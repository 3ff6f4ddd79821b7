/**
 * 007: a lifter's own exercises keep their name as written ("Élévation de hanche",
 * "Cable Pull-Through"): the custom id is a key made from it, which drops accents, case
 * and punctuation from Latin names, so the name shown is stored beside it.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('exercise_names')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** A custom exercise id ("custom:elevation-de-hanche"). */
    .addColumn('exercise', 'text', (c) => c.notNull())
    /** Its name as first written (an import, or the lifter's first log of it). */
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exercise_names_pk', ['user_id', 'exercise'])
    .execute();
}

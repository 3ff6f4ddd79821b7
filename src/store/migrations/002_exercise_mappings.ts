/** 002: the lifter's own mappings from imported exercise names to catalogue exercises. */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('exercise_mappings')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    /** The imported name, normalized (lower case, punctuation removed). */
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('exercise', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exercise_mappings_pk', ['user_id', 'name'])
    .execute();
}

/**
 * 006: a set can be timed or a distance (a plank for 60 s, a 400 m run), imported from apps
 * that log them: it has no reps, and these say what it was.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('sets').addColumn('seconds', 'real').execute();
  await db.schema.alterTable('sets').addColumn('distance_m', 'real').execute();
}

/**
 * 004: plans follow one another over one log. A session records the plan it was logged
 * under (before, a second plan saw the first plan's days as its own), and a set the plan
 * track it answers when the face that logged it knew (the activation warm-up and the
 * working sets of one exercise are different tracks).
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('plan_id', 'text').execute();
  await db.schema.alterTable('sets').addColumn('track', 'text').execute();
  // Sessions logged against a plan day belonged to the plan that was the latest when they
  // were logged. Sessions without a plan day (imports, off-plan days) stay unassigned and
  // belong to the plan whose dates they fall in.
  await sql`
    UPDATE sessions SET plan_id = (
      SELECT p.id FROM plans p
      WHERE p.user_id = sessions.user_id AND p.created_at <= sessions.created_at
      ORDER BY p.seq DESC LIMIT 1
    )
    WHERE day_id IS NOT NULL`.execute(db);
}

/**
 * A restore: a whole backup into a user with no data yet, ids and timestamps as they were,
 * in one transaction. Sets go in pages of a few hundred rows with a turn of the event loop
 * between pages: SQLite's driver runs each statement on the event loop, so a 27 MB backup
 * written in one go held every other request of the server for its whole length.
 */
import { setImmediate as turn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { writeTx, type Engine } from './engine.js';
import type { Backup, UserId } from './port.js';
import { measurementRowOf, photoRowOf, setRow, testRowOf } from './rows.js';
import type { Database } from './schema.js';
import { BATCH, now } from './sql-bulk.js';

/** Rows written between two turns of the event loop (a few tens of milliseconds). */
const PAGE = 250;

export async function restore(
  db: Kysely<Database>,
  engine: Engine,
  user: UserId,
  backup: Backup,
): Promise<void> {
  await writeTx(db, engine, async (trx) => {
    const any = await trx
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user)
      .limit(1)
      .executeTakeFirst();
    const profile = await trx
      .selectFrom('profiles')
      .select('user_id')
      .where('user_id', '=', user)
      .executeTakeFirst();
    if (any || profile) throw new Error('restore needs a user with no data');
    if (backup.profile) {
      await trx
        .insertInto('profiles')
        .values({ user_id: user, data: JSON.stringify(backup.profile), updated_at: now() })
        .execute();
    }
    for (const [i, p] of backup.plans.entries()) {
      await trx
        .insertInto('plans')
        .values({
          id: p.id,
          user_id: user,
          seq: i + 1,
          created_at: p.createdAt,
          data: JSON.stringify(p.plan),
        })
        .execute();
    }
    let written = 0;
    /** Count rows written, and turn the event loop after each page of them. */
    const wrote = async (rows: number) => {
      written += rows;
      if (written >= PAGE) {
        written = 0;
        await turn();
      }
    };
    for (const session of backup.sessions) {
      await trx
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: user,
          date: session.date,
          day_id: session.dayId,
          plan_id: session.planId,
          created_at: now(),
          next_seq: Math.max(0, ...session.sets.map((x) => x.seq)),
        })
        .execute();
      await wrote(1);
      for (let i = 0; i < session.sets.length; i += Math.min(BATCH, PAGE)) {
        const chunk = session.sets
          .slice(i, i + Math.min(BATCH, PAGE))
          .map((x) => setRow(user, session.id, x.seq, x));
        await trx.insertInto('sets').values(chunk).execute();
        await wrote(chunk.length);
      }
    }
    for (const m of backup.measurements)
      await trx.insertInto('measurements').values(measurementRowOf(user, m)).execute();
    for (const t of backup.tests)
      await trx.insertInto('performance_tests').values(testRowOf(user, t)).execute();
    for (const p of backup.photos)
      await trx.insertInto('photos').values(photoRowOf(user, p)).execute();
    for (const f of backup.photoFiles ?? [])
      await trx
        .insertInto('photo_files')
        .values({
          photo_id: f.photoId,
          user_id: user,
          content_type: f.contentType,
          bytes: Buffer.from(f.base64, 'base64'),
        })
        .execute();
    for (const n of backup.exerciseNames ?? [])
      await trx
        .insertInto('exercise_names')
        .values({ user_id: user, exercise: n.exercise, name: n.name })
        .onConflict((oc) => oc.columns(['user_id', 'exercise']).doNothing())
        .execute();
    for (const m of backup.mappings) {
      await trx
        .insertInto('exercise_mappings')
        .values({ user_id: user, name: m.name, exercise: m.exercise })
        .execute();
    }
  });
}

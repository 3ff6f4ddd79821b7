/**
 * Writing many rows at once: an import (batched upserts, so re-imports add only new ids and
 * a new mapping moves old ones) and a restore (a whole backup, ids as they were). Each is
 * one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeTx, type Engine } from './engine.js';
import type { Backup, NewSet, UserId } from './port.js';
import { measurementRowOf, photoRowOf, setRow, testRowOf } from './rows.js';
import type { Database, SetsTable } from './schema.js';

/**
 * An engine's faster way to write many set rows inside the current transaction, when it has
 * one (SQLite: one prepared statement run per row, no SQL text to build for each batch).
 */
export type InsertSets = (rows: readonly SetsTable[], user: UserId) => void;

/**
 * Rows per INSERT: 1,700 rows x 19 columns = 32,300 parameters, under SQLite's 32,766 and
 * PostgreSQL's 65,535. Fewer, larger statements are what make imports fast.
 */
const BATCH = 1700;

const now = () => new Date().toISOString();

export async function importSets(
  db: Kysely<Database>,
  engine: Engine,
  insertSets: InsertSets | undefined,
  user: UserId,
  sessions: readonly { date: string; sets: readonly NewSet[] }[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ added: number; present: number }> {
  return writeTx(db, engine, async (trx) => {
    const count = async () =>
      Number(
        (
          await trx
            .selectFrom('sets')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('user_id', '=', user)
            .executeTakeFirst()
        )?.n ?? 0,
      );
    const before = await count();
    const dates = [...new Set(sessions.map((x) => x.date))];
    for (let i = 0; i < dates.length; i += BATCH) {
      const chunk = dates.slice(i, i + BATCH);
      await trx
        .insertInto('sessions')
        .values(
          chunk.map((date) => ({
            id: randomUUID(),
            user_id: user,
            date,
            day_id: null,
            plan_id: null,
            created_at: now(),
          })),
        )
        .onConflict((oc) => oc.columns(['user_id', 'date']).doNothing())
        .execute();
    }
    const ids = new Map<string, { id: string; seq: number }>();
    const existing = await trx
      .selectFrom('sessions')
      .leftJoin('sets', 'sets.session_id', 'sessions.id')
      .select(['sessions.id', 'sessions.date', (eb) => eb.fn.max('sets.seq').as('m')])
      .where('sessions.user_id', '=', user)
      .groupBy(['sessions.id', 'sessions.date'])
      .execute();
    for (const r of existing) ids.set(r.date, { id: r.id, seq: Number(r.m ?? 0) });
    let rows: SetsTable[] = [];
    let total = 0;
    const all = sessions.reduce((n, x) => n + x.sets.length, 0);
    const flush = async () => {
      if (rows.length === 0) return;
      onProgress?.(total, all);
      if (insertSets) {
        insertSets(rows, user);
        rows = [];
        return;
      }
      await trx
        .insertInto('sets')
        .values(rows)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ exercise: (eb) => eb.ref('excluded.exercise') })
            .where('sets.exercise', '<>', (eb) => eb.ref('excluded.exercise'))
            .where('sets.user_id', '=', user),
        )
        .execute();
      rows = [];
    };
    for (const session of sessions) {
      const s = ids.get(session.date);
      if (!s) throw new Error(`session for ${session.date} missing after insert`);
      for (const set of session.sets) {
        s.seq += 1;
        rows.push(setRow(user, s.id, s.seq, set));
        total += 1;
        if (rows.length >= BATCH) await flush();
      }
    }
    await flush();
    onProgress?.(total, all);
    const added = (await count()) - before;
    return { added, present: total - added };
  });
}

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
        })
        .execute();
      for (let i = 0; i < session.sets.length; i += BATCH) {
        const chunk = session.sets
          .slice(i, i + BATCH)
          .map((x) => setRow(user, session.id, x.seq, x));
        await trx.insertInto('sets').values(chunk).execute();
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
    for (const m of backup.mappings) {
      await trx
        .insertInto('exercise_mappings')
        .values({ user_id: user, name: m.name, exercise: m.exercise })
        .execute();
    }
  });
}

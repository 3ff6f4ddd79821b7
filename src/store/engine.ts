/** Which SQL engine a store runs on, and the few things that differ between them. */
import { sql, type Kysely } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/**
 * A write transaction. On SQLite it begins IMMEDIATE, taking the write lock up front, so two
 * processes writing at once wait for each other (busy_timeout) instead of one failing on
 * a stale read snapshot. On PostgreSQL an ordinary transaction does that already.
 */
export async function writeTx<DB, T>(
  db: Kysely<DB>,
  engine: Engine,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (engine === 'postgres') return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (e) {
      await sql`rollback`.execute(conn);
      throw e;
    }
  });
}

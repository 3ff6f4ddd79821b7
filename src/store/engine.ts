/** Which SQL engine a store runs on, and the few things that differ between them. */
import { sql, type Kysely } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

interface Job {
  readonly fn: (trx: Kysely<never>) => Promise<unknown>;
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: unknown) => void;
}

/** Write transactions waiting for the SQLite file, per database handle. */
const queues = new WeakMap<object, { waiting: Job[]; running: boolean }>();
/** Most write transactions committed together (one fsync). */
const MAX_BATCH = 256;

/**
 * A write transaction: all of `fn`'s writes are stored, or none, and the promise settles only
 * once they are durable.
 *
 * PostgreSQL: an ordinary transaction; concurrent ones run side by side.
 *
 * SQLite: group commit. Writers that arrive together share one BEGIN IMMEDIATE ... COMMIT,
 * each inside its own SAVEPOINT, so a failing one is rolled back alone while the others
 * commit. With synchronous=FULL a commit costs an fsync (0.4 ms on the machine measured),
 * so sharing it is what lets a server keep up with many lifters logging at once. BEGIN
 * IMMEDIATE takes the write lock up front: a second process waits (busy_timeout) instead of
 * failing on a stale snapshot. `fn` must use only the `trx` it is given; a writeTx inside
 * another on the same database would wait for itself.
 */
export function writeTx<DB, T>(
  db: Kysely<DB>,
  engine: Engine,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (engine === 'postgres') return db.transaction().execute(fn);
  let q = queues.get(db);
  if (!q) {
    q = { waiting: [], running: false };
    queues.set(db, q);
  }
  const queue = q;
  return new Promise<T>((resolve, reject) => {
    queue.waiting.push({
      fn: fn as unknown as Job['fn'],
      resolve: resolve as Job['resolve'],
      reject,
    });
    if (!queue.running) {
      queue.running = true;
      // Let writers that arrive in this turn of the event loop join the batch.
      setImmediate(() => void drain(db, queue));
    }
  });
}

async function drain<DB>(db: Kysely<DB>, queue: { waiting: Job[]; running: boolean }) {
  while (queue.waiting.length > 0) {
    const batch = queue.waiting.splice(0, MAX_BATCH);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          for (const [i, job] of batch.entries()) {
            await sql.raw(`savepoint w${i}`).execute(conn);
            try {
              const value = await job.fn(conn as unknown as Kysely<never>);
              await sql.raw(`release w${i}`).execute(conn);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await sql.raw(`rollback to w${i}`).execute(conn);
              await sql.raw(`release w${i}`).execute(conn);
              outcomes.push({ ok: false, error });
            }
          }
          await sql`commit`.execute(conn);
        } catch (e) {
          await sql`rollback`.execute(conn).catch(() => undefined);
          throw e;
        }
      });
    } catch (error) {
      // Nothing of this batch was committed: every writer in it hears so.
      for (const job of batch) job.reject(error);
      continue;
    }
    batch.forEach((job, i) => {
      const o = outcomes[i];
      if (o?.ok) job.resolve(o.value);
      else job.reject(o?.error);
    });
  }
  queue.running = false;
}

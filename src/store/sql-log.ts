/**
 * Logging sets: the write every lifter makes between sets, so its SQL is written out here
 * (no query builder to compile it each time) and kept to the fewest statements that hold the
 * guarantees: a set acknowledged is stored; a batch is stored whole or not at all; a set id is
 * stored once, however often or however concurrently it is sent; each set of a session gets
 * its own number.
 *
 * The number comes from the session's counter (`next_seq`, migration 009), raised by the
 * same upsert that makes or finds the session, so the session row's lock orders concurrent
 * writers. PostgreSQL logs new sets with one statement (the upsert and the insert in one
 * CTE, prepared once per connection by name, see postgres/named.ts); SQLite with three,
 * inside the group commit's shared transaction (engine.ts).
 *
 * An id already stored (a resend after a lost answer, or the same set sent twice at once)
 * takes the careful path: the stored set is compared with the one sent; the same set is
 * answered as stored, a different one is refused (SetIdTaken) and nothing of the batch is
 * stored.
 */
import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import { Catalogue } from '../domain/index.js';
import { writeTx, type Engine } from './engine.js';
import { SetIdTaken, type NewSet, type StoredSet, type UserId } from './port.js';
import { num, SET_COLUMNS, setRow, toSet } from './rows.js';
import type { Database, SetsTable } from './schema.js';

type Session = { date: string; dayId: string | null; planId?: string | null };

const COLUMNS = SET_COLUMNS;

/** Make or find the day's session and reserve `n` set numbers; `?` placeholders. */
const UPSERT_SESSION = `insert into sessions as x (id, user_id, date, day_id, plan_id, created_at, next_seq)
  values (?, ?, ?, ?, ?, ?, ?)
  on conflict (user_id, date) do update set
    next_seq = x.next_seq + excluded.next_seq,
    day_id = coalesce(x.day_id, excluded.day_id),
    plan_id = coalesce(x.plan_id, excluded.plan_id)
  returning id, next_seq`;

/** The per-set columns PostgreSQL takes as arrays, with their array types. */
const PER_SET = COLUMNS.filter((c) => c !== 'user_id' && c !== 'session_id' && c !== 'seq');
const PG_TYPES: Record<(typeof PER_SET)[number], string> = {
  id: 'text',
  exercise: 'text',
  load_value: 'float8',
  load_unit: 'text',
  reps: 'int4',
  side: 'text',
  hold_seconds: 'float8',
  clean: 'int4',
  band: 'text',
  rpe: 'float8',
  rir: 'int4',
  felt: 'text',
  note: 'text',
  warmup: 'int4',
  track: 'text',
  source: 'text',
  seconds: 'float8',
  distance_m: 'float8',
  logged_at: 'text',
};

/** PostgreSQL: the session upsert and the insert of every set of the batch, one statement. */
const PG_LOG = (() => {
  let n = 0;
  const upsert = UPSERT_SESSION.replace(/\?/g, () => `$${++n}`);
  const arrays = PER_SET.map((c) => `$${++n}::${PG_TYPES[c]}[]`).join(', ');
  const values = COLUMNS.map((c) =>
    c === 'user_id'
      ? '$2'
      : c === 'session_id'
        ? 's.id'
        : c === 'seq'
          ? 's.next_seq - $7 + v.n'
          : `v.${c}`,
  ).join(', ');
  return `with s as (${upsert})
  insert into sets (${COLUMNS.join(', ')})
  select ${values}
  from s, unnest(${arrays}) with ordinality as v(${PER_SET.join(', ')}, n)`;
})();

const INSERT_SETS = (rows: number) =>
  `insert into sets (${COLUMNS.join(', ')}) values ${Array.from(
    { length: rows },
    () => `(${COLUMNS.map(() => '?').join(', ')})`,
  ).join(', ')}`;

const existingQuery = (engine: Engine, n: number) => {
  const marks = Array.from({ length: n }, (_, i) => (engine === 'postgres' ? `$${i + 1}` : '?'));
  return `select sets.*, sessions.date from sets join sessions on sessions.id = sets.session_id
  where sets.id in (${marks.join(', ')})`;
};

const pgMarks = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

const sessionValues = (user: UserId, session: Session, reserve: number) => [
  randomUUID(),
  user,
  session.date,
  session.dayId,
  session.planId ?? null,
  new Date().toISOString(),
  reserve,
];

/** True when the stored row is the set sent, on the same day (its log time aside). */
function same(row: SetsTable & { date: string }, date: string, s: NewSet): boolean {
  return (
    row.date === date &&
    Catalogue.canonical(row.exercise as Catalogue.ExerciseRef) ===
      Catalogue.canonical(s.exercise) &&
    Number(row.load_value) === s.load.value &&
    row.load_unit === s.load.unit &&
    Number(row.reps) === s.reps &&
    row.side === s.side &&
    num(row.hold_seconds) === s.holdSeconds &&
    (Number(row.clean) !== 0) === s.clean &&
    row.band === s.band &&
    num(row.rpe) === s.rpe &&
    num(row.rir) === s.rir &&
    row.felt === s.felt &&
    row.note === s.note &&
    (Number(row.warmup) !== 0) === s.warmup &&
    (row.track ?? null) === (s.track ?? null) &&
    num(row.seconds) === (s.seconds ?? null) &&
    num(row.distance_m) === (s.distanceM ?? null)
  );
}

const isUnique = (e: unknown) => {
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};

export function sqlLog(db: Kysely<Database>, engine: Engine) {
  const q = (text: string, params: readonly unknown[]) =>
    CompiledQuery.raw(engine === 'postgres' ? pgMarks(text) : text, [...params]);

  /** Inside a transaction: compare what is stored, then store only what is new. */
  async function careful(
    trx: Kysely<Database>,
    user: UserId,
    session: Session,
    sets: readonly NewSet[],
  ): Promise<StoredSet[]> {
    const ids = sets.map((s) => s.id);
    const found = await trx.executeQuery<SetsTable & { date: string }>(
      CompiledQuery.raw(existingQuery(engine, ids.length), ids),
    );
    const stored = new Map(found.rows.map((r) => [r.id, r]));
    for (const [i, s] of sets.entries()) {
      const row = stored.get(s.id);
      if (!row) continue;
      if (row.user_id !== user) throw new Error('set id collision across users');
      if (!same(row, session.date, s)) throw new SetIdTaken(i, row.date);
    }
    const fresh = sets.filter((s) => !stored.has(s.id));
    const out = new Map<string, StoredSet>();
    for (const row of stored.values()) out.set(row.id, toSet(row));
    if (fresh.length > 0) {
      const upserted = await trx.executeQuery<{ id: string; next_seq: number }>(
        q(UPSERT_SESSION, sessionValues(user, session, fresh.length)),
      );
      const s = upserted.rows[0];
      if (!s) throw new Error(`no session for ${session.date} after its upsert`);
      const first = Number(s.next_seq) - fresh.length;
      const rows = fresh.map((set, k) => setRow(user, s.id, first + k + 1, set));
      await trx.executeQuery(
        q(
          INSERT_SETS(rows.length),
          rows.flatMap((r) => COLUMNS.map((c) => r[c])),
        ),
      );
      for (const r of rows) out.set(r.id, toSet(r));
    }
    return ids.map((id) => out.get(id) as StoredSet);
  }

  /** PostgreSQL, when no id of the batch is stored yet: one statement, its own transaction. */
  async function direct(user: UserId, session: Session, sets: readonly NewSet[]) {
    const rows = sets.map((s) => setRow(user, '', 0, s));
    const r = await db.executeQuery<{ id: string; session_id: string; seq: number }>(
      CompiledQuery.raw(`${PG_LOG} returning id, session_id, seq`, [
        ...sessionValues(user, session, sets.length),
        ...PER_SET.map((c) => rows.map((row) => row[c])),
      ]),
    );
    const placed = new Map(r.rows.map((x) => [x.id, x]));
    return rows.map((row) => {
      const at = placed.get(row.id);
      if (!at) throw new Error('a set of the batch was not stored');
      return toSet({ ...row, session_id: at.session_id, seq: Number(at.seq) });
    });
  }

  return async function logSets(
    user: UserId,
    session: Session,
    sets: readonly NewSet[],
  ): Promise<StoredSet[]> {
    if (sets.length === 0) return [];
    if (engine === 'sqlite') return writeTx(db, engine, (trx) => careful(trx, user, session, sets));
    try {
      return await direct(user, session, sets);
    } catch (e) {
      if (!isUnique(e)) throw e;
    }
    // An id is stored already, or a request storing it has just committed: compare. A third
    // request storing one of these ids between the read and the insert makes the insert fail;
    // the next attempt reads it.
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute((trx) => careful(trx, user, session, sets));
      } catch (e) {
        if (!isUnique(e) || attempt >= 3) throw e;
      }
    }
  };
}

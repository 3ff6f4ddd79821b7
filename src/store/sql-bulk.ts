/**
 * Writing many rows at once: an import, a sync of one app's export (new sets added, changed
 * ones updated, the same set from another app or logged here recognised, and with `sync`
 * the app's sets the export no longer has removed), in one transaction; a dry run counts
 * the same and rolls back. A restore is in sql-restore.ts.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { writeTx, type Engine } from './engine.js';
import { refreshStatistics } from './sql-statistics.js';
import type { ImportOptions, ImportOutcome, NewSet, UserId } from './port.js';
import { setRow } from './rows.js';
import type { Database, SetsTable } from './schema.js';

/**
 * An engine's faster way to write many set rows inside the current transaction, when it has
 * one (SQLite: one prepared statement run per row, no SQL text to build for each batch).
 */
export type InsertSets = (rows: readonly SetsTable[], user: UserId) => void;

/**
 * Rows per INSERT: 1,400 rows x 22 columns (SetsTable) = 30,800 parameters, under SQLite's
 * 32,766 and PostgreSQL's 65,535. Fewer, larger statements are what make imports fast.
 */
export const BATCH = 1400;

export const now = () => new Date().toISOString();

/** Loads compare in kilograms to 0.01: the same set written by two apps, one in each unit. */
const kgOf = (value: number, unit: string) =>
  Math.round((unit === 'lb' ? value * 0.45359237 : value) * 100) / 100;

interface Existing {
  id: string;
  date: string;
  exercise: string;
  load_value: number;
  load_unit: string;
  reps: number;
  rpe: number | null;
  note: string | null;
  warmup: number;
  source: string | null;
  seconds: number | null;
  distance_m: number | null;
  logged_at: string;
}

/** A nullable number column as a number (PostgreSQL's real comes back as a number too). */
const num = (x: number | null) => (x === null ? null : Number(x));

/** The stored row differs from the incoming one in what an export carries. */
function changed(old: Existing, row: SetsTable): boolean {
  return (
    old.exercise !== row.exercise ||
    Number(old.load_value) !== row.load_value ||
    old.load_unit !== row.load_unit ||
    Number(old.reps) !== row.reps ||
    (old.rpe === null ? null : Number(old.rpe)) !== row.rpe ||
    old.note !== row.note ||
    Number(old.warmup) !== row.warmup ||
    old.logged_at !== row.logged_at ||
    old.source !== row.source ||
    num(old.seconds) !== row.seconds ||
    num(old.distance_m) !== row.distance_m
  );
}

/** The same set: exercise, warm-up or not, reps, and load to 0.01 kg. */
const sameSet = (a: Existing, b: SetsTable) =>
  a.exercise === b.exercise &&
  Number(a.warmup) === b.warmup &&
  Number(a.reps) === b.reps &&
  num(a.seconds) === b.seconds &&
  num(a.distance_m) === b.distance_m &&
  kgOf(Number(a.load_value), a.load_unit) === kgOf(b.load_value, b.load_unit);

/** The source of sets imported before imports recorded their app (migration 005). */
export const LEGACY_IMPORT = 'import';

class DryRun extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run');
  }
}

/** A day of imported sets; an import hands them over a page of days at a time. */
type Day = { readonly date: string; readonly sets: readonly NewSet[] };

/**
 * The ids an import has seen, in a temporary table of the import's own transaction: what
 * its app stored before and the file no longer has is found by the database, not by
 * holding every id of a large file in memory.
 */
const SEEN = 'thrust_import_seen';

async function noteSeen(trx: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    await sql`insert into ${sql.table(SEEN)} (id) values ${sql.join(chunk.map((id) => sql`(${id})`))} on conflict do nothing`.execute(
      trx,
    );
  }
}

/** The rows stored on these days, oldest first (none, cheaply, for days not yet here). */
async function storedOn(
  trx: Kysely<Database>,
  user: UserId,
  dates: readonly string[],
): Promise<Existing[]> {
  const out: Existing[] = [];
  for (let i = 0; i < dates.length; i += BATCH) {
    const sessions = await trx
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user)
      .where('date', 'in', dates.slice(i, i + BATCH))
      .execute();
    if (sessions.length === 0) continue;
    const rows = await trx
      .selectFrom('sets')
      .innerJoin('sessions', 'sessions.id', 'sets.session_id')
      .select([
        'sets.id',
        'sessions.date',
        'sets.exercise',
        'sets.load_value',
        'sets.load_unit',
        'sets.reps',
        'sets.rpe',
        'sets.note',
        'sets.warmup',
        'sets.source',
        'sets.seconds',
        'sets.distance_m',
        'sets.logged_at',
      ])
      .where(
        'sets.session_id',
        'in',
        sessions.map((x) => x.id),
      )
      .orderBy('sessions.date')
      .orderBy('sets.seq')
      .execute();
    for (const r of rows) out.push(r);
  }
  return out;
}

export async function importSets(
  db: Kysely<Database>,
  engine: Engine,
  insertSets: InsertSets | undefined,
  user: UserId,
  sessions: readonly Day[] | AsyncIterable<readonly Day[]>,
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  const pages: AsyncIterable<readonly Day[]> | (readonly Day[])[] = Array.isArray(sessions)
    ? [sessions as readonly Day[]]
    : (sessions as AsyncIterable<readonly Day[]>);
  try {
    const outcome = await writeTx(db, engine, async (trx) => {
      const { source } = opts;
      // Only when this app's sets (or sets imported before imports recorded their app,
      // migration 005) are stored can a set missing from its export have been deleted there.
      const track =
        !!opts.sync &&
        source !== undefined &&
        (await trx
          .selectFrom('sets')
          .select('id')
          .where('user_id', '=', user)
          .where('source', 'in', [source, LEGACY_IMPORT])
          .limit(1)
          .executeTakeFirst()) !== undefined;
      if (track) {
        await sql`create temp table if not exists ${sql.table(SEEN)} (id text primary key)`.execute(
          trx,
        );
        await sql`delete from ${sql.table(SEEN)}`.execute(trx);
      }
      // Sets imported before imports recorded their app are the file's own once the file
      // matches one of them by id: from then on they go the same way as its sets.
      let legacy = false;
      const ours = (r: Existing) =>
        source !== undefined && (r.source === source || (legacy && r.source === LEGACY_IMPORT));
      let first: string | undefined;
      const matched = new Set<string>();
      let [added, updated, present, elsewhere] = [0, 0, 0, 0];
      let done = 0;
      for await (const page of pages) {
        const dates = [...new Set(page.map((x) => x.date))].sort();
        if (dates.length === 0) continue;
        if (first === undefined || (dates[0] as string) < first) first = dates[0];
        const incoming = new Set(page.flatMap((x) => x.sets.map((y) => y.id)));
        if (track) await noteSeen(trx, [...incoming]);
        // What is stored on the page's days: the rows it may update or find twins among.
        const stored = await storedOn(trx, user, dates);
        const byId = new Map(stored.map((r) => [r.id, r]));
        if (!legacy) legacy = stored.some((r) => r.source === LEGACY_IMPORT && incoming.has(r.id));
        // Sets logged here or imported from another app, by day and exercise, in order: the
        // same workout arriving in a second format is matched against these, not added twice.
        const others = new Map<string, Existing[]>();
        for (const r of stored) {
          if (incoming.has(r.id) || ours(r) || matched.has(r.id)) continue;
          const k = `${r.date}|${r.exercise}`;
          const list = others.get(k);
          if (list) list.push(r);
          else others.set(k, [r]);
        }
        const inserts: { date: string; row: SetsTable }[] = [];
        const updates: SetsTable[] = [];
        const twins: string[] = [];
        for (const session of page) {
          for (const set of session.sets) {
            const row = setRow(user, '', 0, set);
            row.source = source ?? set.source ?? null;
            const old = byId.get(set.id);
            if (old) {
              if (changed(old, row)) updates.push(row);
              else present += 1;
              continue;
            }
            // Only an app's export is matched so: sets written without a source are all added.
            const twin =
              source === undefined
                ? undefined
                : others
                    .get(`${session.date}|${row.exercise}`)
                    ?.find((r) => !matched.has(r.id) && sameSet(r, row));
            if (twin) {
              matched.add(twin.id);
              twins.push(twin.id);
              elsewhere += 1;
              continue;
            }
            inserts.push({ date: session.date, row });
          }
        }
        added += inserts.length;
        updated += updates.length;
        // A twin stays: the file has it, under another app's id.
        if (track) await noteSeen(trx, twins);
        if (opts.dryRun) continue;
        for (const u of updates) await updateRow(trx, user, u);
        await insertRows(trx, engine, insertSets, user, inserts);
        done += inserts.length + updates.length;
        opts.onProgress?.(done);
      }
      // This app's sets from the file's first day on that the file no longer has.
      let removed = 0;
      if (track && first !== undefined) {
        const gone = trx
          .selectFrom('sets')
          .innerJoin('sessions', 'sessions.id', 'sets.session_id')
          .select('sets.id')
          .where('sets.user_id', '=', user)
          .where('sessions.user_id', '=', user)
          .where('sessions.date', '>=', first)
          .where((eb) =>
            eb.or([
              eb('sets.source', '=', source ?? ''),
              ...(legacy ? [eb('sets.source', '=', LEGACY_IMPORT)] : []),
            ]),
          )
          .where(
            (eb) =>
              sql<boolean>`not exists (select 1 from ${sql.table(SEEN)} s where s.id = ${eb.ref('sets.id')})`,
          );
        const counted = await trx
          .selectFrom(gone.as('g'))
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        removed = Number(counted.n);
        if (removed > 0 && !opts.dryRun) {
          await trx
            .deleteFrom('sets')
            .where('user_id', '=', user)
            .where('id', 'in', gone)
            .execute();
          // A day whose every set was removed is no longer a session.
          await trx
            .deleteFrom('sessions')
            .where('user_id', '=', user)
            .where('date', '>=', first)
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('sets')
                    .select('sets.id')
                    .whereRef('sets.session_id', '=', 'sessions.id'),
                ),
              ),
            )
            .execute();
        }
      }
      if (track) await sql`drop table ${sql.table(SEEN)}`.execute(trx);
      const outcome: ImportOutcome = { added, updated, removed, present, elsewhere };
      if (opts.dryRun) throw new DryRun(outcome);
      return outcome;
    });
    if (engine === 'postgres') await refreshStatistics(db, outcome.added + outcome.updated);
    return outcome;
  } catch (e) {
    if (e instanceof DryRun) return e.outcome;
    throw e;
  }
}

async function updateRow(trx: Kysely<Database>, user: UserId, u: SetsTable): Promise<void> {
  await trx
    .updateTable('sets')
    .set({
      exercise: u.exercise,
      load_value: u.load_value,
      load_unit: u.load_unit,
      reps: u.reps,
      rpe: u.rpe,
      note: u.note,
      warmup: u.warmup,
      logged_at: u.logged_at,
      source: u.source,
      seconds: u.seconds,
      distance_m: u.distance_m,
    })
    .where('id', '=', u.id)
    .where('user_id', '=', user)
    .execute();
}

/** New rows into their days' sessions (made when missing), after the sets already there. */
async function insertRows(
  trx: Kysely<Database>,
  engine: Engine,
  insertSets: InsertSets | undefined,
  user: UserId,
  inserts: readonly { date: string; row: SetsTable }[],
): Promise<void> {
  if (inserts.length === 0) return;
  const newDates = [...new Set(inserts.map((x) => x.date))];
  const ids = new Map<string, { id: string; seq: number; from: number }>();
  for (let i = 0; i < newDates.length; i += BATCH) {
    const chunk = newDates.slice(i, i + BATCH);
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
    // New sets are numbered after the session's counter (migration 009); the rows are locked
    // on PostgreSQL so a set logged meanwhile waits for the import's numbers.
    const q = trx
      .selectFrom('sessions')
      .select(['id', 'date', 'next_seq'])
      .where('user_id', '=', user)
      .where('date', 'in', chunk);
    const existing = await (engine === 'postgres' ? q.forUpdate() : q).execute();
    for (const r of existing) {
      const seq = Number(r.next_seq);
      ids.set(r.date, { id: r.id, seq, from: seq });
    }
  }
  let rows: SetsTable[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    if (insertSets) insertSets(rows, user);
    else await trx.insertInto('sets').values(rows).execute();
    rows = [];
  };
  for (const { date, row } of inserts) {
    const s = ids.get(date);
    if (!s) throw new Error(`session for ${date} missing after insert`);
    s.seq += 1;
    row.session_id = s.id;
    row.seq = s.seq;
    rows.push(row);
    if (rows.length >= BATCH) await flush();
  }
  await flush();
  for (const s of ids.values())
    if (s.seq !== s.from)
      await trx.updateTable('sessions').set({ next_seq: s.seq }).where('id', '=', s.id).execute();
}

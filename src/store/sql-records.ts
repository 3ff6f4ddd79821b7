/**
 * What a new set must beat, read without handing the whole history to the process: logging
 * reads this after every write, and a lifter's year holds thousands of sets. One statement
 * has the database summarise the exercise's work sets of every other session
 * (Records.Candidates: each load and reps lifted, and the sets near failure, found by asking
 * for a later set of the same session and side as heavy) and hands over the work sets of
 * the session the new sets joined, which is small; the domain summarises that session
 * without and with the new sets (Records.sessionCandidates) and reads the records before
 * and after (analytics/records.ts). The summary is a few dozen rows at any length of
 * history, though the database still reads the exercise's whole log to make it.
 */
import { sql, type Kysely } from 'kysely';
import { Analytics, E1rm, Units } from '../domain/index.js';
import type { StoredSet, UserId } from './port.js';
import { isSide, isUnit, num } from './rows.js';
import type { Database } from './schema.js';

/** The bound `compare` (domain/units.ts) uses: loads closer than 1 g are the same load. */
const SAME_KG = 0.001;

type Candidates = Analytics.Records.Candidates;

export interface Around {
  /** Every session of these exercises but the one the new sets joined. */
  readonly others: Candidates;
  /** The session the new sets joined, without them and with them. */
  readonly without: Candidates;
  readonly with: Candidates;
}

interface CandidateRow {
  /** A summary row of the other sessions, or one work set of the joined session. */
  kind: 'lifted' | 'near' | 'set';
  load_value: number | string;
  load_unit: string;
  reps: number | string;
  rpe: number | string | null;
  /** The row's first set's place in the log; a set's own place. */
  first: number | string;
  id: string | null;
  side: string | null;
}

export async function recordsAround(
  db: Kysely<Database>,
  user: UserId,
  exercises: readonly string[],
  sessionId: string,
  fresh: readonly string[],
): Promise<Around> {
  const none = { lifted: [], nearFailure: [] };
  if (exercises.length === 0) return { others: none, without: none, with: none };
  const forms = sql.join(exercises.map((e) => sql`${e}`));
  const kg = (t: string) =>
    sql`cast(${sql.ref(`${t}.load_value`)} as double precision) * (case when ${sql.ref(`${t}.load_unit`)} = 'lb' then ${sql.lit(Units.KG_PER_LB)} else 1.0 end)`;
  // `ord` places a set in the log (its session's date, then its number, as
  // YYYYMMDD * 10^6 + number: a session holds far fewer than a million sets, and the result
  // stays an exact integer in JavaScript); `first` is the earliest set of a row, so of two
  // equal records (100 kg and 220.46 lb; two sets of one e1RM) the domain names the earlier,
  // as the whole log does. A set with no RPE is near failure when no later set of its
  // session and side (a NULL side is one side, as the domain compares sides) is within 1 g
  // of it or heavier (Estimate.nearFailure).
  const { rows } = await sql<CandidateRow>`
    with work as (
      select sets.id, sets.session_id, sets.seq, sets.side, sets.load_value, sets.load_unit,
        sets.reps, sets.rpe, ${kg('sets')} as kg,
        cast(replace(sessions.date, '-', '') as bigint) * 1000000 + sets.seq as ord
      from sets join sessions on sessions.id = sets.session_id
      where sets.user_id = ${user} and sessions.user_id = ${user}
        and sets.exercise in (${forms}) and sets.warmup = 0
    ),
    others as (select * from work where session_id <> ${sessionId})
    select 'lifted' as kind, load_value, load_unit, reps, null as rpe, min(ord) as first,
        null as id, null as side
      from others group by load_value, load_unit, reps
    union all
    select 'near' as kind, load_value, load_unit, reps, rpe, min(ord) as first,
        null as id, null as side
      from others
      where (rpe is not null and rpe >= ${sql.lit(E1rm.NEAR_FAILURE_RPE)})
        or (rpe is null and not exists (
          select 1 from sets later
          where later.session_id = others.session_id and later.seq > others.seq
            and later.exercise in (${forms}) and later.warmup = 0
            and later.side is not distinct from others.side
            and ${kg('later')} > others.kg - ${sql.lit(SAME_KG)}))
      group by load_value, load_unit, reps, rpe
    union all
    select 'set' as kind, load_value, load_unit, reps, rpe, ord as first, id, side
      from work where session_id = ${sessionId}
  `.execute(db);
  const others = { lifted: [] as Lifted[], nearFailure: [] as Near[] };
  const session: (Near & { id: string; side: StoredSet['side'] })[] = [];
  for (const r of rows) {
    if (!isUnit(r.load_unit))
      throw new Error(`a set's column load_unit holds ${JSON.stringify(r.load_unit)}`);
    if (!isSide(r.side)) throw new Error(`a set's column side holds ${JSON.stringify(r.side)}`);
    const load = { value: Number(r.load_value), unit: r.load_unit };
    const at = Number(r.first);
    const reps = Number(r.reps);
    if (r.kind === 'lifted') others.lifted.push({ load, reps, at });
    else if (r.kind === 'near') others.nearFailure.push({ load, reps, rpe: num(r.rpe), at });
    else session.push({ load, reps, rpe: num(r.rpe), at, id: r.id ?? '', side: r.side });
  }
  session.sort((a, b) => a.at - b.at);
  const isFresh = new Set(fresh);
  return {
    others,
    without: Analytics.Records.sessionCandidates(session.filter((s) => !isFresh.has(s.id))),
    with: Analytics.Records.sessionCandidates(session),
  };
}

type Lifted = Candidates['lifted'][number];
type Near = Candidates['nearFailure'][number];

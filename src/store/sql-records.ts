/**
 * What a new set must beat, read without handing the whole history to the process: logging
 * reads this after every write, and a lifter's year holds thousands of sets. One statement
 * has the database summarise the exercise's work sets (Records.Candidates: each load and
 * reps lifted, and the sets near failure, found with a window over each session's later sets)
 * for three stretches: every session but the one the new sets joined, that session without
 * the new sets, and that session with them. A few dozen rows at any length of history; the
 * domain reads the records before and after from them (analytics/records.ts).
 */
import { sql, type Kysely } from 'kysely';
import { E1rm, Units, type Analytics } from '../domain/index.js';
import type { UserId } from './port.js';
import { isUnit, num } from './rows.js';
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
  stretch: 'o' | 'b' | 'a';
  kind: 'lifted' | 'near';
  load_value: number | string;
  load_unit: string;
  reps: number | string;
  rpe: number | string | null;
  first: number | string;
}

export async function recordsAround(
  db: Kysely<Database>,
  user: UserId,
  exercises: readonly string[],
  sessionId: string,
  fresh: readonly string[],
): Promise<Around> {
  const out = { o: empty(), b: empty(), a: empty() };
  if (exercises.length === 0) return { others: out.o, without: out.b, with: out.a };
  const forms = sql.join(exercises.map((e) => sql`${e}`));
  const notFresh =
    fresh.length > 0 ? sql`and id not in (${sql.join(fresh.map((id) => sql`${id}`))})` : sql``;
  // `later_kg`: the heaviest later set of the same session and side within its stretch (a
  // NULL side is one partition, as the domain compares sides). `ord` places a set in the log
  // (its session's date, then its number, as YYYYMMDD * 10^6 + number: a session holds far
  // fewer than a million sets, and the result stays an exact integer in JavaScript); `first` is the earliest set of a
  // row, so of two equal records (100 kg and 220.46 lb; two sets of one e1RM) the domain
  // names the earlier, as the whole log does.
  const { rows } = await sql<CandidateRow>`
    with work as (
      select sets.id, sets.session_id, sets.seq, sets.side, sets.load_value, sets.load_unit,
        sets.reps, sets.rpe,
        cast(sets.load_value as double precision)
          * (case when sets.load_unit = 'lb' then ${sql.lit(Units.KG_PER_LB)} else 1.0 end) as kg,
        cast(replace(sessions.date, '-', '') as bigint) * 1000000 + sets.seq as ord
      from sets join sessions on sessions.id = sets.session_id
      where sets.user_id = ${user} and sessions.user_id = ${user}
        and sets.exercise in (${forms}) and sets.warmup = 0
    ),
    stretches as (
      select 'o' as stretch, work.* from work where session_id <> ${sessionId}
      union all
      select 'b' as stretch, work.* from work
        where session_id = ${sessionId} ${notFresh}
      union all
      select 'a' as stretch, work.* from work where session_id = ${sessionId}
    ),
    w as (
      select stretch, load_value, load_unit, reps, rpe, kg, ord,
        max(kg) over (partition by stretch, session_id, side order by seq
                      rows between 1 following and unbounded following) as later_kg
      from stretches
    )
    select stretch, 'lifted' as kind, load_value, load_unit, reps, null as rpe, min(ord) as first
      from w group by stretch, load_value, load_unit, reps
    union all
    select stretch, 'near' as kind, load_value, load_unit, reps, rpe, min(ord) as first
      from w
      where (rpe is not null and rpe >= ${sql.lit(E1rm.NEAR_FAILURE_RPE)})
        or (rpe is null and (later_kg is null or later_kg <= kg - ${sql.lit(SAME_KG)}))
      group by stretch, load_value, load_unit, reps, rpe
  `.execute(db);
  for (const r of rows) {
    const to = out[r.stretch];
    if (!isUnit(r.load_unit))
      throw new Error(`a set's column load_unit holds ${JSON.stringify(r.load_unit)}`);
    const load = { value: Number(r.load_value), unit: r.load_unit };
    const at = Number(r.first);
    if (r.kind === 'lifted') to.lifted.push({ load, reps: Number(r.reps), at });
    else
      to.nearFailure.push({
        load,
        reps: Number(r.reps),
        rpe: num(r.rpe),
        at,
      });
  }
  return { others: out.o, without: out.b, with: out.a };
}

function empty(): {
  lifted: { load: Units.Load; reps: number; at: number }[];
  nearFailure: { load: Units.Load; reps: number; rpe: number | null; at: number }[];
} {
  return { lifted: [], nearFailure: [] };
}

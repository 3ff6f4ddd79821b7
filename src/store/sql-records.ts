/**
 * What a new set must beat, read without handing the whole history to the process: logging
 * reads this after every write, and a lifter's year holds thousands of sets. One statement
 * has the database summarise the exercise's work sets (Records.Candidates: the most reps at
 * each load, and the sets near failure, found with a window over each session's later sets)
 * for three stretches: every session but the one the new sets joined, that session without
 * the new sets, and that session with them. A few dozen rows at any length of history; the
 * domain merges them into the records before and after (analytics/records.ts).
 */
import { sql, type Kysely } from 'kysely';
import { E1rm, Units, type Analytics } from '../domain/index.js';
import type { UserId } from './port.js';
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
  kind: 'best' | 'near';
  load_value: number | string;
  load_unit: string;
  reps: number | string;
  rpe: number | string | null;
}

const unit = (u: string): Units.Unit => {
  if (u !== 'lb' && u !== 'kg') throw new Error(`a set's load_unit holds ${JSON.stringify(u)}`);
  return u;
};

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
  // NULL side is one partition, as the domain compares sides).
  const { rows } = await sql<CandidateRow>`
    with work as (
      select id, session_id, seq, side, load_value, load_unit, reps, rpe,
        cast(load_value as double precision)
          * (case when load_unit = 'lb' then ${sql.lit(Units.KG_PER_LB)} else 1.0 end) as kg
      from sets
      where user_id = ${user} and exercise in (${forms}) and warmup = 0
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
      select stretch, load_value, load_unit, reps, rpe, kg,
        max(kg) over (partition by stretch, session_id, side order by seq
                      rows between 1 following and unbounded following) as later_kg
      from stretches
    )
    select stretch, 'best' as kind, load_value, load_unit, max(reps) as reps, null as rpe
      from w group by stretch, load_value, load_unit
    union all
    select distinct stretch, 'near' as kind, load_value, load_unit, reps, rpe
      from w
      where (rpe is not null and rpe >= ${sql.lit(E1rm.NEAR_FAILURE_RPE)})
        or (rpe is null and (later_kg is null or later_kg <= kg - ${sql.lit(SAME_KG)}))
  `.execute(db);
  for (const r of rows) {
    const to = out[r.stretch];
    const load = { value: Number(r.load_value), unit: unit(r.load_unit) };
    if (r.kind === 'best') to.best.push({ load, reps: Number(r.reps) });
    else
      to.nearFailure.push({
        load,
        reps: Number(r.reps),
        rpe: r.rpe === null ? null : Number(r.rpe),
      });
  }
  return { others: out.o, without: out.b, with: out.a };
}

function empty(): {
  best: { load: Units.Load; reps: number }[];
  nearFailure: { load: Units.Load; reps: number; rpe: number | null }[];
} {
  return { best: [], nearFailure: [] };
}

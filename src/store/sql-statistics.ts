/**
 * PostgreSQL's statistics read again after a large import (sql-bulk.ts). Plain SQL through
 * the query builder, so the CLI's start, which loads sql-bulk.ts, loads no PostgreSQL module.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * After an import that grew the log by a tenth or more of what PostgreSQL's statistics know
 * (or on tables never analysed), have it read them again at once rather than at
 * autovacuum's next turn. Every statement is prepared by name (postgres/named.ts), and after
 * a few runs PostgreSQL keeps one plan for all values; made from no statistics, that plan
 * reads a lifter's log of 3,000 sets in 330 ms instead of 21 ms (bench/records.bench.ts). An
 * ANALYZE samples at most 30,000 rows and drops the kept plans; an import of fewer than
 * `ANALYZE_AFTER` sets never pays for it, and as the table grows ever fewer imports do.
 */
export async function refreshStatistics(db: Kysely<Database>, written: number): Promise<void> {
  if (written < ANALYZE_AFTER) return;
  try {
    const { rows } = await sql<{ known: number | string }>`
      select reltuples as known from pg_class where oid = 'sets'::regclass`.execute(db);
    const known = Number(rows[0]?.known ?? -1);
    if (known < 0 || written >= known / 10) await sql`analyze sets, sessions`.execute(db);
  } catch {
    // The import has committed; fresher statistics only speed reads up, and a role that may
    // not analyse (not the tables' owner) leaves them to autovacuum as before.
  }
}

/** Sets an import writes before the statistics are worth a look (see refreshStatistics). */
const ANALYZE_AFTER = 100;

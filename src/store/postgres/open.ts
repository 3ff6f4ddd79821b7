/**
 * The PostgreSQL adapter, for multi-user servers: `pg` pool, int8 read as Number.
 *
 * A server outlives its connections: a database restart, a failover or a network reset ends
 * them, and `pg` reports that as an 'error' event (on the pool, or on a client in use), which
 * would end the process if nobody listened. The pool drops such a client and opens a new one on the next
 * query, so a server carries on once the database is back. Timeouts keep a lost database from
 * holding requests forever: connecting, a statement, a transaction left idle, and a reply
 * that never comes (dropped packets).
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { err, ok } from '../../domain/result.js';
import { migrate } from '../migrations/index.js';
import type { OpenResult } from '../port.js';
import type { Database as Schema } from '../schema.js';
import { sqlStore } from '../sql-store.js';
import { prepareByName } from './named.js';

/** Counts and sums come back as int8; as Numbers they match what SQLite returns. */
const INT8_OID = 20;

export interface PostgresOptions {
  /** Most connections the pool opens (default 10). */
  readonly max?: number;
  /** Longest wait for a new connection, in ms. */
  readonly connectTimeoutMs?: number;
  /** Longest a statement runs on the server before it is cancelled, in ms. */
  readonly statementTimeoutMs?: number;
  /** How long an unused connection stays open, in ms. */
  readonly idleTimeoutMs?: number;
  /** Told of a connection the pool lost while idle (the pool has dropped it already). */
  readonly onError?: (e: Error) => void;
}

export const POSTGRES_DEFAULTS = {
  max: 10,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  idleTimeoutMs: 30_000,
  onError: (e: Error) =>
    process.stderr.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg: 'database connection lost', error: e.message })}\n`,
    ),
} as const satisfies Required<PostgresOptions>;

export async function openPostgres(
  url: string,
  options: PostgresOptions = {},
): Promise<OpenResult> {
  const o = { ...POSTGRES_DEFAULTS, ...options } satisfies Required<PostgresOptions>;
  const parse = (oid: number, format: 'text' | 'binary' = 'text'): unknown =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format);
  const types: pg.CustomTypesConfig = { getTypeParser: parse };
  const pool = new pg.Pool({
    connectionString: url,
    max: o.max,
    types,
    connectionTimeoutMillis: o.connectTimeoutMs,
    idleTimeoutMillis: o.idleTimeoutMs,
    statement_timeout: o.statementTimeoutMs,
    // The server cancels a long statement itself; this catches a reply that never arrives.
    query_timeout: o.statementTimeoutMs + 5_000,
    idle_in_transaction_session_timeout: o.statementTimeoutMs * 2,
    keepAlive: true,
  });
  // Idle clients report a lost connection on the pool; a client in use reports it on itself
  // (its query fails too, and the pool discards it when it is released).
  pool.on('error', (e) => o.onError(e));
  pool.on('connect', (client) => {
    client.on('error', (e) => o.onError(e));
    prepareByName(client);
  });
  const where = redact(url);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    const m = await migrate(db, 'postgres', new Date().toISOString());
    if (!m.ok) {
      await db.destroy();
      return err({ code: 'database-too-new', found: m.found, supported: m.supported, where });
    }
  } catch (e) {
    await db.destroy();
    return err({ code: 'unreadable', where, detail: (e as Error).message });
  }
  return ok(sqlStore(db, 'postgres', () => db.destroy()));
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the DATABASE_URL';
  }
}

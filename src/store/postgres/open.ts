/** The PostgreSQL adapter, for multi-user servers: `pg` pool, int8 read as Number. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { err, ok } from '../../domain/result.js';
import { migrate } from '../migrations/index.js';
import type { OpenResult } from '../port.js';
import type { Database as Schema } from '../schema.js';
import { sqlStore } from '../sql-store.js';

/** Counts and sums come back as int8; as Numbers they match what SQLite returns. */
const INT8_OID = 20;

export async function openPostgres(
  url: string,
  options: { max?: number } = {},
): Promise<OpenResult> {
  const parse = (oid: number, format: 'text' | 'binary' = 'text'): unknown =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format);
  const types: pg.CustomTypesConfig = { getTypeParser: parse };
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
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

/**
 * Choose and open the store: PostgreSQL when a database URL is given, else the SQLite file
 * under the user's data directory. The Postgres driver is loaded only when used.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { OpenResult } from './port.js';
import type { Access } from './sqlite/open.js';

export type { Access } from './sqlite/open.js';

export interface Where {
  /** --db PATH */
  readonly dbPath?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * What the command needs of a SQLite file (default `create`): reads never create one,
   * only `init`, `import`, `restore` and `serve` do, and only the default data directory is
   * ever created. PostgreSQL is opened the same way for all.
   */
  readonly access?: Access;
}

/** $XDG_DATA_HOME/thrust/thrust.db, else ~/.local/share/thrust/thrust.db. */
export function defaultSqlitePath(env: Where['env']): string {
  const base = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(base, 'thrust', 'thrust.db');
}

/** Describe where data lives, for `thrust status` and error messages. */
export function describe(where: Where): string {
  const url = where.dbPath ? undefined : where.env.DATABASE_URL;
  if (url) return `PostgreSQL (${url.replace(/:[^:@/]*@/, ':***@')})`;
  return `SQLite (${where.dbPath || where.env.THRUST_DB || defaultSqlitePath(where.env)})`;
}

export async function open(where: Where): Promise<OpenResult> {
  const url = where.dbPath ? undefined : where.env.DATABASE_URL;
  if (url) {
    const { openPostgres } = await import('./postgres/open.js');
    return openPostgres(url);
  }
  const { openSqlite } = await import('./sqlite/open.js');
  const given = where.dbPath || where.env.THRUST_DB || undefined;
  return openSqlite(given ?? defaultSqlitePath(where.env), {
    access: where.access ?? 'create',
    makeDir: given === undefined,
  });
}

/** Open the store for one command, build the use cases' dependencies, close it after. */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../app/deps.js';
import type { AppResult } from '../app/errors.js';
import { Dates } from '../domain/index.js';
import type { UserId } from '../store/port.js';
import { open, type Access } from '../store/open.js';
import { EXIT, Exit, fromApp, fromOpen } from './exit.js';

export interface GlobalOptions {
  db?: string;
  /** What the running command needs of the database (main.ts sets it from `accessOf`). */
  access?: Access;
}

/**
 * What each command needs of the database. Reads never create a file and open it
 * read-only; only init, import, restore (and serve, whose web app can set a lifter up)
 * create a missing one. A command not listed here reads.
 */
export function accessOf(command: string, opts: Readonly<Record<string, unknown>>): Access {
  switch (command) {
    case 'init':
    case 'restore':
    case 'serve':
      return 'create';
    case 'import':
      return opts.dryRun ? 'write' : 'create';
    case 'log':
    case 'edit':
    case 'undo':
    case 'measure':
    case 'test':
    case 'photo':
    case 'move': // thrust session move | delete
    case 'delete':
    case 'mcp': // its tools log sets and measurements
      return 'write';
    case 'plan':
      return opts.new ? 'write' : 'read';
    case 'settings':
      return Object.keys(opts).some((k) => k !== 'json' && opts[k] !== undefined)
        ? 'write'
        : 'read';
    default:
      return 'read';
  }
}

/** The lifter in local mode: one per database. */
export const LOCAL_USER = 'local';

/**
 * The clock. THRUST_TODAY=YYYY-MM-DD pins "today" (for scripts, demos and tests that
 * replay a calendar); otherwise it is the machine's.
 */
export function clock(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env.THRUST_TODAY;
  if (!pinned) return () => new Date();
  if (!Dates.isIsoDate(pinned))
    throw new Exit(EXIT.usage, `THRUST_TODAY: expected YYYY-MM-DD, got "${pinned}"`);
  return () => {
    const [y, m, d] = pinned.split('-').map(Number);
    const now = new Date();
    return new Date(
      y ?? 0,
      (m ?? 1) - 1,
      d ?? 1,
      now.getHours(),
      now.getMinutes(),
      now.getSeconds(),
      now.getMilliseconds(),
    );
  };
}

export async function withDeps<T>(
  opts: GlobalOptions,
  fn: (deps: Deps) => Promise<T>,
  /** What to return when there is no database yet (else it is an error). */
  ifMissing?: () => T,
): Promise<T> {
  if (opts.db !== undefined && opts.db.trim() === '')
    throw new Exit(EXIT.usage, '--db: give a database file path, e.g. --db ~/thrust.db');
  const access = opts.access ?? 'read';
  const opened = await open({ dbPath: opts.db, env: process.env, access });
  if (!opened.ok) {
    if (ifMissing && opened.error.code === 'missing') return ifMissing();
    throw fromOpen(opened.error);
  }
  const store = opened.value;
  try {
    const user = await localUser(store, access);
    return await fn({ store, user, now: clock(process.env), newId: randomUUID });
  } finally {
    await store.close();
  }
}

/**
 * The local lifter. `store.user` adds the row on first use, which a read-only file refuses;
 * a reader then gets an id that owns nothing, so it hears "not set up" like any reader of a
 * database with no profile.
 */
async function localUser(store: Deps['store'], access: Access): Promise<UserId> {
  try {
    return await store.user(LOCAL_USER);
  } catch (e) {
    if (access === 'read' && (e as { code?: string }).code?.startsWith('SQLITE_READONLY'))
      return randomUUID();
    throw e;
  }
}

/** The value, or the error turned into an exit. */
export function unwrap<T>(r: AppResult<T>): T {
  if (!r.ok) throw fromApp(r.error);
  return r.value;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

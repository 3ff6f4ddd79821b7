/** The embedded SQLite adapter: one file, WAL journal, foreign keys on. */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { err, ok } from '../../domain/result.js';
import { currentVersion, LATEST, migrate } from '../migrations/index.js';
import type { OpenResult } from '../port.js';
import { SET_COLUMNS } from '../rows.js';
import type { Database as Schema } from '../schema.js';
import { sqlStore, type InsertSets } from '../sql-store.js';
import { SplitSqliteDialect, type Handle } from './split.js';

/**
 * What a command needs of the file. `read`: it must exist, and is opened read-only (so a
 * read-only file can be read, and nothing is ever created); `write`: it must exist and be
 * writable; `create`: it is created if missing (`init`, `restore`, `import`, `serve`).
 */
export type Access = 'read' | 'write' | 'create';

export interface SqliteOptions {
  readonly access?: Access;
  /** Create the file's missing folder (only for the default data directory). */
  readonly makeDir?: boolean;
}

const writable = (path: string): boolean => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Open the database at `path`, or in memory for ":memory:"; by default (`create`) it is
 * created if missing, in a folder that must exist unless `makeDir`.
 * WAL lets a reader run beside a writer; synchronous=FULL makes every commit durable before
 * it returns; busy_timeout makes a second writer wait rather than fail.
 */
export async function openSqlite(path: string, options: SqliteOptions = {}): Promise<OpenResult> {
  const access = options.access ?? 'create';
  if (path !== ':memory:') {
    const found = existsSync(path) ? statSync(path) : null;
    if (found?.isDirectory())
      return err({
        code: 'unreadable',
        where: path,
        detail: 'it is a folder, not a database file',
      });
    if (!found) {
      if (access !== 'create') return err({ code: 'missing', where: path });
      const folder = dirname(path);
      if (!existsSync(folder)) {
        if (!options.makeDir) return err({ code: 'no-folder', where: path, folder });
        try {
          // Only the lifter reads the log (it holds body data and, with accounts, password
          // hashes): a folder made here is 0700, whatever the umask.
          mkdirSync(folder, { recursive: true, mode: 0o700 });
        } catch (e) {
          return err({ code: 'unreadable', where: path, detail: (e as Error).message });
        }
      }
      if (!writable(folder)) return err({ code: 'read-only', where: folder });
      // Made empty (an empty file is an empty database) and 0600 before SQLite opens it;
      // SQLite gives its -wal and -shm files the mode of the database file.
      try {
        closeSync(openSync(path, 'wx', 0o600));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
          return err({ code: 'unreadable', where: path, detail: (e as Error).message });
      }
    } else if (access !== 'read' && (!writable(path) || !writable(dirname(path))))
      return err({ code: 'read-only', where: path });
  }
  const opened = access === 'read' ? openReadOnly(path) : openReadWrite(path);
  if (!opened.ok) return opened;
  const raw = opened.value;
  const database = cached(raw);
  // A file written here gets a second, query-only connection for single reads, so that a
  // long write (an import) does not hold up everyone's reads (split.ts).
  const reader = access === 'read' || path === ':memory:' ? null : openReader(path);
  const db = new Kysely<Schema>({
    dialect: reader
      ? new SplitSqliteDialect(database, cached(reader))
      : new SqliteDialect({ database }),
  });
  try {
    const found = await versionOf(db);
    if (found > LATEST) {
      await db.destroy();
      return err({ code: 'database-too-new', found, supported: LATEST, where: path });
    }
    if (found < LATEST) {
      if (access === 'read') {
        // Nothing to read yet, or a schema to bring up to date first (which writes).
        await db.destroy();
        if (found === 0) return err({ code: 'missing', where: path });
        const upgraded = await openSqlite(path, { access: 'write' });
        if (upgraded.ok || upgraded.error.code !== 'read-only') return upgraded;
        return err({
          code: 'unreadable',
          where: path,
          detail: `its schema (version ${found}) is older than this version of Thrust (${LATEST}) and must be upgraded once, which needs write access to the file and its folder`,
        });
      }
      const m = await migrate(db, 'sqlite', new Date().toISOString());
      if (!m.ok) {
        await db.destroy();
        return err({
          code: 'database-too-new',
          found: m.found,
          supported: m.supported,
          where: path,
        });
      }
    }
  } catch (e) {
    await db.destroy();
    return err({ code: 'unreadable', where: path, detail: (e as Error).message });
  }
  // The import's insert of new sets (sql-bulk.ts), as one statement prepared once.
  const insert = raw.prepare(
    `insert into sets (${SET_COLUMNS.join(', ')}) values (${SET_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertSets: InsertSets = (rows) => {
    for (const r of rows) insert.run(SET_COLUMNS.map((c) => r[c]));
  };
  return ok(sqlStore(db, 'sqlite', () => db.destroy(), insertSets));
}

type Opened = { ok: true; value: Database.Database } | ReturnType<typeof unreadable>;

/**
 * Kysely prepares every statement anew; keep them, keyed by their SQL (the set of distinct
 * statements is small and fixed by the code), which makes each query cheaper.
 */
function cached(raw: Database.Database): Handle {
  const statements = new Map<string, Database.Statement>();
  return {
    prepare(sql: string) {
      let s = statements.get(sql);
      if (!s) {
        if (statements.size >= 1000) statements.clear();
        s = raw.prepare(sql);
        statements.set(sql, s);
      }
      return s;
    },
    close: () => raw.close(),
  };
}

/** The read connection beside a writer; none if it cannot be opened (then all goes to one). */
function openReader(path: string): Database.Database | null {
  try {
    const raw = new Database(path, { fileMustExist: true });
    raw.pragma('busy_timeout = 10000');
    raw.pragma('query_only = ON');
    return raw;
  } catch {
    return null;
  }
}

const unreadable = (where: string, e: unknown) =>
  err({ code: 'unreadable' as const, where, detail: (e as Error).message });

function openReadWrite(path: string): Opened {
  try {
    const raw = new Database(path);
    raw.pragma('busy_timeout = 10000');
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.prepare('select count(*) from sqlite_master').get();
    return ok(raw);
  } catch (e) {
    return unreadable(path, e);
  }
}

/**
 * Read only, and never creating the file. A file the lifter may write is opened with
 * query_only, so that the last connection to close still tidies the -wal and -shm files
 * away. A read-only file (or folder) is read from a copy in memory: SQLite would leave -wal
 * and -shm files beside it that it cannot remove, or, in a read-only folder, could not open
 * a WAL database at all. The copy is the same data when no -wal file is beside the file;
 * when one is, the file is opened in place, read-only.
 */
function openReadOnly(path: string): Opened {
  try {
    if (writable(path) && writable(dirname(path))) {
      const raw = new Database(path, { fileMustExist: true });
      raw.pragma('busy_timeout = 10000');
      raw.pragma('query_only = ON');
      raw.prepare('select count(*) from sqlite_master').get();
      return ok(raw);
    }
    if (!existsSync(`${path}-wal`)) {
      const bytes = readFileSync(path);
      // The header's WAL marks (bytes 18 and 19): a copy in memory has no WAL.
      if (bytes.length >= 20 && bytes[18] === 2) bytes[18] = bytes[19] = 1;
      const copy = new Database(bytes, { readonly: true });
      copy.prepare('select count(*) from sqlite_master').get();
      return ok(copy);
    }
    const raw = new Database(path, { readonly: true, fileMustExist: true });
    raw.pragma('busy_timeout = 10000');
    raw.prepare('select count(*) from sqlite_master').get();
    return ok(raw);
  } catch (e) {
    return unreadable(path, e);
  }
}

/** The schema version, 0 for a file with no Thrust tables. */
async function versionOf(db: Kysely<Schema>): Promise<number> {
  try {
    return await currentVersion(db);
  } catch (e) {
    if (/no such table/.test((e as Error).message)) return 0;
    throw e;
  }
}

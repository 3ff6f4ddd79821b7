/**
 * What the system throws at a command (a damaged database, a file that cannot be written, a
 * port in use), as a sentence and a documented exit code instead of a stack trace. Anything
 * else is a bug, and main.ts says so.
 */
import { defaultSqlitePath } from '../store/open.js';
import { EXIT, Exit } from './exit.js';

interface SystemError {
  code?: unknown;
  path?: unknown;
  syscall?: unknown;
  port?: unknown;
  address?: unknown;
  message?: unknown;
}

const fields = (e: unknown): SystemError => (typeof e === 'object' && e !== null ? e : {});

/** The database a command used, for messages: "the SQLite file PATH" or "PostgreSQL". */
export function databaseName(db: string | undefined, env: NodeJS.ProcessEnv): string {
  if (!db && env.DATABASE_URL) return 'in PostgreSQL (DATABASE_URL)';
  return db || env.THRUST_DB || defaultSqlitePath(env);
}

/** The exit for a known failure of the database, the file system or the network; else null. */
export function fromThrown(e: unknown, database: string): Exit | null {
  const f = fields(e);
  const code = typeof f.code === 'string' ? f.code : '';
  if (code.startsWith('SQLITE_')) return fromSqlite(code, database);
  if (f.syscall === 'listen' || f.syscall === 'bind') return fromListen(code, f);
  return fromFile(code, typeof f.path === 'string' ? f.path : null);
}

function fromSqlite(code: string, database: string): Exit | null {
  const base = code.split('_').slice(0, 2).join('_');
  switch (base) {
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new Exit(
        EXIT.database,
        `The database ${database} is damaged (SQLite reads a page of it as malformed); nothing was changed. Keep a copy of the file, then restore your last backup into a new one (thrust --db new.db restore backup.json), or try sqlite3's .recover on the copy.`,
      );
    case 'SQLITE_FULL':
      return new Exit(
        EXIT.database,
        `The disk holding the database ${database} is full, so nothing was saved. Free some space and run the command again.`,
      );
    case 'SQLITE_READONLY':
      return new Exit(
        EXIT.database,
        `The database ${database} cannot be written (the file or its folder is read-only), and this command saves. Make it writable, or use commands that only read.`,
      );
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new Exit(
        EXIT.database,
        `The database ${database} stayed locked by another program for 10 seconds; nothing was saved. Run the command again once the other program (an import, a restore) is done.`,
      );
    case 'SQLITE_IOERR':
    case 'SQLITE_CANTOPEN':
      return new Exit(
        EXIT.database,
        `The database ${database} could not be read or written (${code}: an error of the disk or file system). Check the disk, then run the command again.`,
      );
    default:
      return null;
  }
}

function fromListen(code: string, f: SystemError): Exit | null {
  const port = typeof f.port === 'number' ? f.port : '?';
  const address = typeof f.address === 'string' ? f.address : 'this address';
  switch (code) {
    case 'EADDRINUSE':
      return new Exit(
        EXIT.data,
        `--port ${port}: another program is already listening on ${address}:${port} (another thrust serve?). Stop it, or choose another port: thrust serve --port 8081.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new Exit(
        EXIT.data,
        `--port ${port}: this user may not listen on port ${port} (ports below 1024 need root). Choose a port from 1024 to 65535, e.g. --port 8080.`,
      );
    case 'EADDRNOTAVAIL':
      return new Exit(
        EXIT.data,
        `--host ${address}: this machine has no such address. Use 127.0.0.1, or an address of this machine.`,
      );
    default:
      return null;
  }
}

/** A file that could not be read or written; a write to a full disk names no path. */
function fromFile(code: string, path: string | null): Exit | null {
  const why: Record<string, string> = {
    ENOENT:
      'no such file, or its folder does not exist (Thrust creates no folders: mkdir it first)',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder; give a file name inside it, e.g. a name ending .json or .csv',
    EACCES: 'permission denied (check the permissions of the file and its folder)',
    EPERM: 'the system does not allow it (check the permissions of the file and its folder)',
    EROFS: 'it is on a read-only file system',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many files are open; run the command again',
    ELOOP: 'it is a loop of symbolic links',
  };
  const reason = why[code];
  if (!reason) return null;
  if (path !== null) return new Exit(EXIT.data, `${path}: ${reason}.`);
  // Without a path, only what is plainly about the disk, not a bug's missing file.
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS'
    ? new Exit(EXIT.data, `Cannot write: ${reason}.`)
    : null;
}

/** Exit codes, and the one place app errors become them. */
import type { AppError } from '../app/errors.js';
import { message } from '../app/errors.js';
import type { OpenError } from '../store/port.js';

export const EXIT = {
  ok: 0,
  /** A bug: something threw that should not have. */
  bug: 1,
  /** The command line itself was wrong: unknown command or option, missing argument. */
  usage: 2,
  /** A value was rejected: bad load, reps, date, unknown exercise, no such set. */
  data: 3,
  /** The database could not be opened, cannot be written, or is newer than this program. */
  database: 4,
  /** Thrust is not set up yet (no database, or no profile), or there is nothing to act on. */
  state: 5,
} as const;

export class Exit extends Error {
  constructor(
    readonly code: number,
    msg: string,
  ) {
    super(msg);
  }
}

export function fromApp(e: AppError): Exit {
  switch (e.code) {
    case 'invalid':
    case 'unknown-exercise':
    case 'not-found':
    case 'bad-file':
    case 'taken':
      return new Exit(EXIT.data, message(e));
    case 'unauthenticated':
    case 'forbidden':
    case 'rate-limited':
      return new Exit(EXIT.state, message(e));
    case 'not-set-up':
    case 'nothing-to-undo':
    case 'not-empty':
      return new Exit(EXIT.state, message(e));
  }
}

export function fromOpen(e: OpenError): Exit {
  switch (e.code) {
    case 'database-too-new':
      return new Exit(
        EXIT.database,
        `The database at ${e.where} has schema version ${e.found}; this version of Thrust knows up to ${e.supported}. Upgrade Thrust (npm install) to use it; nothing was changed.`,
      );
    case 'unreadable':
      return new Exit(
        EXIT.database,
        `Cannot open the database at ${e.where}: ${e.detail}. Check the path (--db, THRUST_DB) and its permissions.`,
      );
    case 'missing':
      return new Exit(
        EXIT.state,
        `No database at ${e.where}: run \`thrust init\` first (with the same --db or THRUST_DB, if you gave one here). Only init, import and restore create a database.`,
      );
    case 'no-folder':
      return new Exit(
        EXIT.database,
        `The folder ${e.folder} does not exist, so the database ${e.where} cannot be created there. Create the folder first (mkdir -p ${e.folder}) or choose another --db; Thrust creates no folders but its own data directory.`,
      );
    case 'read-only':
      return new Exit(
        EXIT.database,
        `The database at ${e.where} is read-only (the file or its folder cannot be written), and this command saves. Reading works (thrust today, status, history, stats); to save, make it writable.`,
      );
  }
}

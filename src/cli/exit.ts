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
  /** The database could not be opened or is newer than this program. */
  database: 4,
  /** Thrust is not set up yet, or there is nothing to act on. */
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
  }
}

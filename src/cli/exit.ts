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

/**
 * The use cases name fields as the API does (stallAfter, sets.0.rpe); the command line says
 * them as the flag or argument the lifter typed.
 */
const FLAGS: Readonly<Record<string, string>> = {
  stallAfter: '--stall-after',
  deloadPercent: '--deload',
  asymmetryThresholdPercent: '--asymmetry',
  formula: '--formula',
  pace: '--pace',
  rpe: '--rpe',
  rir: '--rir',
  holdSeconds: '--hold',
  note: '--note',
  name: '--name',
  distanceM: '--distance',
  reps: 'reps',
  load: 'load',
  side: 'side',
  sessionsPerWeek: '--days',
  weekdays: '--weekdays',
  value: 'the measurement',
  seconds: 'the sprint time',
  height: 'the jump height',
};

/** What each flag allows, said after a refusal of a number (the app says the bound broken). */
const ALLOWED: Readonly<Record<string, string>> = {
  '--stall-after': 'a whole number of failed sessions from 1 to 10',
  '--deload': 'a percentage from 0 to 50',
  '--asymmetry': 'a percentage from 0 to 100',
  '--rpe': 'an effort from 1 to 10, in steps of 0.5',
  '--rir': 'a whole number of reps in reserve from 0 to 10',
  '--hold': 'seconds from 0 to 60',
  reps: 'a whole number from 1 to 100',
};

/** "--deload: must be at most 50 (a percentage from 0 to 50)": the refusal, and what is allowed. */
export function invalidSentence(field: string, message: string): string {
  const flag = flagOf(field);
  const allowed = ALLOWED[flag];
  const aboutNumber =
    /^must be (at least|at most|more than|less than|a number|a whole number|a multiple)/;
  return allowed && aboutNumber.test(message)
    ? `${flag}: ${message} (${allowed}).`
    : `${flag}: ${message}`;
}

/** The flag or argument for an app field (a set's fields lose their `sets.N.`). */
export function flagOf(field: string): string {
  const bare = field.replace(/^sets\.\d+\./, '');
  return FLAGS[bare] ?? FLAGS[bare.split('.')[0] ?? ''] ?? field;
}

export function fromApp(e: AppError): Exit {
  switch (e.code) {
    case 'invalid':
      return new Exit(EXIT.data, invalidSentence(e.field, e.message));
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
        `Cannot open the database at ${e.where}: ${e.detail}. ${advice(e)}`,
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

/** What to do about a database that cannot be opened, by what it is and what went wrong. */
function advice(e: { where: string; detail: string }): string {
  if (/^postgres(ql)?:/i.test(e.where))
    return 'Check DATABASE_URL (host, port, user, password, database) and that the server is running and reachable.';
  if (/malformed|not a database|corrupt/i.test(e.detail))
    return 'The file is damaged or is not a Thrust database: keep a copy, then restore your last backup into a new file (thrust --db new.db restore backup.json).';
  return 'Check the path (--db, THRUST_DB) and its permissions.';
}

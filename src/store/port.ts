/**
 * The Store port: what the use cases need from storage, nothing more. Every call is scoped
 * to one user; ids of another user's rows behave as if they did not exist.
 */
import type { Analytics, Dates, Log, Plan, Profile } from '../domain/index.js';
import type { Result } from '../domain/result.js';
import type { Accounts } from './accounts-port.js';

export type UserId = string;

/**
 * A set id of the batch is already a stored set of this user, with other values (another
 * day, exercise or numbers): nothing of the batch was stored. Resending the set as it was
 * first sent is answered as stored; a new set needs a new id (or none).
 */
export class SetIdTaken extends Error {
  constructor(
    /** Which set of the batch, from 0. */
    readonly index: number,
    /** The day the stored set was logged on. */
    readonly storedOn: string,
  ) {
    super(`set id of sets.${index} is stored with other values`);
  }
}

/** A logged set as stored: the domain's set plus identity and bookkeeping. */
export interface StoredSet extends Log.LoggedSet {
  readonly track: string | null;
  readonly id: string;
  readonly sessionId: string;
  /** Order within the session, from 1. */
  readonly seq: number;
  readonly rir: number | null;
  readonly note: string | null;
  /** ISO timestamp the set was logged. */
  readonly loggedAt: string;
}

export interface StoredSession {
  readonly id: string;
  readonly date: Dates.IsoDate;
  /** The plan it was logged under; null for imported history. */
  readonly planId: string | null;
  readonly dayId: string | null;
  readonly sets: readonly StoredSet[];
}

/** A set to log; the store assigns the session and the order. */
export type NewSet = Omit<StoredSet, 'sessionId' | 'seq' | 'track'> & {
  readonly track?: string | null;
  /** The app whose export an imported set came from ('strong', 'hevy', 'fitnotes'). */
  readonly source?: string | null;
};

export interface ImportOptions {
  /**
   * The app the sets come from ('strong', 'hevy', 'fitnotes'), stored with each set. Only
   * with a source is a set already here (logged here, or from another app) not added twice.
   */
  readonly source?: string;
  /** Remove this source's sets, dated from the file's first day on, that it lacks. */
  readonly sync?: boolean;
  /** Count what would change; change nothing. */
  readonly dryRun?: boolean;
  /** Told how many sets are written so far, after each page. */
  readonly onProgress?: (done: number) => void;
}

export interface ImportOutcome {
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  /** Stored already, unchanged. */
  readonly present: number;
  /** The same set is here already, logged here or imported from another app. */
  readonly elsewhere: number;
}

export type SetPatch = Partial<
  Pick<
    StoredSet,
    | 'load'
    | 'reps'
    | 'side'
    | 'holdSeconds'
    | 'clean'
    | 'band'
    | 'rpe'
    | 'rir'
    | 'felt'
    | 'note'
    | 'warmup'
    | 'track'
  >
>;

export interface StoredPlan {
  readonly id: string;
  readonly createdAt: string;
  readonly plan: Plan.Plan;
}

export type MeasurementKind = string;

export interface Measurement {
  readonly id: string;
  readonly date: Dates.IsoDate;
  /** "hip-circumference", "bodyweight", or the lifter's own name. */
  readonly kind: MeasurementKind;
  readonly value: number;
  /** "cm", "in", "kg", "lb" or the lifter's own. */
  readonly unit: string;
  readonly note: string | null;
}

export type PerformanceKind = 'sprint' | 'vertical-jump';

export interface PerformanceTest {
  readonly id: string;
  readonly date: Dates.IsoDate;
  readonly kind: PerformanceKind;
  /** Seconds for a sprint; centimetres or inches for a jump. */
  readonly value: number;
  readonly unit: 's' | 'cm' | 'in';
  /** Sprint distance in metres. */
  readonly distanceM: number | null;
  readonly note: string | null;
}

export interface Photo {
  readonly id: string;
  readonly date: Dates.IsoDate;
  readonly path: string;
  readonly note: string | null;
}

export interface PhotoFile {
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export type OpenError =
  | { code: 'database-too-new'; found: number; supported: number; where: string }
  | { code: 'unreadable'; where: string; detail: string }
  /** No database file there (and the command may not create one). */
  | { code: 'missing'; where: string }
  /** The file's folder does not exist (only the default data directory is created). */
  | { code: 'no-folder'; where: string; folder: string }
  /** The file, or its folder, cannot be written, and the command writes. */
  | { code: 'read-only'; where: string };

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Accounts, credentials and coach links (multi-user servers). */
  readonly accounts: Accounts;

  /** The user with this name, created on first use (local mode has one, "local"). */
  user(name: string): Promise<UserId>;

  getProfile(user: UserId): Promise<Profile.Profile | null>;
  saveProfile(user: UserId, profile: Profile.Profile): Promise<void>;

  /** The plan most recently saved. */
  activePlan(user: UserId): Promise<StoredPlan | null>;
  /** The profile and the active plan in one read (what logging a set needs). */
  planAndProfile(
    user: UserId,
  ): Promise<{ plan: StoredPlan | null; profile: Profile.Profile | null }>;
  savePlan(user: UserId, plan: Plan.Plan): Promise<StoredPlan>;

  /** Sessions with their sets, oldest first; `since` is inclusive. */
  sessions(user: UserId, since?: Dates.IsoDate): Promise<StoredSession[]>;
  /** The dates, plans and plan days of sessions from `from` to `to` (inclusive), without sets. */
  sessionDays(
    user: UserId,
    from: Dates.IsoDate,
    to: Dates.IsoDate,
  ): Promise<{ date: Dates.IsoDate; dayId: string | null; planId: string | null }[]>;
  /**
   * Add sets to the session on `date` (created under `planId` if missing), in one
   * transaction: all of them are stored or none. A set id already stored is not stored
   * again (idempotent).
   */
  logSets(
    user: UserId,
    session: { date: Dates.IsoDate; dayId: string | null; planId?: string | null },
    sets: readonly NewSet[],
  ): Promise<StoredSet[]>;
  getSet(user: UserId, id: string): Promise<StoredSet | null>;
  updateSet(user: UserId, id: string, patch: SetPatch): Promise<StoredSet | null>;
  /** Deletes the set, and its session when that was the session's last set. */
  deleteSet(user: UserId, id: string): Promise<boolean>;
  /** The most recently logged set. */
  lastSet(user: UserId): Promise<StoredSet | null>;
  /**
   * Sessions holding sets of these exercises (references as stored, so a catalogue lift's
   * older custom ids can be asked for too), with those sets only; oldest first.
   */
  exerciseSessions(user: UserId, exercises: readonly string[]): Promise<StoredSession[]>;
  /**
   * What sets of these exercises just logged (`fresh`, in session `sessionId`) beat: the
   * records' candidates (Records.Candidates) of every other session, and of that session
   * without and with them, summarised by the database so the process reads a few dozen rows
   * at any length of history (sql-records.ts).
   */
  recordsAround(
    user: UserId,
    exercises: readonly string[],
    sessionId: string,
    fresh: readonly string[],
  ): Promise<{
    others: Analytics.Records.Candidates;
    without: Analytics.Records.Candidates;
    with: Analytics.Records.Candidates;
  }>;
  /**
   * Move the whole session on `from` to `to`, now counting as plan day `dayId`: 'missing'
   * when there is no session on `from`, 'taken' when `to` has one already (nothing moves).
   */
  moveSession(
    user: UserId,
    from: Dates.IsoDate,
    to: Dates.IsoDate,
    dayId: string | null,
  ): Promise<'moved' | 'missing' | 'taken'>;
  /** Delete the session on `date` with all its sets, in one transaction; what was deleted. */
  deleteSession(user: UserId, date: Dates.IsoDate): Promise<StoredSession | null>;

  addMeasurement(user: UserId, m: Measurement): Promise<void>;
  measurements(user: UserId, kind?: MeasurementKind): Promise<Measurement[]>;
  addTest(user: UserId, t: PerformanceTest): Promise<void>;
  tests(user: UserId): Promise<PerformanceTest[]>;
  addPhoto(user: UserId, p: Photo): Promise<void>;
  photos(user: UserId): Promise<Photo[]>;
  /** A photo and its uploaded file, in one transaction. */
  addPhotoFile(user: UserId, p: Photo, file: PhotoFile): Promise<void>;
  /** The uploaded file of one of the user's photos. */
  photoFile(user: UserId, id: string): Promise<PhotoFile | null>;
  /** Removes a photo and its file; false if the user has no photo with that id. */
  deletePhoto(user: UserId, id: string): Promise<boolean>;

  /** Imported names the lifter mapped to exercises (normalized name -> exercise). */
  mappings(user: UserId): Promise<Map<string, string>>;
  saveMapping(user: UserId, name: string, exercise: string): Promise<void>;
  /** The lifter's own exercises' names as written (custom id -> name). */
  exerciseNames(user: UserId): Promise<Map<string, string>>;
  /** Remember how custom exercises are written; a name already stored is kept. */
  nameExercises(user: UserId, names: readonly { exercise: string; name: string }[]): Promise<void>;
  /**
   * Store imported sessions in one transaction, in batches. A set whose id is stored is
   * updated if the export changed it (a new mapping, an edit in the other app, another
   * unit); a set already here from another app or logged here (same day, exercise, reps
   * and load) is not added twice; with `sync`, the source's sets from the file's first day
   * on that it no longer has are removed. `sessions` may come a page of days at a time
   * (a large file read as it is stored); a day should not be split across pages.
   */
  importSets(
    user: UserId,
    sessions:
      | readonly { date: Dates.IsoDate; sets: readonly NewSet[] }[]
      | AsyncIterable<readonly { date: Dates.IsoDate; sets: readonly NewSet[] }[]>,
    opts?: ImportOptions,
  ): Promise<ImportOutcome>;

  /** Every plan saved, oldest first. */
  plans(user: UserId): Promise<StoredPlan[]>;
  /** Put a whole backup into a user with no data yet, ids and timestamps as they were. */
  restore(user: UserId, backup: Backup): Promise<void>;

  close(): Promise<void>;
}

/** Everything one user has, as `thrust export --format json` writes it. */
export interface Backup {
  readonly profile: Profile.Profile | null;
  readonly plans: readonly StoredPlan[];
  readonly sessions: readonly StoredSession[];
  readonly measurements: readonly Measurement[];
  readonly tests: readonly PerformanceTest[];
  readonly photos: readonly Photo[];
  /** Photos uploaded through the server, their bytes in base64. */
  readonly photoFiles?: readonly { photoId: string; contentType: string; base64: string }[];
  readonly mappings: readonly { name: string; exercise: string }[];
  /** The lifter's own exercises' names as written (absent in backups made before them). */
  readonly exerciseNames?: readonly { exercise: string; name: string }[];
}

export type OpenResult = Result<Store, OpenError>;

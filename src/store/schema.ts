/** Table types for Kysely: the columns as both engines store them. */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  name: string;
  created_at: string;
}

export interface ProfilesTable {
  user_id: string;
  /** The profile as JSON, parsed with its zod schema on read. */
  data: string;
  updated_at: string;
}

export interface PlansTable {
  id: string;
  user_id: string;
  created_at: string;
  /** Increases with every plan saved, so "the latest" never depends on clock ties. */
  seq: number;
  data: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  date: string;
  day_id: string | null;
  /** The plan the session was logged under; null for imported history (migration 004). */
  plan_id: string | null;
  created_at: string;
  /** The last set number handed out in this session (migration 009); 0 when made. */
  next_seq: Generated<number>;
}

export interface SetsTable {
  id: string;
  user_id: string;
  session_id: string;
  seq: number;
  exercise: string;
  load_value: number;
  load_unit: string;
  reps: number;
  side: string | null;
  hold_seconds: number | null;
  clean: number;
  band: string | null;
  rpe: number | null;
  rir: number | null;
  felt: string | null;
  note: string | null;
  warmup: number;
  /** The plan track the set answers, when the face that logged it knew (migration 004). */
  track: string | null;
  /** The app whose export the set was imported from (migration 005); null if logged here. */
  source: string | null;
  /** A timed or distance set's measure, when it has no reps (migration 006). */
  seconds: number | null;
  distance_m: number | null;
  logged_at: string;
}

export interface MeasurementsTable {
  id: string;
  user_id: string;
  date: string;
  kind: string;
  value: number;
  unit: string;
  note: string | null;
}

export interface PerformanceTestsTable {
  id: string;
  user_id: string;
  date: string;
  kind: string;
  value: number;
  unit: string;
  distance_m: number | null;
  note: string | null;
}

export interface PhotosTable {
  id: string;
  user_id: string;
  date: string;
  path: string;
  note: string | null;
}

export interface SchemaVersionTable {
  version: number;
  applied_at: string;
}

export interface ExerciseMappingsTable {
  user_id: string;
  name: string;
  exercise: string;
}

export interface ExerciseNamesTable {
  user_id: string;
  exercise: string;
  name: string;
}

export interface Database extends AccountTables {
  exercise_mappings: ExerciseMappingsTable;
  exercise_names: ExerciseNamesTable;
  users: UsersTable;
  profiles: ProfilesTable;
  plans: PlansTable;
  sessions: SessionsTable;
  sets: SetsTable;
  measurements: MeasurementsTable;
  performance_tests: PerformanceTestsTable;
  photos: PhotosTable;
  thrust_schema: SchemaVersionTable;
}

export interface AccountsTable {
  user_id: string;
  email: string;
  password_hash: string;
  created_at: string;
  /** Migration 008; null until the email is confirmed. */
  email_verified_at: string | null;
}

export interface EmailVerificationsTable {
  secret_hash: string;
  user_id: string;
  email: string;
  created_at: string;
  expires_at: string;
}

export interface CredentialsTable {
  id: string;
  user_id: string;
  secret_hash: string;
  kind: string;
  label: string | null;
  csrf: string | null;
  created_at: string;
  expires_at: string | null;
}

export interface LoginFailuresTable {
  key: string;
  at: string;
}

export interface CoachLinksTable {
  id: string;
  coach_id: string;
  athlete_email: string;
  athlete_id: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface PhotoFilesTable {
  photo_id: string;
  user_id: string;
  content_type: string;
  bytes: Uint8Array;
}

export interface AccountTables {
  accounts: AccountsTable;
  credentials: CredentialsTable;
  login_failures: LoginFailuresTable;
  coach_links: CoachLinksTable;
  photo_files: PhotoFilesTable;
  email_verifications: EmailVerificationsTable;
}

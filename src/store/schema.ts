/** Table types for Kysely: the columns as both engines store them. */
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
  created_at: string;
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

export interface Database {
  exercise_mappings: ExerciseMappingsTable;
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

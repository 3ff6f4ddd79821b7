/** What the lifter did: sessions of logged sets, and how they are credited to plan tracks. */
import type { Side } from './asymmetry.js';
import { isExerciseId, type ExerciseId, type ExerciseRef } from './catalogue/index.js';
import type { IsoDate } from './dates.js';
import type { BandLevel } from './equipment.js';
import { dayById, dayOn, firstSlotFor, type Plan, type Slot } from './program/plan.js';
import { compare, type Load } from './units.js';

/** Where the lifter felt a set; hamstrings on a hip thrust points at foot position (R7). */
export type Felt = 'glutes' | 'hamstrings' | 'quads' | 'lower-back';
export const FELT: readonly Felt[] = ['glutes', 'hamstrings', 'quads', 'lower-back'];

export interface LoggedSet {
  readonly exercise: ExerciseRef;
  readonly load: Load;
  readonly reps: number;
  /** For unilateral work (R5); null for bilateral sets. */
  readonly side: Side | null;
  /** Seconds the top was held; null when not recorded (taken as the prescribed hold). */
  readonly holdSeconds: number | null;
  /** Full range and a real peak contraction on every rep (R8). */
  readonly clean: boolean;
  readonly band: BandLevel | null;
  readonly rpe: number | null;
  readonly felt: Felt | null;
  /** A warm-up set: shown in the log, never counted for progression. */
  readonly warmup: boolean;
}

export interface LoggedSession {
  readonly date: IsoDate;
  /** The plan day this session was, when it was logged against the plan. */
  readonly dayId: string | null;
  readonly sets: readonly LoggedSet[];
}

/** One session's work on one track, with the slot as it was prescribed that day. */
export interface TrackEntry {
  readonly date: IsoDate;
  readonly slot: Slot;
  readonly sets: readonly LoggedSet[];
}

/**
 * The sessions' work sets for `track`, oldest first. Only sessions from the plan's start on
 * count: earlier history (an old plan, an import) sets the starting point instead
 * (`startingSet`). A session's sets go to the slot of its plan day (by id, else by date);
 * sets from an off-plan day go to the exercise's first slot in the plan, so nothing logged
 * under the plan is ignored.
 */
export function entriesFor(
  plan: Plan,
  sessions: readonly LoggedSession[],
  track: string,
): TrackEntry[] {
  const entries: TrackEntry[] = [];
  const ordered = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const s of ordered) {
    if (s.date < plan.start) continue;
    const day = (s.dayId ? dayById(plan, s.dayId) : undefined) ?? dayOn(plan, s.date);
    const byExercise = new Map<ExerciseId, LoggedSet[]>();
    for (const set of s.sets) {
      if (set.warmup || !isExerciseId(set.exercise)) continue;
      const list = byExercise.get(set.exercise);
      if (list) list.push(set);
      else byExercise.set(set.exercise, [set]);
    }
    for (const [exercise, sets] of byExercise) {
      const slot = day?.slots.find((x) => x.exercise === exercise) ?? firstSlotFor(plan, exercise);
      if (slot?.track === track) entries.push({ date: s.date, slot, sets });
    }
  }
  return entries;
}

/**
 * Where a track starts when the plan begins after some history: the heaviest work set of
 * the exercise in the last session before the plan's start (clean sets preferred).
 */
export function startingSet(
  plan: Plan,
  sessions: readonly LoggedSession[],
  exercise: ExerciseId,
): { load: Load; reps: number } | null {
  let last: { date: IsoDate; sets: LoggedSet[] } | null = null;
  for (const s of sessions) {
    if (s.date >= plan.start || (last && s.date < last.date)) continue;
    const sets = s.sets.filter((x) => x.exercise === exercise && !x.warmup && x.reps > 0);
    if (sets.length > 0) last = { date: s.date, sets };
  }
  if (!last) return null;
  const pool = last.sets.some((x) => x.clean) ? last.sets.filter((x) => x.clean) : last.sets;
  const best = pool.reduce((a, b) =>
    compare(b.load, a.load) > 0 || (compare(b.load, a.load) === 0 && b.reps > a.reps) ? b : a,
  );
  return { load: best.load, reps: best.reps };
}

/** The most recent set of any of `exercises`, if any. */
export function lastSetOf(
  sessions: readonly LoggedSession[],
  exercises: readonly ExerciseRef[],
): LoggedSet | undefined {
  const ordered = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = ordered.length - 1; i >= 0; i--) {
    const sets = ordered[i]?.sets ?? [];
    for (let j = sets.length - 1; j >= 0; j--) {
      const set = sets[j];
      if (set && !set.warmup && exercises.includes(set.exercise)) return set;
    }
  }
  return undefined;
}

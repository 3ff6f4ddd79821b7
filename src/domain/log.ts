/** What the lifter did: sessions of logged sets, and how they are credited to plan tracks. */
import type { Side } from './asymmetry.js';
import { isExerciseId, type ExerciseId, type ExerciseRef } from './catalogue/index.js';
import { addDays, type IsoDate } from './dates.js';
import type { BandLevel } from './equipment.js';
import { toKg, type Load } from './units.js';
import {
  dayById,
  dayOn,
  firstSlotFor,
  tracks,
  type Plan,
  type PlanDay,
  type Slot,
} from './program/plan.js';

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
  /**
   * The plan track the lifter logged the set against (e.g. "banded-hip-thrust/heavy" or
   * "activation"), when a face knew it; otherwise the set is credited by `creditSets`.
   */
  readonly track?: string | null;
  /** How long a set with no reps lasted (a plank), in seconds; absent for sets of reps. */
  readonly seconds?: number | null;
  /** How far a set with no reps went (a sled push, a run), in metres. */
  readonly distanceM?: number | null;
}

export interface LoggedSession {
  readonly date: IsoDate;
  /**
   * The plan the session was logged under. null for history from outside any plan (an
   * import): such a session belongs to the plan whose dates it falls in, if any (`planOf`).
   */
  readonly planId?: string | null;
  /** The plan day this session was, when it was logged against the plan. */
  readonly dayId: string | null;
  readonly sets: readonly LoggedSet[];
}

/** A stored plan: its id and its shape. Plans follow one another; the last is the active one. */
export interface PlanEntry {
  readonly id: string;
  readonly plan: Plan;
}

/** One session's work on one track, with the slot as it was prescribed that day. */
export interface TrackEntry {
  readonly date: IsoDate;
  readonly slot: Slot;
  readonly sets: readonly LoggedSet[];
}

/**
 * The plan a session belongs to: the one it was logged under, else (history from an import)
 * the latest plan whose start is on or before its date; null when it came before every plan.
 */
export function planOf(plans: readonly PlanEntry[], s: LoggedSession): string | null {
  if (s.planId && plans.some((p) => p.id === s.planId)) return s.planId;
  for (let i = plans.length - 1; i >= 0; i--) {
    const p = plans[i];
    if (p && p.plan.start <= s.date) return p.id;
  }
  return null;
}

/** The plan days of `planId` that have a logged session (its own sessions only). */
export function doneDays(
  plans: readonly PlanEntry[],
  sessions: readonly LoggedSession[],
  planId: string,
): Set<string> {
  const done = new Set<string>();
  for (const s of sessions) if (s.dayId && planOf(plans, s) === planId) done.add(s.dayId);
  return done;
}

const byDate = (a: { date: IsoDate }, b: { date: IsoDate }): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * Credit one session's work sets to the slots of its plan day. A set names its track when
 * the face that logged it knew the slot; otherwise the sets of an exercise go to its first
 * slot that day that progresses (not the activation warm-up, which is a protocol), else to
 * the first such slot in the plan, so nothing logged under the plan is ignored. Warm-up
 * sets and the lifter's own exercises are credited to nothing.
 */
export function creditSets(plan: Plan, s: LoggedSession): Map<Slot, LoggedSet[]> {
  const day = (s.dayId ? dayById(plan, s.dayId) : undefined) ?? dayOn(plan, s.date);
  const credited = new Map<Slot, LoggedSet[]>();
  for (const set of s.sets) {
    // Warm-ups, the lifter's own exercises and timed or distance sets (no reps) answer no slot.
    if (
      set.warmup ||
      !isExerciseId(set.exercise) ||
      (set.reps === 0 && (set.seconds || set.distanceM))
    )
      continue;
    const slot = slotFor(plan, day, set.exercise, set.track ?? null);
    if (!slot) continue;
    const list = credited.get(slot);
    if (list) list.push(set);
    else credited.set(slot, [set]);
  }
  return credited;
}

function slotFor(
  plan: Plan,
  day: PlanDay | undefined,
  exercise: ExerciseId,
  track: string | null,
): Slot | undefined {
  const mine = (x: Slot) => x.exercise === exercise;
  if (track !== null) {
    const named = (x: Slot) => mine(x) && x.track === track;
    const first = tracks(plan).get(track);
    const slot = day?.slots.find(named) ?? (first && named(first) ? first : undefined);
    if (slot) return slot;
  }
  const progressing = (x: Slot) => mine(x) && x.progression !== 'fixed';
  return (
    day?.slots.find(progressing) ??
    firstSlotFor(plan, exercise, progressing) ??
    day?.slots.find(mine) ??
    firstSlotFor(plan, exercise)
  );
}

/**
 * The work sets of `planId`'s sessions for each of its tracks, oldest first. Sessions of
 * other plans are not judged by this plan: they set its starting points instead.
 */
export function entriesByTrack(
  plans: readonly PlanEntry[],
  sessions: readonly LoggedSession[],
  planId: string,
): Map<string, TrackEntry[]> {
  const entry = plans.find((p) => p.id === planId);
  const out = new Map<string, TrackEntry[]>();
  if (!entry) return out;
  const mine = sessions.filter((s) => planOf(plans, s) === planId).sort(byDate);
  for (const s of mine) {
    for (const [slot, sets] of creditSets(entry.plan, s)) {
      const list = out.get(slot.track);
      const e = { date: s.date, slot, sets };
      if (list) list.push(e);
      else out.set(slot.track, [e]);
    }
  }
  return out;
}

/** A single plan's entries for one track (a plan on its own, sessions all its own). */
export function entriesFor(
  plan: Plan,
  sessions: readonly LoggedSession[],
  track: string,
): TrackEntry[] {
  const only = [{ id: 'plan', plan }];
  return (
    entriesByTrack(
      only,
      sessions.filter((s) => s.date >= plan.start).map((s) => ({ ...s, planId: 'plan' })),
      'plan',
    ).get(track) ?? []
  );
}

/** How far back from the last session of an exercise its recent sets reach. */
export const RECENT_DAYS = 42;

/**
 * Where a load track starts from history (an earlier plan, an import): the best recent set
 * of the exercise for this rep range. Sets within the range beat sets outside it, and among
 * those the highest estimated 1RM wins, so a heavy track never starts from a light
 * metabolic day and a metabolic track never from a heavy single. Clean sets are preferred.
 * `score` is the set's e1RM (or any order-preserving strength score).
 */
export function startingSet(
  history: readonly LoggedSession[],
  exercise: ExerciseId,
  range: { min: number; max: number },
  score: (set: LoggedSet) => number,
): LoggedSet | null {
  let last: IsoDate | null = null;
  for (const s of history)
    if (s.sets.some((x) => x.exercise === exercise && !x.warmup) && (!last || s.date > last))
      last = s.date;
  if (!last) return null;
  const from = addDays(last, -RECENT_DAYS);
  const sets = history
    .filter((s) => s.date >= from)
    .flatMap((s) => s.sets)
    .filter((x) => x.exercise === exercise && !x.warmup && x.reps > 0 && x.load.value > 0);
  const pool = sets.some((x) => x.clean) ? sets.filter((x) => x.clean) : sets;
  const inRange = (x: LoggedSet) => x.reps >= range.min && x.reps <= range.max;
  const distance = (x: LoggedSet) =>
    x.reps < range.min ? range.min - x.reps : Math.max(0, x.reps - range.max);
  let best: LoggedSet | null = null;
  for (const x of pool) {
    if (!best) {
      best = x;
      continue;
    }
    const a = inRange(x) ? 0 : distance(x);
    const b = inRange(best) ? 0 : distance(best);
    if (a < b || (a === b && stronger(x, best, score))) best = x;
  }
  return best;
}

/**
 * `x` ranks above `y`: a higher score, and on a tie the heavier load, then more reps. The
 * e1RM formulas stop counting reps past their range (105 x 15 and 105 x 16 score the same),
 * so without the tie-break the answer would depend on the order the log was read in.
 */
function stronger(x: LoggedSet, y: LoggedSet, score: (set: LoggedSet) => number): boolean {
  const s = score(x) - score(y);
  if (s !== 0) return s > 0;
  const l = toKg(x.load) - toKg(y.load);
  if (l !== 0) return l > 0;
  return x.reps > y.reps;
}

/** Where the work was felt instead of the glutes, and what to change for it (R7). */
export interface FootCue {
  readonly felt: Exclude<Felt, 'glutes'>;
  /** The session it was noted in. */
  readonly date: IsoDate;
  /** Sets of that session noted there, and sets noted at all. */
  readonly sets: number;
  readonly noted: number;
  readonly text: string;
}

/**
 * Directions for each place the work strays to. Feet too close shift work to the quads, too
 * far out to the hamstrings: practitioner guidance (EVIDENCE.md section 5), where the seed
 * says both shift it to the hamstrings and so gives no direction.
 */
const FOOT_CUES: Readonly<Record<FootCue['felt'], string>> = {
  hamstrings:
    'bring your feet a little closer to your hips, shins vertical at the top (practitioner guidance, R7)',
  quads:
    'move your feet a little further out, shins vertical at the top (practitioner guidance, R7)',
  'lower-back':
    'ribs down and chin tucked; stop at full hip extension without arching the lower back (R6)',
};

/**
 * The cue for the next session from where the lifter felt their last hip thrust session:
 * every noted set of it counts (each side of single-leg work too). Work felt mostly in
 * the glutes, or nothing noted, gives none; so once the glutes are reported the cue is gone.
 */
export function footCue(
  sessions: readonly LoggedSession[],
  exercises: readonly ExerciseRef[],
  before: IsoDate,
): FootCue | null {
  const ordered = sessions.filter((s) => s.date < before).sort(byDate);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const s = ordered[i];
    if (!s) continue;
    const noted = s.sets.filter((x) => !x.warmup && exercises.includes(x.exercise) && x.felt);
    if (noted.length === 0) continue;
    const count = new Map<Felt, number>();
    for (const x of noted) if (x.felt) count.set(x.felt, (count.get(x.felt) ?? 0) + 1);
    const glutes = count.get('glutes') ?? 0;
    let worst: FootCue['felt'] | null = null;
    for (const f of ['hamstrings', 'quads', 'lower-back'] as const)
      if ((count.get(f) ?? 0) > (worst ? (count.get(worst) ?? 0) : 0)) worst = f;
    if (!worst || glutes >= (count.get(worst) ?? 0)) return null;
    const sets = count.get(worst) ?? 0;
    const where = worst === 'lower-back' ? 'lower back' : worst;
    return {
      felt: worst,
      date: s.date,
      sets,
      noted: noted.length,
      text: `Felt it in the ${where} on ${sets} of ${noted.length} noted sets last time: ${FOOT_CUES[worst]}.`,
    };
  }
  return null;
}

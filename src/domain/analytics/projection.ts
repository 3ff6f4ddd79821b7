/**
 * When will the lifter reach a target (e.g. 185 lb for 3x10)? A straight line through the
 * recent sessions' e1RM on one track, to the target's e1RM, with a range from the slope's
 * uncertainty; and the seed's reference trajectory (R8: 95 lb for 3x12 to 185 lb for 3x10
 * over six months) drawn from the lifter's own start, in the lifter's unit.
 *
 * e1RM, not the load of qualifying sets: a track's sets are in its own rep range (6-10 on
 * heavy days), so "sets of 10 or more" would see nothing on most tracks, while an e1RM
 * line reads every set in a formula's range. It is an estimate (about +-10%, EVIDENCE.md
 * section 6), so the answer is a date range, not a promise.
 */
import type { ExerciseRef } from '../catalogue/index.js';
import { addDays, daysBetween, type IsoDate } from '../dates.js';
import * as E1rm from '../e1rm.js';
import type { LoggedSet } from '../log.js';
import { compare, valueIn, type Load, type Unit } from '../units.js';
import { workSets, type Source } from './progress.js';
import { fit } from './regression.js';
import { e1rms } from './estimate.js';
import { MIN_SESSIONS, WINDOW_WEEKS, formulaOf, topSet, type Track } from './tracks.js';

export { WINDOW_WEEKS } from './tracks.js';

/**
 * The seed's reference (R8): 95 lb for 3x12 in the first week to 185 lb for 3x10 "across
 * six months". Six months is taken as 26 training weeks, week 1 to week 26, so the 90 lb
 * (40.8 kg) are gained over the 25 weeks between the two points. One example, not a norm:
 * fast for anyone but a novice (EVIDENCE.md, "where the seed and the research disagree" 11).
 */
export const REFERENCE = {
  from: { load: { value: 95, unit: 'lb' }, reps: 12, week: 1 },
  to: { load: { value: 185, unit: 'lb' }, reps: 10, week: 26 },
  sets: 3,
} as const;

/** Weeks between the reference's two points. */
export const REFERENCE_WEEKS = REFERENCE.to.week - REFERENCE.from.week;

/** The reference's gain in `unit`: 90 lb, 40.82 kg. */
export function referenceGain(unit: Unit): number {
  return valueIn(REFERENCE.to.load, unit) - valueIn(REFERENCE.from.load, unit);
}

/** The reference pace in `unit` per week (90 lb / 25 weeks = 3.6 lb, 1.63 kg a week). */
export function referencePerWeek(unit: Unit): number {
  return referenceGain(unit) / REFERENCE_WEEKS;
}

/**
 * The reference's e1RM pace per week in `unit`: both of its points by one formula (the
 * lifter's, when it covers 12 reps), e.g. Epley 133 lb to 246.7 lb, 4.55 lb a week.
 */
export function referenceE1rmPerWeek(unit: Unit, formula: E1rm.Formula): number {
  const f = E1rm.formulaFor(REFERENCE.from.reps, formula) ?? 'wathan';
  const at = (p: { load: Load; reps: number }) => {
    const e = E1rm.estimate(valueIn(p.load, unit), p.reps, f);
    return e.ok ? e.value : 0;
  };
  return (at(REFERENCE.to) - at(REFERENCE.from)) / REFERENCE_WEEKS;
}

export interface Target {
  readonly load: Load;
  readonly reps: number;
  readonly sets: number;
}

export type Projection =
  | { readonly kind: 'reached'; readonly date: IsoDate }
  | {
      readonly kind: 'not-enough-data';
      readonly sessions: number;
      /** Sessions with an e1RM the line needs in the last `WINDOW_WEEKS` weeks. */
      readonly needed: number;
    }
  | { readonly kind: 'not-rising'; readonly perWeek: number; readonly referencePerWeek: number }
  | {
      readonly kind: 'projected';
      /** e1RM gained per week on the fitted line, in the target's unit. */
      readonly perWeek: number;
      /** The reference's e1RM gain per week, by the same formula. */
      readonly referencePerWeek: number;
      /** perWeek / referencePerWeek: 1 is the seed's pace. */
      readonly paceRatio: number;
      /** The target's e1RM: where the line has to reach. */
      readonly targetE1rm: number;
      readonly date: IsoDate;
      /** About 95% of plausible dates: from the slope +-1.96 standard errors; null = open-ended. */
      readonly earliest: IsoDate;
      readonly latest: IsoDate | null;
    };

interface Session {
  readonly date: IsoDate;
  readonly sets: readonly LoggedSet[];
}

/** The first session with `target.sets` sets of at least `target.reps` at `target.load` or more. */
export function reached(sessions: readonly Session[], target: Target): IsoDate | null {
  for (const { date, sets } of sessions) {
    const n = sets.filter((s) => s.reps >= target.reps && compare(s.load, target.load) >= 0);
    if (n.length >= target.sets) return date;
  }
  return null;
}

/**
 * The projection from work sessions of one exercise or track. A session's point is the
 * e1RM of its `target.sets`-th best set near failure (of its weakest, with fewer), so a
 * target of three sets is not measured on one good one.
 */
export function fromSessions(
  sessions: readonly Session[],
  target: Target,
  today: IsoDate,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
  reachedIn: readonly Session[] = sessions,
): Projection {
  const unit = target.load.unit;
  const hit = reached(
    reachedIn.filter((s) => s.date <= today),
    target,
  );
  if (hit) return { kind: 'reached', date: hit };
  const points: { date: IsoDate; y: number }[] = [];
  for (const { date, sets } of sessions) {
    if (date > today || daysBetween(date, today) > WINDOW_WEEKS * 7) continue;
    const e = e1rms(sets, unit, formula);
    const y = e[Math.min(target.sets, e.length) - 1];
    if (y !== undefined) points.push({ date, y });
  }
  const ref = referenceE1rmPerWeek(unit, formula);
  if (points.length < MIN_SESSIONS)
    return { kind: 'not-enough-data', sessions: points.length, needed: MIN_SESSIONS };
  const origin = points[0]?.date ?? today;
  const f = fit(points.map((p) => ({ x: daysBetween(origin, p.date) / 7, y: p.y })));
  if (!f || f.slope <= 0)
    return { kind: 'not-rising', perWeek: f?.slope ?? 0, referencePerWeek: ref };
  const tf = E1rm.formulaFor(target.reps, formula) ?? 'wathan';
  const goal = E1rm.estimate(target.load.value, target.reps, tf);
  const targetE1rm = goal.ok ? goal.value : target.load.value;
  const weeksAt = (slope: number) => (targetE1rm - f.intercept) / slope;
  const dateAt = (weeks: number) =>
    addDays(origin, Math.max(Math.ceil(weeks * 7), daysBetween(origin, today)));
  const hi = f.slope + 1.96 * f.slopeSe;
  const lo = f.slope - 1.96 * f.slopeSe;
  return {
    kind: 'projected',
    perWeek: f.slope,
    referencePerWeek: ref,
    paceRatio: f.slope / ref,
    targetE1rm,
    date: dateAt(weeksAt(f.slope)),
    earliest: dateAt(weeksAt(Number.isFinite(hi) ? hi : f.slope)),
    latest: lo > 0 ? dateAt(weeksAt(lo)) : null,
  };
}

/** The projection for one exercise, all its work sets together (work outside any plan). */
export function project(
  sessions: Source,
  exercise: ExerciseRef,
  target: Target,
  today: IsoDate,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): Projection {
  return fromSessions(workSets(sessions, exercise), target, today, formula);
}

/**
 * The projection on one track, by the track's formula. `reachedIn` (default the track's own
 * sessions) is where the target counts as done: every session of the exercise, usually.
 */
export function projectTrack(
  track: Track,
  target: Target,
  today: IsoDate,
  formula: E1rm.Formula,
  reachedIn: readonly Session[] = track.sessions,
): Projection {
  return fromSessions(track.sessions, target, today, formulaOf(track, formula), reachedIn);
}

/**
 * The track the reference is drawn on: the seed's reference is 3x12 to 3x10, so the load
 * track of `exercise` whose rep range overlaps 10-12 most (the accessory 10-12 track, the
 * volume days' 8-15), else its main track. Tracks with sessions first; null when none.
 */
export function anchorTrack(tracks: readonly Track[], exercise: ExerciseRef): Track | null {
  const overlap = (t: Track) =>
    t.reps
      ? Math.max(
          0,
          Math.min(t.reps.max, REFERENCE.from.reps) - Math.max(t.reps.min, REFERENCE.to.reps) + 1,
        )
      : 0;
  // Ordering only, in this priority: has sessions, is in the active plan, overlap, main role.
  const score = (t: Track) =>
    (t.sessions.length > 0 ? 100 : 0) +
    (t.active ? 10 : 0) +
    overlap(t) * 2 +
    (t.role === 'main' ? 1 : 0);
  const candidates = tracks.filter(
    (t) => t.exercise === exercise && (t.progression === 'load' || t.progression === null),
  );
  let best: Track | null = null;
  for (const t of candidates) if (!best || score(t) > score(best)) best = t;
  return best;
}

export interface Reference {
  readonly unit: Unit;
  readonly track: string;
  /** The seed's two points and its gain in the lifter's unit (95 -> 185 lb, 43.1 -> 83.9 kg). */
  readonly seed: {
    readonly from: number;
    readonly to: number;
    readonly gain: number;
    readonly weeks: number;
    readonly fromReps: number;
    readonly toReps: number;
    readonly sets: number;
  };
  /** The lifter's first loaded session on the track: the reference is drawn from here. */
  readonly start: { readonly date: IsoDate; readonly load: number };
  /** The seed's trajectory from the lifter's start, a point a week for its 25 weeks. */
  readonly line: readonly { readonly date: IsoDate; readonly load: number }[];
  /** The lifter's own line beside it: each session's top load on the track. */
  readonly lifter: readonly { readonly date: IsoDate; readonly load: number }[];
  /** Weeks from the start to the latest session. */
  readonly weeks: number;
  /** The latest session's top load over the start. */
  readonly gain: number;
  /** What the reference gains in the same weeks (all of it after 25 weeks). */
  readonly referenceGain: number;
  /** gain / referenceGain; null until a week has passed. */
  readonly ratio: number | null;
}

/**
 * The seed's reference trajectory as loads in the lifter's unit, started at the lifter's
 * own first load on the track: a lifter who starts above 185 lb (or 85 kg) still has a
 * line to follow, and progress reads as a gain over their own start against the seed's
 * gain (+90 lb, about +40.8 kg, in 25 weeks), not as a target "reached".
 */
export function reference(track: Track, unit: Unit, today: IsoDate): Reference | null {
  const lifter: { date: IsoDate; load: number }[] = [];
  for (const s of track.sessions) {
    if (s.date > today) continue;
    const top = topSet(s.sets);
    if (top && top.load.value > 0) lifter.push({ date: s.date, load: valueIn(top.load, unit) });
  }
  const start = lifter[0];
  const latest = lifter[lifter.length - 1];
  if (!start || !latest) return null;
  const perWeek = referencePerWeek(unit);
  const line = Array.from({ length: REFERENCE_WEEKS + 1 }, (_, w) => ({
    date: addDays(start.date, 7 * w),
    load: start.load + perWeek * w,
  }));
  const weeks = daysBetween(start.date, latest.date) / 7;
  const referenceGainSoFar = perWeek * Math.min(weeks, REFERENCE_WEEKS);
  const gain = latest.load - start.load;
  return {
    unit,
    track: track.id,
    seed: {
      from: valueIn(REFERENCE.from.load, unit),
      to: valueIn(REFERENCE.to.load, unit),
      gain: referenceGain(unit),
      weeks: REFERENCE_WEEKS,
      fromReps: REFERENCE.from.reps,
      toReps: REFERENCE.to.reps,
      sets: REFERENCE.sets,
    },
    start,
    line,
    lifter,
    weeks,
    gain,
    referenceGain: referenceGainSoFar,
    ratio: weeks >= 1 ? gain / referenceGainSoFar : null,
  };
}

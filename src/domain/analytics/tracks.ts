/**
 * Progress per track across every plan: heavy, volume and metabolic days of one lift are
 * separate lines (R2), as the progression keeps them. Each plan's sessions are credited to
 * its tracks (`Log.creditSets`) and judged by the progression's replay
 * (`Life.replayLife`); a track id is stable from one plan to the next, so a track's line
 * runs through all of them. Work outside every plan (an import before the first plan, an
 * exercise no plan has) is grouped by exercise, as a track of its own.
 */
import * as Catalogue from '../catalogue/index.js';
import type { ExerciseRef } from '../catalogue/index.js';
import { daysBetween, type IsoDate } from '../dates.js';
import * as E1rm from '../e1rm.js';
import type { BandLevel } from '../equipment.js';
import type { LoggedSession, LoggedSet, PlanEntry } from '../log.js';
import type { Profile } from '../profile.js';
import type { ProgressionKind, RepRange, Role } from '../program/plan.js';
import { judge, what, withSlot, type Change, type Prescription } from '../progression/index.js';
import * as Life from '../progression/life.js';
import { valueIn, type Load, type Unit } from '../units.js';
import { bestE1rm } from './estimate.js';
import { heaviest } from './progress.js';
import { fit } from './regression.js';

export interface TrackSession {
  readonly date: IsoDate;
  readonly planId: string | null;
  /** The work sets credited to the track that day. */
  readonly sets: readonly LoggedSet[];
  /** What the session was judged against; null outside a plan. */
  readonly prescribed: Prescription | null;
  /** The prescription the judgement led to; null outside a plan. */
  readonly after: Prescription | null;
}

export interface Track {
  /** The plan's track id ("barbell-hip-thrust/heavy"), or the exercise id outside a plan. */
  readonly id: string;
  readonly exercise: ExerciseRef;
  /** False for work grouped by exercise because no plan credits it. */
  readonly planned: boolean;
  /** The track is in the active plan. */
  readonly active: boolean;
  readonly role: Role | null;
  readonly progression: ProgressionKind | null;
  /** The rep range of the track's latest slot. */
  readonly reps: RepRange | null;
  readonly perSide: boolean;
  /** Oldest first. */
  readonly sessions: readonly TrackSession[];
  /** Where the track stands: its next prescription (from its latest plan). */
  readonly next: Prescription | null;
}

/** Every track with work or in the active plan: the active plan's first, in its order. */
export function collect(
  plans: readonly PlanEntry[],
  sessions: readonly LoggedSession[],
  profile: Profile,
): Track[] {
  type Building = { -readonly [K in keyof Track]: Track[K] } & { sessions: TrackSession[] };
  const life = Life.replayLife(plans, sessions, profile);
  const activeId = plans[plans.length - 1]?.id;
  const byId = new Map<string, Building>();
  for (const { id } of plans) {
    for (const [trackId, r] of life.get(id) ?? []) {
      let t = byId.get(trackId);
      if (!t) {
        t = {
          id: trackId,
          exercise: r.slot.exercise,
          planned: true,
          active: false,
          role: r.slot.role,
          progression: r.slot.progression,
          reps: r.slot.reps,
          perSide: r.slot.perSide,
          sessions: [],
          next: null,
        };
        byId.set(trackId, t);
      }
      // The latest plan's slot describes the track as it is now.
      Object.assign(t, {
        role: r.slot.role,
        progression: r.slot.progression,
        reps: r.slot.reps,
        perSide: r.slot.perSide,
        active: id === activeId,
        next: r.steps[r.steps.length - 1] ?? null,
      });
      r.entries.forEach((e, i) => {
        // Judged as the replay judges it: the step shaped by that day's slot (sets by block).
        const step = r.steps[i];
        t.sessions.push({
          date: e.date,
          planId: id,
          sets: e.sets,
          prescribed: step ? withSlot(step, e.slot) : null,
          after: r.steps[i + 1] ?? null,
        });
      });
    }
  }
  // The sets some plan's track was credited with (`Log.creditSets`, inside the replay).
  const credited = new Set<LoggedSet>();
  for (const t of byId.values())
    for (const e of t.sessions) for (const x of e.sets) credited.add(x);
  // Work no plan credits, by exercise: activation and warm-up sets stay out.
  for (const s of sessions) {
    const loose = new Map<ExerciseRef, LoggedSet[]>();
    for (const x of s.sets) {
      if (x.warmup || x.track === 'activation' || credited.has(x)) continue;
      const list = loose.get(x.exercise);
      if (list) list.push(x);
      else loose.set(x.exercise, [x]);
    }
    for (const [exercise, sets] of loose) {
      // A planned track named after its exercise (single-leg, compounds) is that exercise.
      let t = byId.get(exercise);
      if (!t) {
        t = {
          id: exercise,
          exercise,
          planned: false,
          active: false,
          role: null,
          progression: null,
          reps: null,
          perSide: sets.some((x) => x.side !== null),
          sessions: [],
          next: null,
        };
        byId.set(exercise, t);
      }
      t.sessions.push({ date: s.date, planId: null, sets, prescribed: null, after: null });
    }
  }
  const order = (t: Track) => (t.active ? 0 : t.planned ? 1 : 2);
  const all = [...byId.values()];
  for (const t of all) t.sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return all
    .filter((t) => t.sessions.length > 0 || t.active)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => order(a.t) - order(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

/** "heavy" for "barbell-hip-thrust/heavy"; null for a track named after its exercise. */
export function dayKind(track: Pick<Track, 'id'>): string | null {
  const i = track.id.indexOf('/');
  return i < 0 ? null : track.id.slice(i + 1);
}

/** "Barbell hip thrust, heavy days (6-10 reps)", "Back squat (outside a plan)". */
export function label(track: Pick<Track, 'id' | 'exercise' | 'planned' | 'reps'>): string {
  const kind = dayKind(track);
  const reps = track.reps ? ` (${track.reps.min}-${track.reps.max} reps)` : '';
  const where = track.planned ? '' : ' (outside a plan)';
  return `${Catalogue.nameOf(track.exercise)}${kind ? `, ${kind} days` : ''}${reps}${where}`;
}

/**
 * What a track's line measures. A load track is charted by e1RM while its rep range is one
 * an e1RM formula covers (at most 15 reps, EVIDENCE.md section 6); past that (the 15-25
 * metabolic days) by its top load. Reps-and-hold tracks (band, bodyweight) progress in reps,
 * hold and band, not load, and are described by those.
 */
export type Measure = 'e1rm' | 'load' | 'reps-hold';

/** The most reps any formula here covers (Mayhew and Wathan: 15). */
export const MAX_E1RM_REPS = Math.max(...E1rm.FORMULA_IDS.map((f) => E1rm.FORMULAS[f].maxReps));

export function measureOf(t: Track): Measure {
  if (t.progression === 'reps-hold' || t.progression === 'fixed') return 'reps-hold';
  if (t.progression === null && t.sessions.every((s) => s.sets.every((x) => x.load.value === 0)))
    return 'reps-hold';
  if (t.reps && t.reps.max > MAX_E1RM_REPS) return 'load';
  return 'e1rm';
}

/**
 * One formula for a whole track, so its line does not jump between formulas: the lifter's
 * own when it covers the track's rep range, else the first that does (Epley covers 12 reps,
 * Mayhew 15).
 */
export function formulaOf(t: Pick<Track, 'reps'>, preferred: E1rm.Formula): E1rm.Formula {
  if (!t.reps) return preferred;
  return E1rm.formulaFor(Math.min(t.reps.max, MAX_E1RM_REPS), preferred) ?? preferred;
}

/** The heaviest set of a session (most reps at that load). */
export const topSet = heaviest;

/** How a session went, as the progression judged it. */
export type Outcome =
  /** Load, reps, hold or band moved on (or the track found its start). */
  | 'progressed'
  /** Every set done, but nothing moved: the pace holds the load, or the equipment tops out. */
  | 'held'
  /** Short of the prescription: a repeat, or the deload after repeated failures. */
  | 'failed'
  | 'calibrating';

export function outcomeOf(after: Prescription): Outcome {
  switch (after.change) {
    case 'reps':
    case 'increase':
    case 'hold-time':
    case 'band':
    case 'start':
      return 'progressed';
    case 'deload':
      return 'failed';
    case 'repeat':
      // A repeat after a success (no stronger band owned) carries no failure.
      return after.fails > 0 ? 'failed' : 'held';
    case 'hold-pace':
    case 'top-of-equipment':
    case 'fixed':
      return 'held';
    case 'calibrate':
      return 'calibrating';
  }
}

export interface TrackPoint {
  readonly date: IsoDate;
  readonly top: { readonly load: Load; readonly reps: number };
  /** Best e1RM of the session's sets near failure in the lifter's unit, by the track's formula. */
  readonly e1rm: number | null;
  readonly sets: number;
  readonly change: Change | null;
  readonly outcome: Outcome | null;
}

export function points(t: Track, unit: Unit, formula: E1rm.Formula): TrackPoint[] {
  const out: TrackPoint[] = [];
  for (const s of t.sessions) {
    const top = topSet(s.sets);
    if (!top) continue;
    out.push({
      date: s.date,
      top: { load: top.load, reps: top.reps },
      e1rm: bestE1rm(s.sets, unit, formula)?.e1rm ?? null,
      sets: s.sets.length,
      change: s.after?.change ?? null,
      outcome: s.after ? outcomeOf(s.after) : null,
    });
  }
  return out;
}

/**
 * Weeks of history a trend is fitted to: recent enough to be the current trend, long enough
 * to hold several pace steps (a convention, as is the minimum below).
 */
export const WINDOW_WEEKS = 12;
/** A line through fewer than three sessions says nothing about its slope's error. */
export const MIN_SESSIONS = 3;

export interface Trend {
  readonly measure: 'e1rm' | 'load';
  /** Gain per week on the fitted line, in the lifter's unit. */
  readonly perWeek: number;
  readonly sessions: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A straight line through the last `WINDOW_WEEKS` of the track's sessions up to `today`. */
export function trend(
  pts: readonly TrackPoint[],
  measure: Measure,
  unit: Unit,
  today: IsoDate,
): Trend | null {
  if (measure === 'reps-hold') return null;
  const recent = pts
    .filter((p) => p.date <= today && daysBetween(p.date, today) <= WINDOW_WEEKS * 7)
    .map((p) => ({
      date: p.date,
      y: measure === 'e1rm' ? p.e1rm : p.top.load.value > 0 ? valueIn(p.top.load, unit) : null,
    }))
    .filter((p): p is { date: IsoDate; y: number } => p.y !== null);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last || recent.length < MIN_SESSIONS) return null;
  const f = fit(recent.map((p) => ({ x: daysBetween(first.date, p.date) / 7, y: p.y })));
  if (!f) return null;
  return { measure, perWeek: f.slope, sessions: recent.length, from: first.date, to: last.date };
}

/** Where a track stands: the shape of a prescription. */
export interface Stand {
  readonly sets: number;
  readonly reps: number;
  readonly holdSeconds: number;
  readonly band: BandLevel | null;
  readonly load: Load | null;
  readonly perSide: boolean;
}

/** How many sessions moved each thing on, and how many fell short or held. */
export interface Steps {
  readonly increase: number;
  readonly reps: number;
  readonly hold: number;
  readonly band: number;
  readonly held: number;
  readonly failed: number;
  readonly deloads: number;
}

export interface Progress {
  /** The first prescription a session was judged against. */
  readonly first: Stand | null;
  /** The next prescription. */
  readonly now: Stand | null;
  readonly steps: Steps;
}

const stand = (p: Prescription): Stand => ({
  sets: p.sets,
  reps: p.reps,
  holdSeconds: p.holdSeconds,
  band: p.band,
  load: p.load,
  perSide: p.perSide,
});

/** The track's progression in its own terms: what moved, how often (planned sessions only). */
export function progress(t: Track): Progress {
  const steps = { increase: 0, reps: 0, hold: 0, band: 0, held: 0, failed: 0, deloads: 0 };
  let first: Prescription | null = null;
  for (const s of t.sessions) {
    if (!s.after) continue;
    first ??= s.prescribed;
    const c = s.after.change;
    if (c === 'increase') steps.increase += 1;
    else if (c === 'reps') steps.reps += 1;
    else if (c === 'hold-time') steps.hold += 1;
    else if (c === 'band') steps.band += 1;
    const o = outcomeOf(s.after);
    if (o === 'held') steps.held += 1;
    if (o === 'failed') steps.failed += 1;
    if (c === 'deload') steps.deloads += 1;
  }
  return { first: first && stand(first), now: t.next && stand(t.next), steps };
}

/** The sets credited to the activation warm-up (R4) in any plan: not hard sets. */
export function activationSets(tracks: readonly Track[]): Set<LoggedSet> {
  const out = new Set<LoggedSet>();
  for (const t of tracks)
    if (t.role === 'activation') for (const s of t.sessions) for (const x of s.sets) out.add(x);
  return out;
}

/** One session of a track judged against what it was prescribed (R8), for a coach's eye. */
export interface Verdict {
  readonly date: IsoDate;
  /** The prescription in a lifter's words ("3x10 at 60 kg"). */
  readonly prescribed: string;
  readonly met: boolean;
  /** What fell short when not met ("set 3: 8 of 10 reps"). */
  readonly shortfalls: readonly string[];
}

/** The track's latest `count` sessions that answered a prescription, newest first. */
export function verdicts(t: Track, count: number): Verdict[] {
  return t.sessions
    .filter((s): s is TrackSession & { prescribed: Prescription } => s.prescribed !== null)
    .slice(-count)
    .reverse()
    .map((s) => {
      const v = judge(s.prescribed, s.sets);
      return {
        date: s.date,
        prescribed: what(s.prescribed),
        met: v.success,
        shortfalls: v.shortfalls,
      };
    });
}

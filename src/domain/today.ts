/**
 * Today's session, ready to lift: each slot with its prescription and reason, the ramp and
 * plates for loaded work, the cues, and the gear list. On a rest day, when the next one is.
 */
import * as Symmetry from './analytics/symmetry.js';
import type * as Asymmetry from './asymmetry.js';
import * as Catalogue from './catalogue/index.js';
import type { Exercise } from './catalogue/index.js';
import * as Dates from './dates.js';
import type { IsoDate } from './dates.js';
import * as Log from './log.js';
import * as Plates from './plates.js';
import { gearFor } from './program/generate.js';
import * as Plan from './program/plan.js';
import * as Progression from './progression/index.js';
import * as Life from './progression/life.js';
import type { Profile } from './profile.js';
import * as Warmup from './warmup.js';
import * as Workout from './workout.js';

export interface Item {
  readonly slot: Plan.Slot;
  readonly exercise: Exercise;
  /** What this session asks for: judged against what is logged today, if anything is. */
  readonly prescription: Progression.Prescription;
  readonly warmup: readonly Warmup.WarmupSet[];
  /** Plates per side for the work sets, on a barbell. */
  readonly plates: Plates.Loading | null;
  readonly cues: readonly string[];
  /**
   * Last hip thrust session felt mostly outside the glutes: what to change, shown first
   * (R7). Only on hip thrusts.
   */
  readonly footCue: Log.FootCue | null;
  /** The foot-position cues lead the list (`footCue` is set). */
  readonly footCueFirst: boolean;
  /** Unilateral work only: which side goes first, and whether it gets an extra set (R5). */
  readonly sides: Sides | null;
  /** The work sets already logged for this slot in this session, in order. */
  readonly logged: readonly Log.LoggedSet[];
  /** Every prescribed set (each side, and the weaker side's extra set) has been logged. */
  readonly complete: boolean;
  /** The prescription that follows from today's sets: shown once the slot is complete. */
  readonly after: Progression.Prescription | null;
  /** What the load rises by next on a load track, with the seed's step beside it. */
  readonly step: Progression.Step | null;
  /** The sets of this exercise in the last session before this one ("last time"). */
  readonly lastTime: Workout.LastTime | null;
}

export interface Sides {
  /** The weaker side when one is known (R5: it goes first); left otherwise. */
  readonly first: Asymmetry.Side;
  /** The weaker side gets one set more than prescribed while the gap is over the threshold. */
  readonly extraSet: Asymmetry.Side | null;
  /** The latest gap, in percent, when known. */
  readonly gapPercent: number | null;
}

export type Today =
  | { readonly kind: 'training'; readonly day: Plan.PlanDay; readonly items: readonly Item[] }
  | {
      readonly kind: 'rest';
      readonly next: Plan.PlanDay | null;
      /** Set when today is a plan day already done on another date (a moved session). */
      readonly doneOn?: IsoDate;
    }
  | { readonly kind: 'plan-over'; readonly lastDay: Plan.PlanDay | null };

export interface Input {
  /** Every plan, oldest first; the last is the active one. */
  readonly plans: readonly Log.PlanEntry[];
  readonly profile: Profile;
  readonly sessions: readonly Log.LoggedSession[];
  readonly date: IsoDate;
}

/** The active plan: the last one saved. */
export function active(input: Pick<Input, 'plans'>): Log.PlanEntry {
  const last = input.plans[input.plans.length - 1];
  if (!last) throw new Error('no plan');
  return last;
}

/** The active plan's days with a logged session, and the date each was done. */
export function doneOn(input: Omit<Input, 'date'>): Map<string, IsoDate> {
  const { id } = active(input);
  const done = new Map<string, IsoDate>();
  for (const s of input.sessions)
    if (s.dayId && Log.planOf(input.plans, s) === id && !done.has(s.dayId))
      done.set(s.dayId, s.date);
  return done;
}

/** The first day of the active plan on or after `date` not yet done. */
export function nextUndone(input: Omit<Input, 'date'>, date: IsoDate): Plan.PlanDay | undefined {
  const done = doneOn(input);
  return active(input).plan.days.find((d) => d.date >= date && !done.has(d.id));
}

/** What to lift on `date`, or when the next session is. */
export function build(input: Input): Today {
  const { plan, id } = active(input);
  // A session trained on `date` for another plan day (a moved session) is today's session.
  const moved = input.sessions.find(
    (s) => s.date === input.date && s.dayId && Log.planOf(input.plans, s) === id,
  );
  const day =
    (moved?.dayId ? Plan.dayById(plan, moved.dayId) : undefined) ?? Plan.dayOn(plan, input.date);
  const done = day ? doneOn(input).get(day.id) : undefined;
  if (!day || (done !== undefined && done !== input.date)) {
    const next = nextUndone(input, Dates.addDays(input.date, day ? 1 : 0)) ?? null;
    const elsewhere = done !== undefined ? { doneOn: done } : {};
    if (next) return { kind: 'rest', next, ...elsewhere };
    if (day) return { kind: 'rest', next: null, ...elsewhere };
    const last = plan.days[plan.days.length - 1] ?? null;
    if (last && input.date < last.date) return { kind: 'rest', next: null };
    return { kind: 'plan-over', lastDay: last };
  }
  // Gear as the lifter owns it now (a plan saved months ago does not know the new belt).
  const gear = gearFor(day.kind, day.slots, input.profile);
  return { kind: 'training', day: { ...day, gear }, items: session(input, day) };
}

/**
 * Every slot of `day` with its prescription from the log, as the session on `input.date`
 * sees it: sets already logged that day are shown against the prescription they answer,
 * and the prescription they lead to is given once the slot is complete.
 */
export function session(input: Input, day: Plan.PlanDay): Item[] {
  const { profile, sessions } = input;
  const thrusts = Catalogue.EXERCISES.filter((e) => e.hipThrust).map((e) => e.id);
  const strayed = Log.footCue(sessions, thrusts, input.date);
  const replays = Life.replayLife(input.plans, sessions, profile).get(active(input).id);
  return day.slots.map((slot) => {
    const exercise = Catalogue.get(slot.exercise);
    const r = replays?.get(slot.track);
    const i = r ? r.entries.findIndex((e) => e.date === input.date) : -1;
    const entry = i >= 0 ? r?.entries[i] : undefined;
    const logged = entry?.slot.track === slot.track ? entry.sets : [];
    const steps = r?.steps ?? [Progression.initial(slot, contextOf(profile))];
    const current = (i >= 0 ? steps[i] : steps[steps.length - 1]) as Progression.Prescription;
    const prescription = Progression.withSlot(current, slot);
    const load = prescription.load;
    const loaded = load !== null && load.value > 0;
    const barbell = exercise.implement === 'barbell' ? profile.inventory.barbell : null;
    const footCue = exercise.hipThrust ? strayed : null;
    const footCueFirst = footCue !== null;
    const { setup, drive, feet } = exercise.cues;
    const sides = slot.perSide
      ? sidesFor(sessions, slot.exercise, profile.settings.asymmetryThresholdPercent, input.date)
      : null;
    const wanted = slot.perSide
      ? 2 * prescription.sets + (sides?.extraSet ? 1 : 0)
      : prescription.sets;
    const complete = logged.length > 0 && logged.length >= wanted;
    const after = complete && i >= 0 ? (steps[i + 1] ?? null) : null;
    return {
      slot,
      exercise,
      prescription,
      warmup:
        loaded && slot.role !== 'activation'
          ? Warmup.ramp(exercise, profile.inventory, load, profile.units)
          : [],
      plates: loaded && barbell ? Plates.load(load, barbell) : null,
      cues: footCueFirst ? [...feet, ...setup, ...drive] : [...setup, ...drive, ...feet],
      footCue,
      footCueFirst,
      sides,
      logged,
      complete,
      after: after && Progression.withSlot(after, slot),
      step:
        loaded && slot.progression === 'load'
          ? Progression.stepAt(exercise, profile.inventory, load, profile.units)
          : null,
      lastTime: Workout.lastTime(sessions, slot.exercise, input.date, slot.role === 'activation'),
    };
  });
}

/** The next prescription for a slot of the active plan, from the whole log. */
export function prescribe(input: Omit<Input, 'date'>, slot: Plan.Slot): Progression.Prescription {
  const r = Life.replayLife(input.plans, input.sessions, input.profile)
    .get(active(input).id)
    ?.get(slot.track);
  const last = r?.steps[r.steps.length - 1] ?? Progression.initial(slot, contextOf(input.profile));
  return Progression.withSlot(last, slot);
}

function contextOf(profile: Profile): Progression.Context {
  return {
    units: profile.units,
    inventory: profile.inventory,
    settings: profile.settings,
    working: profile.working,
  };
}

/**
 * R5: the weaker side, when the log shows one, goes first; while the gap repeats over the
 * threshold (`Symmetry.trend`'s flag) it also gets an extra set. Only sessions before `date`
 * decide, so the order does not change in the middle of a session.
 */
function sidesFor(
  sessions: readonly Log.LoggedSession[],
  exercise: Catalogue.ExerciseId,
  threshold: number,
  date: IsoDate,
): Sides {
  const t = Symmetry.trend(
    sessions.filter((s) => s.date < date),
    exercise,
    threshold,
  );
  // The side that repeatedly trails (flagged), else the weaker side over recent sessions.
  const weaker = t.flaggedSide ?? t.recent?.weaker ?? null;
  return {
    first: weaker ?? 'left',
    extraSet: t.flaggedSide,
    gapPercent: t.recent?.gapPercent ?? null,
  };
}

/**
 * Today's session, ready to lift: each slot with its prescription and reason, the ramp and
 * plates for loaded work, the cues, and the gear list. On a rest day, when the next one is.
 */
import * as Symmetry from './analytics/symmetry.js';
import type * as Asymmetry from './asymmetry.js';
import * as Catalogue from './catalogue/index.js';
import type { Exercise } from './catalogue/index.js';
import type { IsoDate } from './dates.js';
import * as Log from './log.js';
import * as Plates from './plates.js';
import * as Plan from './program/plan.js';
import * as Progression from './progression/index.js';
import type { Profile } from './profile.js';
import * as Warmup from './warmup.js';

export interface Item {
  readonly slot: Plan.Slot;
  readonly exercise: Exercise;
  readonly prescription: Progression.Prescription;
  readonly warmup: readonly Warmup.WarmupSet[];
  /** Plates per side for the work sets, on a barbell. */
  readonly plates: Plates.Loading | null;
  readonly cues: readonly string[];
  /** The foot-position cue leads because the last hip thrust was felt in the hamstrings (R7). */
  readonly footCueFirst: boolean;
  /** Unilateral work only: which side goes first, and whether it gets an extra set (R5). */
  readonly sides: Sides | null;
}

export interface Sides {
  readonly first: Asymmetry.Side;
  /** The weaker side gets one set more than prescribed while the gap is over the threshold. */
  readonly extraSet: Asymmetry.Side | null;
  /** The latest gap, in percent, when known. */
  readonly gapPercent: number | null;
}

export type Today =
  | { readonly kind: 'training'; readonly day: Plan.PlanDay; readonly items: readonly Item[] }
  | { readonly kind: 'rest'; readonly next: Plan.PlanDay | null }
  | { readonly kind: 'plan-over'; readonly lastDay: Plan.PlanDay | null };

export interface Input {
  readonly plan: Plan.Plan;
  readonly profile: Profile;
  readonly sessions: readonly Log.LoggedSession[];
  readonly date: IsoDate;
}

/** What to lift on `date`, or when the next session is. */
export function build(input: Input): Today {
  const day = Plan.dayOn(input.plan, input.date);
  if (!day) {
    const next = Plan.nextDay(input.plan, input.date) ?? null;
    if (next) return { kind: 'rest', next };
    return { kind: 'plan-over', lastDay: input.plan.days[input.plan.days.length - 1] ?? null };
  }
  return { kind: 'training', day, items: session(input, day) };
}

/** Every slot of `day` with its prescription from the log so far. */
export function session(input: Input, day: Plan.PlanDay): Item[] {
  const { profile, sessions } = input;
  const thrusts = Catalogue.EXERCISES.filter((e) => e.hipThrust).map((e) => e.id);
  const hamstrings = Log.lastSetOf(sessions, thrusts)?.felt === 'hamstrings';
  return day.slots.map((slot) => {
    const exercise = Catalogue.get(slot.exercise);
    const prescription = prescribe(input, slot);
    const load = prescription.load;
    const loaded = load !== null && load.value > 0;
    const barbell = exercise.implement === 'barbell' ? profile.inventory.barbell : null;
    const footCueFirst = hamstrings && exercise.hipThrust;
    const { setup, drive, feet } = exercise.cues;
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
      footCueFirst,
      sides: slot.perSide
        ? sidesFor(sessions, slot.exercise, profile.settings.asymmetryThresholdPercent)
        : null,
    };
  });
}

/** The next prescription for a slot, from the log since the plan began. */
export function prescribe(input: Omit<Input, 'date'>, slot: Plan.Slot): Progression.Prescription {
  const { plan, profile, sessions } = input;
  // History before the plan (an earlier plan, an import) beats the profile's working set.
  const earlier = Log.startingSet(plan, sessions, slot.exercise);
  const ctx: Progression.Context = {
    units: profile.units,
    inventory: profile.inventory,
    settings: profile.settings,
    working: earlier ? { exercise: slot.exercise, ...earlier } : profile.working,
  };
  return Progression.next(slot, Log.entriesFor(plan, sessions, slot.track), ctx);
}

/** While the gap is over the threshold the weaker side leads: it goes first and gets an extra set (R5). */
function sidesFor(
  sessions: readonly Log.LoggedSession[],
  exercise: Catalogue.ExerciseId,
  threshold: number,
): Sides {
  const t = Symmetry.trend(sessions, exercise, threshold);
  const weaker = t.latest?.weaker ?? null;
  if (t.flagged && weaker)
    return { first: weaker, extraSet: weaker, gapPercent: t.latest?.gapPercent ?? null };
  return { first: 'left', extraSet: null, gapPercent: t.latest?.gapPercent ?? null };
}

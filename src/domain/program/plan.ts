/** The shape of a plan: blocks of weeks of days of exercise slots. Loads are not in it. */
import type { ExerciseId } from '../catalogue/index.js';
import type { IsoDate, Weekday } from '../dates.js';
import type { Gear } from '../equipment.js';
import type { Goal } from '../profile.js';

/** What a day is for. */
export type DayKind = 'heavy' | 'volume' | 'metabolic' | 'lower' | 'power';

/** Where a slot sits in the session and what it is for. */
export type Role = 'activation' | 'compound' | 'main' | 'accessory';

/** How a slot moves forward over time. */
export type ProgressionKind =
  /** Double progression on load (R8). */
  | 'load'
  /** Reps, then hold time, then band level or added load (R8 for bands and bodyweight). */
  | 'reps-hold'
  /** Always as written: the activation warm-up is a protocol, not a lift to progress (R4). */
  | 'fixed';

export interface RepRange {
  readonly min: number;
  readonly max: number;
}

export interface Slot {
  readonly exercise: ExerciseId;
  readonly role: Role;
  /**
   * Progression is tracked per track: heavy and metabolic days of one exercise progress
   * independently (R2), so they are separate tracks.
   */
  readonly track: string;
  readonly sets: number;
  readonly reps: RepRange;
  /** Seconds to hold the top of each rep. */
  readonly holdSeconds: number;
  /** Sets are per side (unilateral work, R5). */
  readonly perSide: boolean;
  readonly progression: ProgressionKind;
  /** How to perform it today, in a line. */
  readonly intent: string;
  /** Rule ids behind this slot. */
  readonly rules: readonly string[];
}

export type PerformanceTest = 'sprint' | 'vertical-jump';

export interface GearItem {
  readonly gear: Gear;
  readonly why: string;
  readonly owned: boolean;
  /** Needed for the session, or optional (plans saved before this was kept lack it). */
  readonly required?: boolean;
}

export interface PlanDay {
  /** Stable within a plan: "w3d2" is week 3, day 2. */
  readonly id: string;
  readonly date: IsoDate;
  readonly week: number;
  readonly kind: DayKind;
  readonly title: string;
  readonly slots: readonly Slot[];
  /** Sprint and jump tests at the start of the session (R11). */
  readonly tests: readonly PerformanceTest[];
  readonly gear: readonly GearItem[];
}

export interface Block {
  readonly index: number;
  readonly name: string;
  readonly focus: string;
  readonly weeks: readonly number[];
}

export interface Plan {
  readonly goal: Goal;
  readonly start: IsoDate;
  readonly weekdays: readonly Weekday[];
  readonly blocks: readonly Block[];
  readonly days: readonly PlanDay[];
}

/**
 * Look-ups by date, id and track, built once per plan: a plan is never changed once made,
 * and a log of years is credited day by day against it.
 */
interface Index {
  readonly byDate: ReadonlyMap<IsoDate, PlanDay>;
  readonly byId: ReadonlyMap<string, PlanDay>;
  readonly tracks: ReadonlyMap<string, Slot>;
}
const indexes = new WeakMap<Plan, Index>();

function index(plan: Plan): Index {
  let i = indexes.get(plan);
  if (!i) {
    const byDate = new Map<IsoDate, PlanDay>();
    const byId = new Map<string, PlanDay>();
    const tracks = new Map<string, Slot>();
    for (const d of plan.days) {
      if (!byDate.has(d.date)) byDate.set(d.date, d);
      if (!byId.has(d.id)) byId.set(d.id, d);
      for (const s of d.slots) if (!tracks.has(s.track)) tracks.set(s.track, s);
    }
    i = { byDate, byId, tracks };
    indexes.set(plan, i);
  }
  return i;
}

/** The plan day on `date`, if it is a training day. */
export function dayOn(plan: Plan, date: IsoDate): PlanDay | undefined {
  return index(plan).byDate.get(date);
}

/** The first plan day on or after `date`. */
export function nextDay(plan: Plan, date: IsoDate): PlanDay | undefined {
  return plan.days.find((d) => d.date >= date);
}

/** Each track of the plan with its first slot, in the order they first appear. */
export function tracks(plan: Plan): ReadonlyMap<string, Slot> {
  return index(plan).tracks;
}

export function dayById(plan: Plan, id: string): PlanDay | undefined {
  return index(plan).byId.get(id);
}

export function blockOf(plan: Plan, day: PlanDay): Block | undefined {
  return plan.blocks.find((b) => b.weeks.includes(day.week));
}

/** The first slot in the plan for an exercise (that passes `test`): where off-plan sets go. */
export function firstSlotFor(
  plan: Plan,
  exercise: ExerciseId,
  test: (s: Slot) => boolean = () => true,
): Slot | undefined {
  for (const d of plan.days) {
    const s = d.slots.find((x) => x.exercise === exercise && test(x));
    if (s) return s;
  }
  return undefined;
}

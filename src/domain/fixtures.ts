/** Sample lifters for tests, demos and the docs: plain data, no I/O. */
import { fullGym, type Inventory } from './equipment.js';
import { DEFAULT_SETTINGS, defaultDays, type Goal, type Profile } from './profile.js';
import type { LoggedSession, LoggedSet, PlanEntry } from './log.js';
import type { Plan, PlanDay } from './program/plan.js';
import type { Prescription } from './progression/index.js';
import * as Today from './today.js';
import type { Load, Unit } from './units.js';

/** A lifter in a full gym; override any field. */
export function lifter(overrides: Partial<Profile> & { units?: Unit; goal?: Goal } = {}): Profile {
  const units = overrides.units ?? 'lb';
  const sessionsPerWeek = overrides.sessionsPerWeek ?? 3;
  const inventory: Inventory = overrides.inventory ?? fullGym(units);
  return {
    name: 'Sam',
    units,
    goal: 'glutes',
    sessionsPerWeek,
    days: defaultDays(sessionsPerWeek),
    inventory,
    working: null,
    compounds: false,
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

/** One logged set: a clean barbell hip thrust of 100 lb x 10 unless `over` says otherwise. */
export function loggedSet(over: Partial<LoggedSet> = {}): LoggedSet {
  return {
    exercise: 'barbell-hip-thrust',
    load: { value: 100, unit: 'lb' },
    reps: 10,
    side: null,
    holdSeconds: null,
    clean: true,
    band: null,
    rpe: null,
    felt: null,
    warmup: false,
    ...over,
  };
}

/** How a simulated lifter performs one prescription: the sets they log. */
export type Performer = (p: Prescription, day: PlanDay, sessionIndex: number) => LoggedSet[];

/** Exactly as prescribed, every set clean: the lifter the seed's reference trajectory assumes. */
export const asPrescribed: Performer = (p) => setsOf(p, { reps: p.reps, clean: true });

/** The sets a prescription asks for, done at its load (or `load`) with `reps` and `clean`. */
export function setsOf(
  p: Prescription,
  done: { reps: number; clean: boolean; load?: Load },
): LoggedSet[] {
  const sides = p.perSide ? (['left', 'right'] as const) : ([null] as const);
  return sides.flatMap((side) =>
    Array.from({ length: p.sets }, () => ({
      exercise: p.exercise,
      load: done.load ?? p.load ?? { value: 0, unit: 'lb' },
      reps: done.reps,
      side,
      holdSeconds: p.holdSeconds,
      clean: done.clean,
      band: p.band,
      rpe: null,
      felt: null,
      warmup: false,
    })),
  );
}

/** The id sample plans are stored under. */
export const PLAN_ID = 'plan-1';

/** A plan as the only plan of a log. */
export function only(plan: Plan, id = PLAN_ID): PlanEntry[] {
  return [{ id, plan }];
}

/**
 * Run the plan's first `sessions` days: each day, ask for today's session and log what
 * `perform` does with each slot. Returns the log, oldest first.
 */
export function simulate(
  plan: Plan,
  profile: Profile,
  sessions: number,
  perform: Performer = asPrescribed,
  earlier: { plans: readonly PlanEntry[]; log: readonly LoggedSession[] } = { plans: [], log: [] },
  planId = PLAN_ID,
): LoggedSession[] {
  const plans = [...earlier.plans, { id: planId, plan }];
  const log: LoggedSession[] = [...earlier.log];
  for (const [i, day] of plan.days.slice(0, sessions).entries()) {
    const items = Today.session({ plans, profile, sessions: log, date: day.date }, day);
    log.push({
      date: day.date,
      planId,
      dayId: day.id,
      sets: items.flatMap((it) =>
        perform(it.prescription, day, i).map((set) => ({ ...set, track: it.slot.track })),
      ),
    });
  }
  return log.slice(earlier.log.length);
}

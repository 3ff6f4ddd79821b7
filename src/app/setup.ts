/** Set a lifter up: answers in, profile and first plan out (both stored). */
import * as z from 'zod';
import { Equipment, Profile, Program, Today, type Log, type Plan } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import { today, type Deps } from './deps.js';
import type { AppResult } from './errors.js';
import { parse } from './validate.js';

const plates = z
  .array(
    z.object({ weight: z.number().positive().max(100), pairs: z.number().int().min(1).max(20) }),
  )
  .min(1);

/**
 * A plan's first day, within the years the CLI takes dates in: a plan runs weeks past its
 * start, and one started near 9999-12-31 ran off the calendar (a 500).
 */
const planStart = S.isoDate.refine((d) => d >= S.EARLIEST_DAY && d <= S.LATEST_DAY, {
  message: `a plan starts from ${S.EARLIEST_DAY} to ${S.LATEST_DAY}`,
});

/** Sessions a week: the seed's 2-3 (R2), and from 1 to 6 for the lifter's own week. */
const sessionsPerWeek = z
  .number({ message: 'sessions a week must be a whole number from 1 to 6' })
  .int('sessions a week must be a whole number from 1 to 6')
  .min(1, 'sessions a week must be from 1 to 6')
  .max(6, 'sessions a week must be from 1 to 6')
  .transform((n) => n as Profile.SessionsPerWeek);

/** The answers of `thrust init` (and of the onboarding screen), all optional but units. */
export const answers = z.object({
  name: z.string().trim().min(1).max(100).default('me'),
  units: S.unit.default('lb'),
  goal: S.goal.default('glutes'),
  sessionsPerWeek: sessionsPerWeek.default(3),
  weekdays: z.array(S.weekday).optional(),
  barbell: z.boolean().default(true),
  bar: z.number().positive().max(100, 'a bar over 100 is not a bar').optional(),
  plates: plates.optional(),
  dumbbells: z
    .object({
      min: z.number().nonnegative(),
      max: z.number().positive(),
      step: z.number().positive(),
    })
    .nullable()
    .optional(),
  cable: z.boolean().default(true),
  bands: z.array(S.bandLevel).default(['light', 'medium', 'heavy']),
  gear: z.array(S.gear).default([...Equipment.GEAR]),
  working: z
    .object({ load: z.number().positive().max(1500), reps: z.number().int().min(1).max(50) })
    .nullable()
    .default(null),
  compounds: z.boolean().optional(),
  start: planStart.optional(),
});
export type Answers = z.input<typeof answers>;

/** Build the profile the answers describe, with the full-gym defaults for what was not said. */
export function profileFrom(a: z.output<typeof answers>): AppResult<Profile.Profile> {
  const days = a.weekdays ?? Profile.defaultDays(a.sessionsPerWeek);
  if (days.length !== a.sessionsPerWeek || new Set(days).size !== days.length) {
    return err({
      code: 'invalid',
      field: 'weekdays',
      message: `give ${a.sessionsPerWeek} different weekdays (e.g. ${Profile.defaultDays(a.sessionsPerWeek).join(',')}), one per session`,
    });
  }
  const gym = Equipment.fullGym(a.units);
  const barbell: Equipment.Barbell | null = a.barbell
    ? {
        bar: { value: a.bar ?? gym.barbell?.bar.value ?? 0, unit: a.units },
        plates: a.plates ?? gym.barbell?.plates ?? [],
      }
    : null;
  const dumbbells =
    a.dumbbells === undefined ? gym.dumbbells : a.dumbbells && { ...a.dumbbells, unit: a.units };
  if (dumbbells && dumbbells.max < dumbbells.min)
    return err({
      code: 'invalid',
      field: 'dumbbells',
      message: 'the heaviest dumbbell must be at least the lightest',
    });
  const inventory: Equipment.Inventory = {
    barbell,
    dumbbells,
    cable: a.cable,
    bands: a.bands,
    gear: a.gear,
  };
  const main = Program.mainLift(inventory);
  return ok({
    name: a.name,
    units: a.units,
    goal: a.goal,
    sessionsPerWeek: a.sessionsPerWeek,
    days,
    inventory,
    working:
      a.working && main !== 'banded-hip-thrust'
        ? { exercise: main, load: { value: a.working.load, unit: a.units }, reps: a.working.reps }
        : null,
    compounds: a.compounds ?? a.goal === 'accessory',
    settings: Profile.DEFAULT_SETTINGS,
  });
}

/** Save the lifter's profile and a plan starting `start` (default today). */
export async function init(
  deps: Deps,
  input: Answers,
): Promise<AppResult<{ profile: Profile.Profile; plan: Plan.Plan }>> {
  const a = parse(answers, input);
  if (!a.ok) return a;
  const profile = profileFrom(a.value);
  if (!profile.ok) return profile;
  const plan = Program.generate(profile.value, a.value.start ?? today(deps));
  await deps.store.saveProfile(deps.user, profile.value);
  await deps.store.savePlan(deps.user, plan);
  return ok({ profile: profile.value, plan });
}

/** What may change when a new plan starts; anything not given stays as the profile has it. */
export const newPlanInput = z
  .object({
    goal: S.goal.optional(),
    sessionsPerWeek: sessionsPerWeek.optional(),
    weekdays: z.array(S.weekday).optional(),
    start: planStart.optional(),
  })
  .strict();
export type NewPlanInput = z.input<typeof newPlanInput>;

/**
 * Start the next plan (default today), with the goal or week changed if asked. The log
 * carries over: each track of the new plan starts where the log says the lifter is, and
 * the new plan starts with nothing done.
 */
export async function newPlan(
  deps: Deps,
  input: NewPlanInput = {},
): Promise<AppResult<{ profile: Profile.Profile; plan: Plan.Plan }>> {
  const i = parse(newPlanInput, input);
  if (!i.ok) return i;
  const current = await deps.store.getProfile(deps.user);
  if (!current) return err({ code: 'not-set-up' });
  const sessionsPerWeek = i.value.sessionsPerWeek ?? current.sessionsPerWeek;
  const days =
    i.value.weekdays ??
    (sessionsPerWeek === current.sessionsPerWeek
      ? current.days
      : Profile.defaultDays(sessionsPerWeek));
  if (days.length !== sessionsPerWeek || new Set(days).size !== days.length)
    return err({
      code: 'invalid',
      field: 'weekdays',
      message: `give ${sessionsPerWeek} different weekdays (e.g. ${Profile.defaultDays(sessionsPerWeek).join(',')}), one per session`,
    });
  const profile: Profile.Profile = {
    ...current,
    goal: i.value.goal ?? current.goal,
    sessionsPerWeek,
    days,
  };
  const plan = Program.generate(profile, i.value.start ?? today(deps));
  await deps.store.saveProfile(deps.user, profile);
  await deps.store.savePlan(deps.user, plan);
  return ok({ profile, plan });
}

/** The plan Thrust proposes once the active one is over: the same goal and week, from `date`. */
export interface Proposal {
  readonly goal: Profile.Goal;
  readonly sessionsPerWeek: Profile.SessionsPerWeek;
  readonly weekdays: readonly string[];
  readonly start: string;
  /** One line a lifter can read. */
  readonly text: string;
}

/**
 * Once no session of the active plan is left from `date` on, the next plan: the same goal,
 * days and gear, every track carrying on from where the log left it. A change of goal,
 * days or gear is one flag (or field) away.
 */
export function proposal(
  snap: {
    profile: Profile.Profile;
    plans: readonly { id: string; plan: Plan.Plan }[];
    sessions: readonly Log.LoggedSession[];
  },
  date: string,
): Proposal | null {
  const left = Today.nextUndone(snap, date);
  if (left) return null;
  const p = snap.profile;
  const weeks = Program.DEFAULT_OPTIONS.blockWeeks * Program.DEFAULT_OPTIONS.blocks;
  return {
    goal: p.goal,
    sessionsPerWeek: p.sessionsPerWeek,
    weekdays: Profile.trainingDays(p),
    start: date,
    text: `Plan complete. Next: another ${weeks} weeks of ${Profile.GOAL_NAMES[p.goal].split(':')[0]?.toLowerCase() ?? p.goal}, ${p.sessionsPerWeek} sessions a week, every lift carrying on from where your log left it. Or change the goal, days or gear as you start it.`,
  };
}

/** The settings a lifter may change, each optional; the rest keep their values. */
export const settingsPatch = S.settings
  .extend({
    pace: S.settings.shape.pace.unwrap().strict().nullable(),
  })
  .partial()
  .strict();

/**
 * Change how progression and analytics behave (pace, stall and deload, e1RM formula, the
 * left/right threshold). The plan stays; every prescription is derived again from the log.
 */
export async function updateSettings(
  deps: Deps,
  input: unknown,
): Promise<AppResult<Profile.Settings>> {
  const patch = parse(settingsPatch, input);
  if (!patch.ok) return patch;
  const profile = await deps.store.getProfile(deps.user);
  if (!profile) return err({ code: 'not-set-up' });
  const settings: Profile.Settings = { ...profile.settings, ...patch.value };
  await deps.store.saveProfile(deps.user, { ...profile, settings });
  return ok(settings);
}

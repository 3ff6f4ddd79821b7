/**
 * zod schemas for the domain's plain data, used wherever data crosses an edge: CLI flags,
 * HTTP bodies, imported files and rows read back from storage. Types are inferred from the
 * schemas and checked against the domain's own with `satisfies`-style assignments below.
 */
import * as z from 'zod';
import { Catalogue, Dates, E1rm, Equipment, Log } from '../domain/index.js';
import type { Plan as PlanNs, Profile as ProfileNs, Units } from '../domain/index.js';

export const unit = z.enum(['lb', 'kg']);
export const isoDate = z.string().refine(Dates.isIsoDate, {
  // The same words as the CLI's: a day that does not exist is not a format mistake.
  error: (issue) =>
    /^\d{4}-\d{2}-\d{2}$/.test(String(issue.input))
      ? `${String(issue.input)} is not a day of the calendar`
      : 'expected a date as YYYY-MM-DD',
});
/** The days a lifter may give (a typo guard, as the CLI's: 1800 for 2026, 9999 for blank). */
export const EARLIEST_DAY = '1970-01-01';
export const LATEST_DAY = '2099-12-31';
/** A day a lifter gives (a flag, a query, a body): a calendar day within the years Thrust takes. */
export const day = isoDate.refine((d) => d >= EARLIEST_DAY && d <= LATEST_DAY, {
  error: (issue) =>
    `${String(issue.input)} is outside the dates Thrust takes, ${EARLIEST_DAY} to ${LATEST_DAY}; check the year`,
});
export const exerciseId = z.string().refine(Catalogue.isExerciseId, {
  message: 'unknown exercise id',
}) as z.ZodType<Catalogue.ExerciseId>;
/** A stored or sent reference; a custom id the catalogue has since learned reads as its lift. */
export const exerciseRef = z
  .string()
  .refine(Catalogue.isExerciseRef, { message: 'unknown exercise id' })
  .transform((r) => Catalogue.canonical(r)) as unknown as z.ZodType<Catalogue.ExerciseRef, string>;
export const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export const gear = z.enum(Equipment.GEAR as [Equipment.Gear, ...Equipment.Gear[]]);
export const bandLevel = z.enum(['light', 'medium', 'heavy']);
export const felt = z.enum(Log.FELT as [Log.Felt, ...Log.Felt[]]);
export const side = z.enum(['left', 'right']);
export const goal = z.enum(['glutes', 'accessory', 'athletic']);

export const load = z.object({ value: z.number().finite().nonnegative(), unit });

/**
 * A load and reps as a lifter logs them, the same for every entry point (a new set, a
 * correction): a typo guard, not a training rule (no hip thrust is 1500 lb, or 100 reps).
 */
export const loggedLoad = load.refine((l) => l.value <= (l.unit === 'lb' ? 1500 : 680), {
  message: 'is over 1500 lb (680 kg): check the number and the unit',
});
export const loggedReps = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(100, 'must be at most 100');

export const inventory = z.object({
  barbell: z
    .object({
      bar: load,
      plates: z.array(
        z.object({ weight: z.number().positive(), pairs: z.number().int().nonnegative() }),
      ),
    })
    .nullable(),
  dumbbells: z
    .object({
      unit,
      min: z.number().nonnegative(),
      max: z.number().positive(),
      step: z.number().positive(),
    })
    .refine((d) => d.max >= d.min, { message: 'max must be at least min' })
    .nullable(),
  cable: z.boolean(),
  bands: z.array(bandLevel),
  gear: z.array(gear),
});

export const settings = z.object({
  pace: z
    .object({ load, weeks: z.number().positive(), minWeeks: z.number().nonnegative() })
    .nullable(),
  stallAfter: z.number().int().min(1).max(10),
  deloadPercent: z.number().min(0).max(50),
  formula: z.enum(E1rm.FORMULA_IDS as [E1rm.Formula, ...E1rm.Formula[]]),
  asymmetryThresholdPercent: z.number().min(0).max(100),
});

export const profile = z.object({
  name: z.string().min(1).max(100),
  units: unit,
  goal,
  sessionsPerWeek: z.union([1, 2, 3, 4, 5, 6].map((n) => z.literal(n))) as unknown as z.ZodType<
    1 | 2 | 3 | 4 | 5 | 6
  >,
  days: z.array(weekday),
  inventory,
  working: z
    .object({ exercise: exerciseId, load, reps: z.number().int().min(1).max(100) })
    .nullable(),
  compounds: z.boolean(),
  settings,
});

const slot = z.object({
  exercise: exerciseId,
  role: z.enum(['activation', 'compound', 'main', 'accessory']),
  track: z.string(),
  sets: z.number().int().positive(),
  reps: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
  holdSeconds: z.number().nonnegative(),
  perSide: z.boolean(),
  progression: z.enum(['load', 'reps-hold', 'fixed']),
  intent: z.string(),
  rules: z.array(z.string()),
});

export const plan = z.object({
  goal,
  start: isoDate,
  weekdays: z.array(weekday),
  blocks: z.array(
    z.object({
      index: z.number().int(),
      name: z.string(),
      focus: z.string(),
      weeks: z.array(z.number().int()),
    }),
  ),
  days: z.array(
    z.object({
      id: z.string(),
      date: isoDate,
      week: z.number().int(),
      kind: z.enum(['heavy', 'volume', 'metabolic', 'lower', 'power']),
      title: z.string(),
      slots: z.array(slot),
      tests: z.array(z.enum(['sprint', 'vertical-jump'])),
      gear: z.array(
        z.object({ gear, why: z.string(), owned: z.boolean(), required: z.boolean().optional() }),
      ),
    }),
  ),
});

// Compile-time checks that the schemas produce the domain's types.
const _profile: (p: z.infer<typeof profile>) => ProfileNs.Profile = (p) => p;
const _plan: (p: z.infer<typeof plan>) => PlanNs.Plan = (p) => p;
const _load: (l: z.infer<typeof load>) => Units.Load = (l) => l;
void _profile;
void _plan;
void _load;

/** The training use cases: what to lift, logging it, correcting it, and what comes next. */
import * as z from 'zod';
import { Analytics, Log, Workout } from '../domain/index.js';
import { Catalogue, Dates, Plan, Today, type Profile } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import { SetIdTaken, type StoredPlan, type StoredSession, type StoredSet } from '../store/port.js';
import { today, type Deps } from './deps.js';
import type { AppResult } from './errors.js';
import * as Exercises from './exercises.js';
import { parse } from './validate.js';

/** The profile, the plans and the log: what every read needs. */
export interface Snapshot {
  readonly profile: Profile.Profile;
  /** The active plan: the last one saved. */
  readonly plan: StoredPlan;
  /** Every plan, oldest first (the active one last). */
  readonly plans: readonly StoredPlan[];
  readonly sessions: StoredSession[];
}

export async function snapshot(deps: Deps): Promise<AppResult<Snapshot>> {
  const [profile, plans, sessions] = await Promise.all([
    deps.store.getProfile(deps.user),
    deps.store.plans(deps.user),
    deps.store.sessions(deps.user),
  ]);
  const plan = plans[plans.length - 1];
  if (!profile || !plan) return err({ code: 'not-set-up' });
  return ok({ profile, plan, plans, sessions });
}

function dateOrToday(deps: Deps, date: string | undefined, field: string): AppResult<string> {
  const d = parse(S.day, date ?? today(deps), field);
  if (!d.ok) return d;
  if (d.value > today(deps))
    return err({
      code: 'invalid',
      field,
      message: `${d.value} is in the future; log what you lifted on or before ${today(deps)}`,
    });
  return d;
}

/** Today's session (or when the next one is), with every load derived from the log. */
export async function todayView(
  deps: Deps,
  date?: string,
): Promise<AppResult<{ date: string; today: Today.Today; snapshot: Snapshot }>> {
  const d = parse(S.day, date ?? today(deps), 'date');
  if (!d.ok) return d;
  const snap = await snapshot(deps);
  if (!snap.ok) return snap;
  const { profile, plans, sessions } = snap.value;
  return ok({
    date: d.value,
    today: Today.build({ plans, profile, sessions, date: d.value }),
    snapshot: snap.value,
  });
}

/**
 * The next session not yet logged, from `date` on (after it, when a session is logged on
 * `date`), with the prescriptions the whole log now calls for.
 */
export async function next(
  deps: Deps,
  date?: string,
): Promise<AppResult<{ day: Plan.PlanDay | null; items: Today.Item[] }>> {
  const d = parse(S.day, date ?? today(deps), 'date');
  if (!d.ok) return d;
  const snap = await snapshot(deps);
  if (!snap.ok) return snap;
  const { profile, plans, sessions } = snap.value;
  const input = { plans, profile, sessions };
  const trained = sessions.some((s) => s.date === d.value);
  const day = Today.nextUndone(input, trained ? Dates.addDays(d.value, 1) : d.value) ?? null;
  const items = day ? Today.session({ ...input, date: day.date }, day) : [];
  return ok({ day, items });
}

/** Sets as a lifter enters them; validated here for every face. */
export const logInput = z.object({
  exercise: z.string().trim().min(1, 'name an exercise').max(100, 'at most 100 characters'),
  date: z.string().optional(),
  custom: z
    .boolean()
    .default(false)
    .describe(
      'log a name the catalogue lacks as the lifter’s own exercise (logged and charted, never prescribed)',
    ),
  sets: z
    .array(
      z.object({
        load: S.loggedLoad,
        reps: S.loggedReps,
        side: S.side.nullable().default(null),
        holdSeconds: z.number().min(0).max(60).nullable().default(null),
        clean: z.boolean().default(false),
        band: S.bandLevel.nullable().default(null),
        rpe: z.number().min(1).max(10).multipleOf(0.5).nullable().default(null),
        rir: z.number().int().min(0).max(10).nullable().default(null),
        felt: S.felt.nullable().default(null),
        note: z.string().max(2000).nullable().default(null),
        warmup: z.boolean().default(false),
        track: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .nullable()
          .default(null)
          .describe(
            'the plan track the set answers (e.g. "activation", "barbell-hip-thrust/heavy"), when known; otherwise the set is credited to the exercise\'s working slot',
          ),
        id: z.uuid().optional(),
      }),
    )
    .min(1, 'log at least one set')
    .max(50, 'at most 50 sets at once'),
});
export type LogInput = z.input<typeof logInput>;

/** POST /sets' body and the log_sets tool's input: the log input with no unknown keys. */
export const logBody = logInput
  .extend({ sets: z.array(logInput.shape.sets.element.strict()).min(1).max(50) })
  .strict();

/** A side is named on single-sided work and only there, for a new set and a correction. */
function sideProblem(ref: Catalogue.ExerciseRef, side: 'left' | 'right' | null, field: string) {
  // An exercise of the lifter's own (imported) has no laterality to hold a side to.
  if (!Catalogue.isExerciseId(ref)) return null;
  const exercise = Catalogue.get(ref);
  const unilateral = exercise.laterality === 'unilateral';
  if ((side !== null) === unilateral) return null;
  return err({
    code: 'invalid' as const,
    field,
    message: unilateral
      ? `${exercise.name} is single-sided: say which side (--left or --right)`
      : `${exercise.name} works both sides at once: drop --left/--right`,
  });
}

/** A session moved by up to this many days still counts for its plan day. */
const MOVED_DAYS = 3;

/**
 * The plan day a session on `date` counts as: the day on that date, else the closest
 * unlogged plan day within three days (a session moved by a day or two still counts).
 * `sessions` needs only those within twice that distance of `date`.
 */
export function creditDay(
  plan: StoredPlan,
  sessions: readonly { dayId: string | null; planId: string | null }[],
  date: string,
): string | null {
  const onDate = Plan.dayOn(plan.plan, date);
  if (onDate) return onDate.id;
  const done = new Set(sessions.filter((s) => s.planId === plan.id).map((s) => s.dayId));
  const near = plan.plan.days
    .filter((d) => !done.has(d.id) && Math.abs(Dates.daysBetween(d.date, date)) <= MOVED_DAYS)
    // Closest first; on a tie (a rest day between two open days) the coming session, as
    // "train the next session today" means.
    .sort(
      (a, b) =>
        Math.abs(Dates.daysBetween(a.date, date)) - Math.abs(Dates.daysBetween(b.date, date)) ||
        (a.date < b.date ? 1 : -1),
    );
  return near[0]?.id ?? null;
}

export interface Logged {
  readonly sets: StoredSet[];
  readonly date: string;
  readonly dayId: string | null;
  readonly exercise: Catalogue.ExerciseRef;
  /** The records these sets beat (none the first time a lift is logged). */
  readonly records: Analytics.Records.Beaten[];
}

/** Log sets of one exercise; committed before this returns. */
export async function log(deps: Deps, input: LogInput): Promise<AppResult<Logged>> {
  const i = parse(logInput, input);
  return i.ok ? logValid(deps, i.value) : i;
}

/**
 * `log` for input its face has validated against `logInput` already (the HTTP route's
 * schema extends it), so a request is validated once.
 */
export async function logValid(
  deps: Deps,
  input: z.output<typeof logInput>,
): Promise<AppResult<Logged>> {
  const exercise = await Exercises.resolve(deps, input.exercise, { custom: input.custom });
  if (!exercise.ok) return exercise;
  const date = dateOrToday(deps, input.date, 'date');
  if (!date.ok) return date;
  for (const [n, set] of input.sets.entries()) {
    const bad = sideProblem(exercise.value, set.side, `sets.${n}.side`);
    if (bad) return bad;
  }
  const { plan, profile } = await deps.store.planAndProfile(deps.user);
  if (!plan || !profile) return err({ code: 'not-set-up' });
  // The sessions around the date matter only off the plan's days (a moved session); read
  // just those, so logging costs the same at any length of history.
  const span = 2 * MOVED_DAYS;
  const nearby = Plan.dayOn(plan.plan, date.value)
    ? []
    : await deps.store.sessionDays(
        deps.user,
        Dates.addDays(date.value, -span),
        Dates.addDays(date.value, span),
      );
  const dayId = creditDay(plan, nearby, date.value);
  const loggedAt = deps.now().toISOString();
  let sets: StoredSet[];
  try {
    sets = await deps.store.logSets(
      deps.user,
      { date: date.value, dayId, planId: plan.id },
      input.sets.map(({ id, ...s }) => ({
        ...s,
        id: id ?? deps.newId(),
        exercise: exercise.value,
        loggedAt,
      })),
    );
  } catch (e) {
    if (!(e instanceof SetIdTaken)) throw e;
    return err({
      code: 'taken',
      field: `sets.${e.index}.id`,
      message: `this id is a set already logged on ${e.storedOn} with other values; nothing was stored. Send it as first sent, or leave the id out to log a new set`,
    });
  }
  const records = await beaten(deps, profile, exercise.value, sets);
  return ok({ sets, date: date.value, dayId, exercise: exercise.value, records });
}

/**
 * The records `fresh` beat: the exercise's log without and with them, summarised by the
 * store, so the process reads a few dozen rows at any length of history.
 */
async function beaten(
  deps: Deps,
  profile: Profile.Profile,
  exercise: Catalogue.ExerciseRef,
  fresh: readonly StoredSet[],
): Promise<Analytics.Records.Beaten[]> {
  const joined = fresh[0]?.sessionId;
  if (joined === undefined) return [];
  const around = await deps.store.recordsAround(
    deps.user,
    Catalogue.storedForms(exercise),
    joined,
    fresh.map((s) => s.id),
  );
  return Analytics.Records.beatenAround(around, profile.units, profile.settings.formula);
}

export const editInput = z
  .object({
    load: S.loggedLoad.optional(),
    reps: S.loggedReps.optional(),
    side: S.side.nullable().optional(),
    holdSeconds: z.number().min(0).max(60).nullable().optional(),
    clean: z.boolean().optional(),
    band: S.bandLevel.nullable().optional(),
    rpe: z.number().min(1).max(10).multipleOf(0.5).nullable().optional(),
    rir: z.number().int().min(0).max(10).nullable().optional(),
    felt: S.felt.nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
    warmup: z.boolean().optional(),
  })
  .strict();

/** Correct a logged set; what follows is derived from the corrected log. */
export async function edit(
  deps: Deps,
  id: string,
  patch: z.input<typeof editInput>,
): Promise<AppResult<StoredSet>> {
  const p = parse(editInput, patch);
  if (!p.ok) return p;
  if (Object.keys(p.value).length === 0)
    return err({
      code: 'invalid',
      field: 'edit',
      message:
        'nothing to change: give at least one of --load, --reps, --clean, --side, --felt, --rpe, --note',
    });
  // A side only on single-sided work, as when logging (the set says which exercise).
  if (p.value.side !== undefined) {
    const set = await deps.store.getSet(deps.user, id);
    if (!set) return err({ code: 'not-found', what: 'set', id });
    const bad = sideProblem(set.exercise, p.value.side, 'side');
    if (bad) return bad;
  }
  const updated = await deps.store.updateSet(deps.user, id, p.value);
  return updated ? ok(updated) : err({ code: 'not-found', what: 'set', id });
}

/** Remove the most recently logged set (or the one with `id`). */
export async function undo(deps: Deps, id?: string): Promise<AppResult<StoredSet>> {
  const target = id ? await deps.store.getSet(deps.user, id) : await deps.store.lastSet(deps.user);
  if (!target)
    return id ? err({ code: 'not-found', what: 'set', id }) : err({ code: 'nothing-to-undo' });
  await deps.store.deleteSet(deps.user, target.id);
  return ok(target);
}

/** A session as history shows it: with when it started and ended (from its sets' times). */
export type HistorySession = StoredSession & { readonly span: Workout.Span | null };

/** Sessions, newest first, optionally one exercise only (a catalogue lift or the lifter's own). */
export async function history(
  deps: Deps,
  opts: { exercise?: string; since?: string } = {},
): Promise<AppResult<HistorySession[]>> {
  let exerciseId: Catalogue.ExerciseRef | undefined;
  if (opts.exercise) {
    const e = await Exercises.resolve(deps, opts.exercise);
    if (!e.ok) return e;
    exerciseId = e.value;
  }
  if (opts.since) {
    const s = parse(S.day, opts.since, 'since');
    if (!s.ok) return s;
  }
  const sessions = await deps.store.sessions(deps.user, opts.since);
  const filtered = exerciseId
    ? sessions
        .map((s) => ({ ...s, sets: s.sets.filter((x) => x.exercise === exerciseId) }))
        .filter((s) => s.sets.length > 0)
    : sessions;
  // The span is the whole session's, even when only one exercise is shown.
  const spans = new Map(sessions.map((s) => [s.id, Workout.span(s.sets)]));
  return ok(filtered.reverse().map((s) => ({ ...s, span: spans.get(s.id) ?? null })));
}

/** The active plan's days that have a logged session (sessions of earlier plans do not count). */
export function doneDays(snap: {
  plans: readonly Log.PlanEntry[];
  sessions: readonly Log.LoggedSession[];
}): Set<string> {
  const active = snap.plans[snap.plans.length - 1];
  return active ? Log.doneDays(snap.plans, snap.sessions, active.id) : new Set();
}

/** Progress analytics over the stored log, for `thrust stats`, the API and the web app. */
import { Analytics, Catalogue, Plan, Program, Today, type Profile } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import * as Body from './body.js';
import { today, type Deps } from './deps.js';
import { snapshot, type Snapshot } from './training.js';
import { parse } from './validate.js';

const { Adherence, Measurements, Progress, Projection, Stalls, Symmetry, Volume } = Analytics;

/** The seed's target, 185 lb for 3x10, in the lifter's unit (85 kg, the nearest round kg). */
export function defaultTarget(profile: Profile.Profile): Analytics.Projection.Target {
  return profile.units === 'lb'
    ? { load: { value: 185, unit: 'lb' }, reps: 10, sets: 3 }
    : { load: { value: 85, unit: 'kg' }, reps: 10, sets: 3 };
}

export interface StatsOptions {
  readonly since?: string;
  readonly target?: { load: number; reps: number };
}

/** The overview: adherence, volume, the main lift's trend and projection, symmetry, body, tests, stalls. */
export async function overview(deps: Deps, opts: StatsOptions = {}) {
  const snap = await snapshot(deps);
  if (!snap.ok) return snap;
  const since = opts.since ? parse(S.isoDate, opts.since, 'since') : ok(undefined);
  if (!since.ok) return since;
  const { profile, plan, sessions } = snap.value;
  const date = today(deps);
  const unit = profile.units;
  const shown = since.value ? sessions.filter((s) => s.date >= (since.value ?? '')) : sessions;
  // One index of the log, shared by every analysis below.
  const shownLog = Progress.history(shown);
  const allLog = since.value ? Progress.history(sessions) : shownLog;
  const main = Program.mainLift(profile.inventory);
  const target = opts.target
    ? { load: { value: opts.target.load, unit }, reps: opts.target.reps, sets: 3 }
    : defaultTarget(profile);
  const hips = await deps.store.measurements(deps.user, Body.HIP);
  const tests = await deps.store.tests(deps.user);
  const bests = Progress.sessionBests(shownLog, main, unit, profile.settings.formula);
  const e1rmOn = (d: string) => [...bests].reverse().find((b) => b.date <= d)?.e1rm ?? null;
  const tracked = [
    ...new Set(
      plan.plan.days.flatMap((d) =>
        d.slots.filter((s) => s.progression === 'load').map((s) => s.exercise),
      ),
    ),
  ];
  return ok({
    unit,
    mainLift: main,
    adherence: Adherence.adherence(plan.plan, sessions, date),
    weeks: Volume.weekly(shownLog, unit),
    main: { bests, prs: Progress.prs(shownLog, main, unit, profile.settings.formula) },
    projection: { target, result: Projection.project(allLog, main, target, date) },
    symmetry: Symmetry.trend(
      shownLog,
      'single-leg-hip-thrust',
      profile.settings.asymmetryThresholdPercent,
    ),
    hip: {
      series: hips,
      trend: Measurements.trend(hips.filter((m) => m.unit === hips.at(-1)?.unit)),
      due: Body.hipDue(hips, date),
    },
    tests: tests.map((t) => ({ ...t, hipThrustE1rm: e1rmOn(t.date) })),
    stalls: Stalls.stalls(allLog, tracked, date).map((s) => ({
      ...s,
      plan: planResponse(snap.value, s.exercise),
    })),
  });
}

/** What the progression will do next about a stalled exercise, in its own words. */
function planResponse(snap: Snapshot, exercise: Catalogue.ExerciseRef): string {
  const slot = Catalogue.isExerciseId(exercise)
    ? Plan.firstSlotFor(snap.plan.plan, exercise)
    : undefined;
  if (!slot) return 'Not in the current plan.';
  return Today.prescribe(
    { plans: snap.plans, profile: snap.profile, sessions: snap.sessions },
    slot,
  ).reason;
}

/** One exercise in detail: every session's best, PRs, weekly sets. */
export async function exercise(deps: Deps, name: string, opts: StatsOptions = {}) {
  const e = Catalogue.find(name);
  if (!e)
    return err({
      code: 'unknown-exercise' as const,
      field: 'exercise',
      name,
      suggestions: Catalogue.suggest(name),
    });
  const snap = await snapshot(deps);
  if (!snap.ok) return snap;
  const since = opts.since ? parse(S.isoDate, opts.since, 'since') : ok(undefined);
  if (!since.ok) return since;
  const { profile, sessions } = snap.value;
  const shown = since.value ? sessions.filter((s) => s.date >= (since.value ?? '')) : sessions;
  const unit = profile.units;
  return ok({
    unit,
    exercise: e,
    bests: Progress.sessionBests(shown, e.id, unit, profile.settings.formula),
    prs: Progress.prs(shown, e.id, unit, profile.settings.formula),
    weeks: Volume.weekly(shown, unit).map((w) => ({
      week: w.week,
      ...(w.byExercise[e.id] ?? { sets: 0, tonnage: 0 }),
    })),
    symmetry:
      e.laterality === 'unilateral'
        ? Symmetry.trend(shown, e.id, profile.settings.asymmetryThresholdPercent)
        : null,
  });
}

export type Overview = Extract<Awaited<ReturnType<typeof overview>>, { ok: true }>['value'];
export type ExerciseStats = Extract<Awaited<ReturnType<typeof exercise>>, { ok: true }>['value'];

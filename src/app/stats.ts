/** Progress analytics over the stored log, for `thrust stats`, the API and the web app. */
import {
  Analytics,
  Body as Measures,
  Catalogue,
  Loadable,
  Program,
  Units,
  type Log,
  type Profile,
} from '../domain/index.js';
import { ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import * as Body from './body.js';
import { today, type Deps } from './deps.js';
import * as Exercises from './exercises.js';
import { snapshot } from './training.js';
import { parse } from './validate.js';

const { Adherence, Measurements, Progress, Projection, Stalls, Symmetry, Tracks, Volume } =
  Analytics;

type Target = Analytics.Projection.Target;

/** The seed's target, 185 lb for 3x10, in the lifter's unit (85 kg, the nearest round kg). */
export function seedTarget(profile: Profile.Profile): Target {
  return profile.units === 'lb'
    ? { load: { value: 185, unit: 'lb' }, reps: 10, sets: 3 }
    : { load: { value: 85, unit: 'kg' }, reps: 10, sets: 3 };
}

/**
 * The default target: the seed's, or the heaviest load the lifter can set up for the main
 * lift when that is lighter (a rack of dumbbells that stops at 120 lb), so the projection
 * aims at something the equipment allows.
 */
export function defaultTarget(profile: Profile.Profile): Target & { capped: boolean } {
  const seed = seedTarget(profile);
  const ex = Catalogue.get(Program.mainLift(profile.inventory));
  const most = Loadable.nearest(ex, profile.inventory, seed.load, profile.units, 'down');
  return most.value > 0 && Units.compare(most, seed.load) < 0
    ? { ...seed, load: Units.convert(most, profile.units), capped: true }
    : { ...seed, capped: false };
}

export interface StatsOptions {
  readonly since?: string;
  readonly target?: { load: number; reps: number };
}

/** How many of a track's latest judged sessions the overview carries. */
const RECENT_VERDICTS = 8;

/** One track's line and what the progression made of it, for display. */
function trackView(
  t: Analytics.Tracks.Track,
  profile: Profile.Profile,
  date: string,
  since: string | undefined,
  /** The goal a projection aims at; null for a lift it is not about. */
  target: Target | null,
  exerciseSessions: readonly { date: string; sets: readonly Log.LoggedSet[] }[],
) {
  const unit = profile.units;
  const measure = Tracks.measureOf(t);
  const formula = Tracks.formulaOf(t, profile.settings.formula);
  const points = Tracks.points(t, unit, formula);
  return {
    id: t.id,
    label: Tracks.label(t),
    exercise: t.exercise,
    planned: t.planned,
    active: t.active,
    role: t.role,
    progression: t.progression,
    reps: t.reps,
    perSide: t.perSide,
    measure,
    formula: measure === 'e1rm' ? formula : null,
    points: since ? points.filter((p) => p.date >= since) : points,
    trend: Tracks.trend(points, measure, unit, date),
    progress: Tracks.progress(t),
    projection:
      measure === 'e1rm' && target
        ? Projection.projectTrack(t, target, date, profile.settings.formula, exerciseSessions)
        : null,
    stall: t.active ? Stalls.ofTrack(t, profile.settings.stallAfter, date) : null,
    /** What the plan does next on this track, in its own words. */
    next: t.next?.reason ?? null,
    /** The latest sessions judged against their prescriptions (R8), newest first. */
    verdicts: Tracks.verdicts(t, RECENT_VERDICTS),
  };
}

export type TrackView = ReturnType<typeof trackView>;

/** A track is worth a line when it progresses (not the fixed activation protocol) and has work. */
const shown = (t: Analytics.Tracks.Track) => t.progression !== 'fixed' && t.sessions.length > 0;

/** The overview: adherence, volume, every track's trend and projection, the reference, symmetry, body, tests, stalls. */
export async function overview(deps: Deps, opts: StatsOptions = {}) {
  // Every read at once: on PostgreSQL each is a round trip of its own.
  const [snap, hipRows, tests] = await Promise.all([
    snapshot(deps),
    deps.store.measurements(deps.user, Body.HIP),
    deps.store.tests(deps.user),
  ]);
  if (!snap.ok) return snap;
  const since = opts.since ? parse(S.day, opts.since, 'since') : ok(undefined);
  if (!since.ok) return since;
  const { profile, plans, sessions } = snap.value;
  const date = today(deps);
  const unit = profile.units;
  const from = since.value;
  const shownSessions = from ? sessions.filter((s) => s.date >= from) : sessions;
  // One index of the log, shared by every analysis below.
  const shownLog = Progress.history(shownSessions);
  const allLog = from ? Progress.history(sessions) : shownLog;
  const main = Program.mainLift(profile.inventory);
  const target = opts.target
    ? { load: { value: opts.target.load, unit }, reps: opts.target.reps, sets: 3, capped: false }
    : defaultTarget(profile);
  // One unit for the whole series (the latest one's), so a switch of tape does not jump.
  const hips = Measures.inOneUnit(hipRows);
  const bests = Progress.sessionBests(shownLog, main, unit, profile.settings.formula);
  const e1rmOn = (d: string) => [...bests].reverse().find((b) => b.date <= d)?.e1rm ?? null;

  const all = Tracks.collect(plans, sessions, profile);
  const views = all
    .filter(shown)
    // The target (the seed's 185 lb, or the lifter's own) is about the main lift only: a
    // squat or a kickback is not projected toward a hip thrust goal.
    .map((t) =>
      trackView(
        t,
        profile,
        date,
        from,
        t.exercise === main ? target : null,
        Progress.workSets(allLog, t.exercise),
      ),
    );
  const anchor = Projection.anchorTrack(all, main);
  const mainTrack = all.find((t) => t.exercise === main && t.active && t.role === 'main');
  const headline = anchor ? views.find((v) => v.id === anchor.id) : undefined;
  return ok({
    unit,
    mainLift: main,
    adherence: Adherence.acrossPlans(plans, sessions, date),
    weeks: Volume.weekly(shownLog, unit, Tracks.activationSets(all), date),
    /** The main lift's PRs over all its days: a record is a record whichever day set it. */
    main: { bests, prs: Progress.prs(shownLog, main, unit, profile.settings.formula) },
    tracks: views,
    projection: {
      target,
      track: headline?.id ?? mainTrack?.id ?? null,
      result:
        headline?.projection ??
        // No load track to project (bands, bodyweight): what progresses there instead.
        ({
          kind: 'no-load',
          progress: mainTrack ? Tracks.progress(mainTrack) : null,
        } as const),
    },
    reference: anchor ? Projection.reference(anchor, unit, date) : null,
    symmetry: Symmetry.trend(
      shownLog,
      'single-leg-hip-thrust',
      profile.settings.asymmetryThresholdPercent,
      profile.settings.formula,
    ),
    hip: {
      series: hips,
      trend: Measurements.trend(hips),
      due: Body.hipDue(hips, date),
    },
    tests: tests.map((t) => ({ ...t, hipThrustE1rm: e1rmOn(t.date) })),
    stalls: views.flatMap((v) =>
      v.stall ? [{ ...v.stall, label: v.label, plan: v.next ?? 'Not in the current plan.' }] : [],
    ),
  });
}

/** One exercise in detail: every session's best, PRs, weekly sets, and its tracks. */
export async function exercise(deps: Deps, name: string, opts: StatsOptions = {}) {
  const ref = await Exercises.resolve(deps, name);
  if (!ref.ok) return ref;
  // A lift of the lifter's own has no catalogue entry: its name, and no sides to compare.
  const e = Catalogue.isExerciseId(ref.value)
    ? Catalogue.get(ref.value)
    : {
        id: ref.value,
        name: Catalogue.nameOf(ref.value, await deps.store.exerciseNames(deps.user)),
        laterality: 'bilateral' as const,
      };
  const snap = await snapshot(deps);
  if (!snap.ok) return snap;
  const since = opts.since ? parse(S.day, opts.since, 'since') : ok(undefined);
  if (!since.ok) return since;
  const { profile, plans, sessions } = snap.value;
  const from = since.value;
  const shownSessions = from ? sessions.filter((s) => s.date >= from) : sessions;
  const unit = profile.units;
  const date = today(deps);
  // A target given for this lift, else the default one when it is the main lift; no
  // projection toward the hip thrust's goal on any other lift.
  const target = opts.target
    ? { load: { value: opts.target.load, unit }, reps: opts.target.reps, sets: 3 }
    : e.id === Program.mainLift(profile.inventory)
      ? defaultTarget(profile)
      : null;
  const work = Progress.workSets(sessions, e.id);
  const all = Tracks.collect(plans, sessions, profile);
  return ok({
    unit,
    exercise: e,
    bests: Progress.sessionBests(shownSessions, e.id, unit, profile.settings.formula),
    prs: Progress.prs(shownSessions, e.id, unit, profile.settings.formula),
    weeks: Volume.weekly(shownSessions, unit, Tracks.activationSets(all), date).map((w) => ({
      week: w.week,
      ...(w.byExercise[e.id] ?? { sets: 0, tonnage: 0 }),
    })),
    tracks: all
      .filter((t) => t.exercise === e.id && shown(t))
      .map((t) => trackView(t, profile, date, from, target, work)),
    symmetry:
      e.laterality === 'unilateral' && Catalogue.isExerciseId(e.id)
        ? Symmetry.trend(
            shownSessions,
            e.id,
            profile.settings.asymmetryThresholdPercent,
            profile.settings.formula,
          )
        : null,
  });
}

export type Overview = Extract<Awaited<ReturnType<typeof overview>>, { ok: true }>['value'];
export type ExerciseStats = Extract<Awaited<ReturnType<typeof exercise>>, { ok: true }>['value'];

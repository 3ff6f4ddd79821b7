/** Garmin FIT files out: a logged session as an activity, the next session as a workout. */
import { createHash } from 'node:crypto';
import { err, ok } from '../domain/result.js';
import * as Fit from '../formats/fit.js';
import * as FitWorkout from '../formats/fit-workout.js';
import * as Zone from '../formats/zone.js';
import * as S from '../schemas/index.js';
import type { StoredSession } from '../store/port.js';
import { today, type Deps } from './deps.js';
import type { AppResult } from './errors.js';
import { next } from './training.js';
import { parse } from './validate.js';

export interface FitFile {
  readonly bytes: Uint8Array;
  readonly filename: string;
}

/**
 * The file id's serial number: the same for every file of one lifter, so Garmin Connect
 * knows a session exported twice (same serial and start) as one activity. uint32z: never 0.
 */
function serialOf(user: string): number {
  return createHash('sha1').update(`thrust-fit ${user}`).digest().readUInt32BE(0) || 1;
}

function encode(
  deps: Deps,
  s: StoredSession,
  names: ReadonlyMap<string, string>,
): FitFile & { report: Fit.ActivityReport } {
  const { bytes, report } = Fit.activity(s, {
    zone: deps.zone ?? Zone.machineZone(),
    names,
    serial: serialOf(deps.user),
  });
  return { bytes, report, filename: `thrust-${s.date}.fit` };
}

/** The session on `date` as a FIT activity file, with the report of what went where. */
export async function session(
  deps: Deps,
  date: string,
  field = 'date',
): Promise<AppResult<FitFile & { report: Fit.ActivityReport }>> {
  const d = parse(S.day, date, field);
  if (!d.ok) return d;
  const found = (await deps.store.sessions(deps.user, d.value)).find(
    (s) => s.date === d.value && s.sets.length > 0,
  );
  if (!found) return err({ code: 'not-found', what: 'session', id: d.value });
  return ok(encode(deps, found, await deps.store.exerciseNames(deps.user)));
}

/** Every session from `from` to `to` (inclusive), one FIT activity file each. */
export async function sessions(
  deps: Deps,
  from: string,
  to: string,
): Promise<AppResult<(FitFile & { report: Fit.ActivityReport })[]>> {
  const a = parse(S.day, from, 'from');
  if (!a.ok) return a;
  const b = parse(S.day, to, 'to');
  if (!b.ok) return b;
  if (a.value > b.value)
    return err({
      code: 'invalid',
      field: 'to',
      message: `${b.value} is before the first day, ${a.value}; give the earlier day first`,
    });
  const found = (await deps.store.sessions(deps.user, a.value)).filter(
    (s) => s.date <= b.value && s.sets.length > 0,
  );
  if (found.length === 0)
    return err({ code: 'not-found', what: 'session', id: `${a.value} to ${b.value}` });
  const names = await deps.store.exerciseNames(deps.user);
  return ok(found.map((s) => encode(deps, s, names)));
}

/**
 * Today's session, or the next one not yet logged, as a FIT workout file a watch runs; a
 * 'not-found' when the plan has no session left from `date` on.
 */
export async function workout(
  deps: Deps,
  date?: string,
): Promise<AppResult<FitFile & { date: string; title: string; steps: FitWorkout.Step[] }>> {
  const n = await next(deps, date);
  if (!n.ok) return n;
  const { day, items } = n.value;
  if (!day || items.length === 0)
    return err({ code: 'not-found', what: 'planned session', id: `from ${date ?? today(deps)}` });
  const profile = await deps.store.getProfile(deps.user);
  const w = FitWorkout.workout(day, items, profile?.units ?? 'kg', {
    serial: serialOf(deps.user),
    created: deps.now(),
  });
  return ok({
    bytes: w.bytes,
    steps: w.steps,
    date: day.date,
    title: day.title,
    filename: `thrust-workout-${day.date}.fit`,
  });
}

/**
 * A training life: plans that follow one another over one log. Each plan's tracks are
 * replayed from its own sessions (R8), and each track starts where the log says the lifter
 * is: the same track of the plan before carries over as it stood (load, rep target, pace
 * and failures), and a track new to the lifter starts from the best recent set of its
 * exercise in its rep range (`Log.startingSet`), else from the profile's working set, else
 * from a calibration session.
 */
import * as E1rm from '../e1rm.js';
import { addDays } from '../dates.js';
import * as Log from '../log.js';
import type { LoggedSession, PlanEntry, TrackEntry } from '../log.js';
import type { Profile } from '../profile.js';
import { tracks, type Slot } from '../program/plan.js';
import { toKg } from '../units.js';
import { replayFrom, type Context, type Prescription } from './index.js';
import { initial } from './start.js';

export interface TrackReplay {
  /** The track's first slot in its plan. */
  readonly slot: Slot;
  readonly entries: readonly TrackEntry[];
  /** steps[i] is what entries[i] was judged against; the last step is the next prescription. */
  readonly steps: readonly Prescription[];
}

/** Track id to its replay, for one plan. */
export type PlanReplay = ReadonlyMap<string, TrackReplay>;

/**
 * Every plan's tracks, replayed oldest plan first (plans as stored, the last is the active
 * one). The same log always gives the same answer.
 */
export function replayLife(
  plans: readonly PlanEntry[],
  sessions: readonly LoggedSession[],
  profile: Profile,
): Map<string, PlanReplay> {
  const out = new Map<string, PlanReplay>();
  const score = (s: Log.LoggedSet): number => strength(s, profile.settings.formula);
  let previous: PlanReplay | undefined;
  for (const { id, plan } of plans) {
    const entries = Log.entriesByTrack(plans, sessions, id);
    // What the lifter did in the weeks before the plan: a log from years ago (an old
    // import) says nothing of where they are now, and the profile's working set is used.
    const since = addDays(plan.start, -Log.RECENT_DAYS);
    const history = sessions.filter(
      (s) => s.date <= plan.start && s.date >= since && Log.planOf(plans, s) !== id,
    );
    const replays = new Map<string, TrackReplay>();
    for (const [track, slot] of tracks(plan)) {
      const ctx: Context = {
        units: profile.units,
        inventory: profile.inventory,
        settings: profile.settings,
        working: null,
      };
      const carried = previous?.get(track)?.steps.at(-1);
      let first: Prescription;
      if (carried) {
        first = { ...carried, reason: `From your last plan: ${carried.reason}` };
      } else {
        const best =
          slot.progression === 'load'
            ? Log.startingSet(history, slot.exercise, slot.reps, score)
            : null;
        const working = best
          ? { exercise: slot.exercise, load: best.load, reps: best.reps }
          : profile.working?.exercise === slot.exercise
            ? profile.working
            : null;
        first = initial(slot, { ...ctx, working });
      }
      const own = entries.get(track) ?? [];
      replays.set(track, { slot, entries: own, steps: replayFrom(first, slot, own, ctx) });
    }
    out.set(id, replays);
    previous = replays;
  }
  return out;
}

/**
 * A set's estimated 1RM in kg, for ranking sets only. Reps beyond every formula's range
 * count as the longest set one covers (an underestimate, so a long light set never
 * outranks a heavy one).
 */
function strength(s: Log.LoggedSet, formula: E1rm.Formula): number {
  const reps = Math.min(s.reps, 15);
  const f = E1rm.formulaFor(reps, formula) ?? 'wathan';
  const e = E1rm.estimate(toKg(s.load), reps, f);
  return e.ok ? e.value : 0;
}

/**
 * The next prescription for a track, derived from the plan and the log alone (R8).
 *
 * The log is replayed from the first session: each session is judged against what was
 * prescribed that day, and the judgement sets the next prescription. Nothing is stored or
 * mutated, so the same log always gives the same answer and correcting an old set changes
 * everything after it.
 */
import * as Catalogue from '../catalogue/index.js';
import type { Exercise } from '../catalogue/index.js';
import { addDays, daysBetween, formatShort, type IsoDate } from '../dates.js';
import { BAND_LEVELS } from '../equipment.js';
import * as Loadable from '../loadable.js';
import type { TrackEntry } from '../log.js';
import type { Settings } from '../profile.js';
import type { Slot } from '../program/plan.js';
import { compare, format, valueIn, type Load, type Unit } from '../units.js';
import { judge } from './judge.js';
import {
  MAX_HOLD_SECONDS,
  perSideWord,
  what,
  type Context,
  type Prescription,
} from './prescription.js';
import { calibrated, initial } from './start.js';
import { stepAt } from './step.js';

export { judge } from './judge.js';
export { initial } from './start.js';
export { STEP_FRACTION, smallestStep, stepAt, type Step } from './step.js';
export {
  MAX_HOLD_SECONDS,
  what,
  type Change,
  type Context,
  type Prescription,
} from './prescription.js';

/** Every prescription from the first session on: [0] before any log, last = next. */
export function replay(slot: Slot, entries: readonly TrackEntry[], ctx: Context): Prescription[] {
  return replayFrom(initial(slot, ctx), slot, entries, ctx);
}

/** The replay of `entries` from a given first prescription (a track carried between plans). */
export function replayFrom(
  first: Prescription,
  slot: Slot,
  entries: readonly TrackEntry[],
  ctx: Context,
): Prescription[] {
  const steps = [first];
  for (const entry of entries) {
    const prev = steps[steps.length - 1] as Prescription;
    steps.push(step(withSlot(prev, entry.slot), entry, ctx));
  }
  const last = steps[steps.length - 1] as Prescription;
  steps[steps.length - 1] = withSlot(last, slot);
  return steps;
}

/** The prescription for the next session of `slot`'s track. */
export function next(slot: Slot, entries: readonly TrackEntry[], ctx: Context): Prescription {
  const steps = replay(slot, entries, ctx);
  return steps[steps.length - 1] as Prescription;
}

/** Set count and hold follow the day's slot (they may change by block); reps stay in range. */
export function withSlot(p: Prescription, slot: Slot): Prescription {
  const reps = Math.min(slot.reps.max, Math.max(slot.reps.min, p.reps));
  const holdSeconds =
    slot.progression === 'fixed' ? slot.holdSeconds : Math.max(p.holdSeconds, slot.holdSeconds);
  return { ...p, sets: slot.sets, reps, holdSeconds, perSide: slot.perSide };
}

function step(prev: Prescription, entry: TrackEntry, ctx: Context): Prescription {
  // The pace hold's date describes one step only.
  const p: Prescription = { ...prev };
  delete (p as { nextIncrease?: string }).nextIncrease;
  const ex = Catalogue.get(entry.slot.exercise);
  const slot = entry.slot;
  const on = formatShort(entry.date);
  if (slot.progression === 'fixed') return p;
  if (p.load === null) return calibrated(p, slot, ex, entry, ctx);

  const verdict = judge(p, entry.sets);
  if (!verdict.success) {
    const fails = p.fails + 1;
    if (fails >= ctx.settings.stallAfter) return deload(p, slot, ex, ctx, fails, entry.date);
    return {
      ...p,
      fails,
      change: 'repeat',
      reason: `Repeat ${what(p)}: ${verdict.shortfalls.join('; ')} on ${on} (R8: load rises once every set is done).`,
    };
  }
  const done = `all ${p.sets} sets${perSideWord(p)} of ${verdict.achieved} at ${what(p, false)} with clean form on ${on}`;
  const base = { ...p, fails: 0 };
  if (slot.progression === 'load') {
    // R8 ("add 5 to 10 pounds every two to three weeks once all prescribed sets are done with
    // good form"): load rises whenever the pace allows; until then the rep target climbs
    // inside the range, so a lifter who meets every target is never held below the pace.
    const up = increase(base, slot, ex, ctx, entry.date, done);
    if (up.change === 'increase') return up;
    if (verdict.achieved >= slot.reps.max)
      return up.change === 'top-of-equipment' ? longerHold(up, slot, done) : up;
    const reps = Math.min(slot.reps.max, verdict.achieved + 1);
    // The wait is the seed's calendar pace; reps climbing meanwhile is the double
    // progression research-based rules use (ACSM 2009).
    const wait =
      up.change === 'hold-pace'
        ? `; load next from ${up.nextIncrease ?? ''} (the seed's pace, R8), reps climb meanwhile (ACSM 2009)`
        : `; nothing heavier is owned, so reps climb (ACSM 2009)`;
    return {
      ...base,
      reps,
      change: 'reps',
      reason: `${reps} reps next: ${done}${wait}.`,
    };
  }
  if (verdict.achieved < slot.reps.max) {
    const reps = Math.min(slot.reps.max, verdict.achieved + 1);
    return {
      ...base,
      reps,
      change: 'reps',
      reason: `${reps} reps next: ${done}; reps, then hold, then load (convention).`,
    };
  }
  if (p.load.value === 0) return bodyweightTop(base, slot, ex, ctx, entry.date, done);
  return increase(base, slot, ex, ctx, entry.date, done);
}

/** Every prescribed set done with clean form: add the implement's increment, unless pace forbids. */
function increase(
  p: Prescription,
  slot: Slot,
  ex: Exercise,
  ctx: Context,
  date: IsoDate,
  done: string,
): Prescription {
  const current = p.load as Load;
  const { step: inc, seed } = stepAt(ex, ctx.inventory, current, ctx.units);
  const wait = paceDays(inc, ctx.settings);
  if (p.lastIncrease !== null && daysBetween(p.lastIncrease, date) < wait) {
    const from = formatShort(addDays(p.lastIncrease, wait));
    return {
      ...p,
      change: 'hold-pace',
      nextIncrease: from,
      reason: `Stay at ${what(p)}: ${done}; next increase from ${from} (the seed's pace, ${paceText(ctx.settings, ctx.units)}, R8; research waits for performance, not dates).`,
    };
  }
  const target = { value: valueIn(current, ctx.units) + valueIn(inc, ctx.units), unit: ctx.units };
  const load = Loadable.nearest(ex, ctx.inventory, target, ctx.units, 'up');
  if (compare(load, current) <= 0) {
    return {
      ...p,
      change: 'top-of-equipment',
      reason: `Stay at ${what(p)}: ${done}, but your equipment loads nothing heavier (R8).`,
    };
  }
  const delta = format({
    value: valueIn(load, ctx.units) - valueIn(current, ctx.units),
    unit: ctx.units,
  });
  return {
    ...p,
    load,
    reps: slot.reps.min,
    lastIncrease: date,
    change: 'increase',
    reason:
      compare(inc, seed) < 0
        ? `+${delta}: ${done} (R8; less than its ${format(seed)}, which would be ${Math.round((100 * valueIn(seed, ctx.units)) / valueIn(current, ctx.units))}% of ${format(current)}: steps of 2-10% suit the load, ACSM 2009).`
        : `+${delta}: ${done} (R8).`,
  };
}

/** One second more at the top, back to the bottom of the rep range. */
function holdStep(p: Prescription, slot: Slot, why: string): Prescription {
  const holdSeconds = p.holdSeconds + 1;
  return {
    ...p,
    holdSeconds,
    reps: slot.reps.min,
    change: 'hold-time',
    reason: `Hold ${holdSeconds} s at the top, back to ${slot.reps.min} reps: ${why}.`,
  };
}

/**
 * The heaviest load the lifter owns, at the top of the rep range: a longer top hold keeps
 * the work progressing; past that, single-leg work is the harder variation (R5). Lengthening
 * the hold is a convention, not the seed's: R6 asks for 1-2 s, and holds run up to
 * MAX_HOLD_SECONDS.
 */
function longerHold(p: Prescription, slot: Slot, done: string): Prescription {
  if (p.holdSeconds < MAX_HOLD_SECONDS)
    return holdStep(
      p,
      slot,
      `${done}, and nothing heavier is listed as owned (convention: a longer hold than R6's 1-2 s while the load cannot rise)`,
    );
  return {
    ...p,
    reason: `Stay at ${what(p)}: ${done}. Nothing heavier is owned and the hold is at ${MAX_HOLD_SECONDS} s, past R6's 1-2 s: heavier weights, or single-leg hip thrusts (R5), are the next step (convention).`,
  };
}

/**
 * Bodyweight or band at the top of the rep range: longer hold, then band, then load. The
 * order is a convention (no study compares ways to progress them); holds past R6's 1-2 s
 * are too.
 */
function bodyweightTop(
  p: Prescription,
  slot: Slot,
  ex: Exercise,
  ctx: Context,
  date: IsoDate,
  done: string,
): Prescription {
  if (p.holdSeconds < MAX_HOLD_SECONDS)
    return holdStep(
      p,
      slot,
      `${done} (convention: a longer hold than R6's 1-2 s before a stronger band or load)`,
    );
  if (ex.implement === 'band') {
    const stronger = BAND_LEVELS.slice(BAND_LEVELS.indexOf(p.band ?? 'light') + 1).find((b) =>
      ctx.inventory.bands.includes(b),
    );
    if (!stronger)
      return {
        ...p,
        change: 'repeat',
        reason: `Stay here: ${done}; a stronger band is the next step (convention), and none is listed as owned.`,
      };
    return {
      ...p,
      band: stronger,
      holdSeconds: slot.holdSeconds,
      reps: slot.reps.min,
      change: 'band',
      reason: `Move up to the ${stronger} band: ${done} (convention: a stronger band is the next load).`,
    };
  }
  const d = ctx.inventory.dumbbells;
  if (!d)
    return {
      ...p,
      change: 'repeat',
      reason: `Stay here: ${done}; adding a dumbbell is the next step (R8), and none is listed as owned.`,
    };
  const load = { value: d.min, unit: d.unit };
  return {
    ...p,
    load,
    holdSeconds: slot.holdSeconds,
    reps: slot.reps.min,
    // The first dumbbell is a load increase like any other: it opens the pace window, so
    // the next one waits for the pace (R8) instead of following a few sessions later.
    lastIncrease: date,
    change: 'increase',
    reason: `Add a ${format(load)} dumbbell on the hips: ${done} (R8).`,
  };
}

function deload(
  p: Prescription,
  slot: Slot,
  ex: Exercise,
  ctx: Context,
  fails: number,
  date: IsoDate,
): Prescription {
  const on = formatShort(date);
  const current = p.load as Load;
  const short = `${fails} sessions in a row short of ${what(p)} (last on ${on})`;
  if (current.value === 0) {
    return {
      ...p,
      reps: slot.reps.min,
      fails: 0,
      change: 'deload',
      reason: `Back to ${slot.reps.min} reps: ${short} (convention).`,
    };
  }
  const pct = ctx.settings.deloadPercent;
  const target = { value: valueIn(current, ctx.units) * (1 - pct / 100), unit: ctx.units };
  const load = Loadable.nearest(ex, ctx.inventory, target, ctx.units, 'down');
  // The lightest load that can be set up (5 lb on a cable stack) has nothing below it but
  // no load at all, which a loaded lift cannot be logged at: the reps come down instead.
  if (load.value === 0)
    return {
      ...p,
      reps: slot.reps.min,
      fails: 0,
      change: 'deload',
      reason: `Back to ${slot.reps.min} reps at ${format(current)}, the lightest load it can be set up with: ${short} (convention).`,
    };
  // The deload opens a new pace window: the load is rebuilt at the pace, not in one jump.
  return {
    ...p,
    load,
    reps: slot.reps.min,
    fails: 0,
    lastIncrease: date,
    change: 'deload',
    reason: `Deload about ${pct}% to ${format(load)}: ${short}. Build back up from here (convention: no study tests this rule).`,
  };
}

/** Days between load increases: at most `pace.load` per `pace.weeks`, at least `minWeeks` apart. */
export function paceDays(inc: Load, settings: Settings): number {
  const pace = settings.pace;
  if (!pace) return 0;
  const byRate = Math.ceil((7 * pace.weeks * valueIn(inc, 'kg')) / valueIn(pace.load, 'kg') - 1e-9);
  return Math.max(7 * pace.minWeeks, byRate);
}

/** The pace in the lifter's units: "at most 10 lb every 3 weeks", "at most 4.5 kg ...". */
function paceText(settings: Settings, units: Unit): string {
  const p = settings.pace;
  return p ? `at most ${format(p.load, units)} every ${p.weeks} weeks` : 'off';
}

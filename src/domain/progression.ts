/**
 * The next prescription for a track, derived from the plan and the log alone (R8).
 *
 * The log is replayed from the first session: each session is judged against what was
 * prescribed that day, and the judgement sets the next prescription. Nothing is stored or
 * mutated, so the same log always gives the same answer and correcting an old set changes
 * everything after it.
 */
import * as Catalogue from './catalogue/index.js';
import type { Exercise } from './catalogue/index.js';
import { addDays, daysBetween, formatShort, type IsoDate } from './dates.js';
import * as E1rm from './e1rm.js';
import { BAND_LEVELS, type BandLevel, type Inventory } from './equipment.js';
import * as Loadable from './loadable.js';
import type { LoggedSet, TrackEntry } from './log.js';
import type { Settings, WorkingSet } from './profile.js';
import type { Slot } from './program/plan.js';
import { compare, format, valueIn, type Load, type Unit } from './units.js';

/** What changed from the previous prescription, and so how the reason reads. */
export type Change =
  | 'start'
  | 'calibrate'
  | 'reps'
  | 'increase'
  | 'hold-pace'
  | 'repeat'
  | 'deload'
  | 'hold-time'
  | 'band'
  | 'fixed';

export interface Prescription {
  readonly exercise: Catalogue.ExerciseId;
  /** null means calibrate: work up to find the load (no known working load yet). */
  readonly load: Load | null;
  readonly band: BandLevel | null;
  readonly sets: number;
  readonly reps: number;
  readonly holdSeconds: number;
  readonly perSide: boolean;
  readonly change: Change;
  /** One line a lifter can read: what to do and why. */
  readonly reason: string;
  /** State carried between sessions; derived, never stored. */
  readonly lastIncrease: IsoDate | null;
  readonly fails: number;
}

export interface Context {
  readonly units: Unit;
  readonly inventory: Inventory;
  readonly settings: Settings;
  /** A recent working set for this exercise, if the lifter gave one. */
  readonly working: WorkingSet | null;
}

/** Longest top hold the reps-hold progression asks for before moving to band or load. */
export const MAX_HOLD_SECONDS = 5;

/** Every prescription from the first session on: [0] before any log, last = next. */
export function replay(slot: Slot, entries: readonly TrackEntry[], ctx: Context): Prescription[] {
  const steps = [initial(slot, ctx)];
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
function withSlot(p: Prescription, slot: Slot): Prescription {
  const reps = Math.min(slot.reps.max, Math.max(slot.reps.min, p.reps));
  const holdSeconds =
    slot.progression === 'reps-hold' ? Math.max(p.holdSeconds, slot.holdSeconds) : slot.holdSeconds;
  return { ...p, sets: slot.sets, reps, holdSeconds, perSide: slot.perSide };
}

function initial(slot: Slot, ctx: Context): Prescription {
  const base = {
    exercise: slot.exercise,
    band: null,
    sets: slot.sets,
    reps: slot.reps.min,
    holdSeconds: slot.holdSeconds,
    perSide: slot.perSide,
    lastIncrease: null,
    fails: 0,
  };
  const ex = Catalogue.get(slot.exercise);
  const band = ex.implement === 'band' ? (lightestBand(ctx.inventory) ?? 'light') : null;
  switch (slot.progression) {
    case 'fixed':
      return {
        ...base,
        load: none(ctx.units),
        band,
        reps: slot.reps.max,
        change: 'fixed',
        reason: `${slot.sets}x${slot.reps.max} with a ${slot.holdSeconds}-s hold, as written (${slot.rules.join(', ')}).`,
      };
    case 'reps-hold':
      return {
        ...base,
        load: none(ctx.units),
        band,
        change: 'start',
        reason: `Start at ${slot.reps.min} reps${perSideWord(slot)}: add reps, then hold time, then ${ex.implement === 'band' ? 'a stronger band' : 'load'} (R8).`,
      };
    case 'load': {
      const start =
        ctx.working?.exercise === slot.exercise ? fromWorking(slot, ex, ctx.working, ctx) : null;
      if (start) return { ...base, ...start };
      return {
        ...base,
        load: null,
        change: 'calibrate',
        reason: `No working load known yet: this is a calibration session. Work up in sets of ${slot.reps.min} until a set is hard but clean; that load is your start.`,
      };
    }
  }
}

/** The start from a known working set: as given when its reps fit, else estimated (e1RM). */
function fromWorking(
  slot: Slot,
  ex: Exercise,
  w: WorkingSet,
  ctx: Context,
): Pick<Prescription, 'load' | 'reps' | 'change' | 'reason'> {
  const given = `${format(w.load)} x ${w.reps}`;
  if (w.reps >= slot.reps.min && w.reps <= slot.reps.max) {
    const load = Loadable.nearest(ex, ctx.inventory, w.load, ctx.units, 'down');
    return { load, reps: w.reps, change: 'start', reason: `Start from your recent ${given}.` };
  }
  // Beyond every formula's range the set is treated as the longest set one covers, which
  // underestimates the e1RM: a conservative start.
  const knownReps = Math.min(
    w.reps,
    Math.max(...E1rm.FORMULA_IDS.map((f) => E1rm.FORMULAS[f].maxReps)),
  );
  const fIn = E1rm.formulaFor(knownReps, ctx.settings.formula) ?? 'wathan';
  const fOut = E1rm.formulaFor(slot.reps.min, ctx.settings.formula) ?? 'wathan';
  const e1rm = E1rm.estimate(valueIn(w.load, ctx.units), knownReps, fIn);
  const target = e1rm.ok ? E1rm.loadFor(e1rm.value, slot.reps.min, fOut) : e1rm;
  if (!target.ok)
    return {
      load: null,
      reps: slot.reps.min,
      change: 'calibrate',
      reason: 'Calibrate: the known set could not be converted.',
    };
  const load = Loadable.nearest(
    ex,
    ctx.inventory,
    { value: target.value, unit: ctx.units },
    ctx.units,
    'down',
  );
  return {
    load,
    reps: slot.reps.min,
    change: 'start',
    reason: `Start at ${format(load)} x ${slot.reps.min}, estimated from your recent ${given} (${E1rm.FORMULAS[fIn].name} e1RM ${format({ value: e1rm.ok ? e1rm.value : 0, unit: ctx.units }, ctx.units, 0)}).`,
  };
}

function step(p: Prescription, entry: TrackEntry, ctx: Context): Prescription {
  const ex = Catalogue.get(entry.slot.exercise);
  const slot = entry.slot;
  const on = formatShort(entry.date);
  if (slot.progression === 'fixed') return p;
  if (p.load === null) return calibrated(p, slot, ex, entry, ctx);

  const verdict = judge(p, entry.sets);
  if (!verdict.success) {
    const fails = p.fails + 1;
    if (fails >= ctx.settings.stallAfter) return deload(p, slot, ex, ctx, fails, on);
    return {
      ...p,
      fails,
      change: 'repeat',
      reason: `Repeat ${what(p)}: ${verdict.shortfalls.join('; ')} on ${on}.`,
    };
  }
  const done = `all ${p.sets} sets${perSideWord(p)} of ${verdict.achieved} at ${what(p, false)} with clean form on ${on}`;
  const base = { ...p, fails: 0 };
  if (verdict.achieved < slot.reps.max) {
    const reps = Math.min(slot.reps.max, verdict.achieved + 1);
    return {
      ...base,
      reps,
      change: 'reps',
      reason: `${reps} reps next: ${done}; add reps before load (R8).`,
    };
  }
  if (slot.progression === 'reps-hold' && p.load.value === 0)
    return bodyweightTop(base, slot, ex, ctx, done);
  return increase(base, slot, ex, ctx, entry.date, done);
}

/** Top of the range with clean form: add the implement's increment, unless pace forbids. */
function increase(
  p: Prescription,
  slot: Slot,
  ex: Exercise,
  ctx: Context,
  date: IsoDate,
  done: string,
): Prescription {
  const current = p.load as Load;
  const inc = Catalogue.increment(ex.implement, ctx.units) ?? dumbbellStep(ctx);
  const wait = paceDays(inc, ctx.settings);
  if (p.lastIncrease !== null && daysBetween(p.lastIncrease, date) < wait) {
    const from = formatShort(addDays(p.lastIncrease, wait));
    return {
      ...p,
      change: 'hold-pace',
      reason: `Stay at ${what(p)}: ${done}; next increase from ${from} (pace: ${paceText(ctx.settings)}, R8).`,
    };
  }
  const target = { value: valueIn(current, ctx.units) + valueIn(inc, ctx.units), unit: ctx.units };
  const load = Loadable.nearest(ex, ctx.inventory, target, ctx.units, 'up');
  if (compare(load, current) <= 0) {
    return {
      ...p,
      change: 'repeat',
      reason: `Stay at ${what(p)}: ${done}, but your equipment loads nothing heavier.`,
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
    reason: `+${delta}: ${done} (R8).`,
  };
}

/** Bodyweight or band at the top of the rep range: longer hold, then band, then load. */
function bodyweightTop(
  p: Prescription,
  slot: Slot,
  ex: Exercise,
  ctx: Context,
  done: string,
): Prescription {
  if (p.holdSeconds < MAX_HOLD_SECONDS) {
    const holdSeconds = p.holdSeconds + 1;
    return {
      ...p,
      holdSeconds,
      reps: slot.reps.min,
      change: 'hold-time',
      reason: `Hold ${holdSeconds} s at the top, back to ${slot.reps.min} reps: ${done} (R8).`,
    };
  }
  if (ex.implement === 'band') {
    const stronger = BAND_LEVELS.slice(BAND_LEVELS.indexOf(p.band ?? 'light') + 1).find((b) =>
      ctx.inventory.bands.includes(b),
    );
    if (!stronger)
      return {
        ...p,
        change: 'repeat',
        reason: `Stay here: ${done}; a stronger band is the next step, and none is listed as owned.`,
      };
    return {
      ...p,
      band: stronger,
      holdSeconds: slot.holdSeconds,
      reps: slot.reps.min,
      change: 'band',
      reason: `Move up to the ${stronger} band: ${done} (R8).`,
    };
  }
  const d = ctx.inventory.dumbbells;
  if (!d)
    return {
      ...p,
      change: 'repeat',
      reason: `Stay here: ${done}; adding a dumbbell is the next step, and none is listed as owned.`,
    };
  const load = { value: d.min, unit: d.unit };
  return {
    ...p,
    load,
    holdSeconds: slot.holdSeconds,
    reps: slot.reps.min,
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
  on: string,
): Prescription {
  const current = p.load as Load;
  const short = `${fails} sessions in a row short of ${what(p)} (last on ${on})`;
  if (current.value === 0) {
    return {
      ...p,
      reps: slot.reps.min,
      fails: 0,
      change: 'deload',
      reason: `Back to ${slot.reps.min} reps: ${short}.`,
    };
  }
  const pct = ctx.settings.deloadPercent;
  const target = { value: valueIn(current, ctx.units) * (1 - pct / 100), unit: ctx.units };
  const load = Loadable.nearest(ex, ctx.inventory, target, ctx.units, 'down');
  return {
    ...p,
    load,
    reps: slot.reps.min,
    fails: 0,
    change: 'deload',
    reason: `Deload about ${pct}% to ${format(load)}: ${short}. Build back up from here.`,
  };
}

/** The calibration session's heaviest clean set of at least the bottom reps is the start. */
function calibrated(
  p: Prescription,
  slot: Slot,
  ex: Exercise,
  entry: TrackEntry,
  ctx: Context,
): Prescription {
  const on = formatShort(entry.date);
  const found = entry.sets
    .filter((s) => s.clean && s.reps >= slot.reps.min)
    .sort((a, b) => compare(b.load, a.load) || b.reps - a.reps)[0];
  if (!found) {
    return {
      ...p,
      reason: `Calibrate again: no clean set of ${slot.reps.min} or more reps on ${on}. Start lighter and work up.`,
    };
  }
  const load = Loadable.nearest(ex, ctx.inventory, found.load, ctx.units, 'down');
  const reps = Math.min(slot.reps.max, found.reps);
  return {
    ...p,
    load,
    reps,
    change: 'start',
    reason: `Start at ${format(load)} x ${reps}: your heaviest clean set in calibration on ${on}.`,
  };
}

interface Verdict {
  readonly success: boolean;
  /** Fewest reps among the sets that counted (meaningful on success). */
  readonly achieved: number;
  readonly shortfalls: string[];
}

/**
 * R8: a success needs every prescribed set (per side for unilateral work) at no less than
 * the prescribed load, band and hold, at or above the target reps, with clean form.
 */
export function judge(p: Prescription, sets: readonly LoggedSet[]): Verdict {
  const sides = p.perSide ? (['left', 'right'] as const) : ([null] as const);
  const shortfalls: string[] = [];
  let achieved = Infinity;
  let success = true;
  for (const side of sides) {
    const mine = sets.filter((s) => side === null || s.side === side);
    const label = side === null ? 'set' : `${side} set`;
    const counted: number[] = [];
    mine.forEach((s, i) => {
      const problem = fault(p, s);
      if (problem === null) counted.push(s.reps);
      else shortfalls.push(`${label} ${i + 1}: ${problem}`);
    });
    if (counted.length >= p.sets) {
      const best = counted.sort((a, b) => b - a).slice(0, p.sets);
      achieved = Math.min(achieved, ...best);
    } else {
      success = false;
      if (mine.length < p.sets) shortfalls.push(`${mine.length} of ${p.sets} ${label}s done`);
    }
  }
  return success ? { success, achieved, shortfalls: [] } : { success, achieved: 0, shortfalls };
}

/** Why a set does not count, or null when it does. */
function fault(p: Prescription, s: LoggedSet): string | null {
  if (p.load && compare(s.load, p.load) < 0)
    return `was ${format(s.load)}, lighter than ${format(p.load)}`;
  if (p.band && s.band && BAND_LEVELS.indexOf(s.band) < BAND_LEVELS.indexOf(p.band))
    return `used the ${s.band} band, not the ${p.band}`;
  if (s.reps < p.reps) return `${s.reps} of ${p.reps} reps`;
  if (s.holdSeconds !== null && s.holdSeconds < p.holdSeconds)
    return `held ${s.holdSeconds} of ${p.holdSeconds} s`;
  if (!s.clean) return 'form not clean';
  return null;
}

/** Days between load increases: at most `pace.load` per `pace.weeks`, at least `minWeeks` apart. */
export function paceDays(inc: Load, settings: Settings): number {
  const pace = settings.pace;
  if (!pace) return 0;
  const byRate = Math.ceil((7 * pace.weeks * valueIn(inc, 'kg')) / valueIn(pace.load, 'kg') - 1e-9);
  return Math.max(7 * pace.minWeeks, byRate);
}

function paceText(settings: Settings): string {
  const p = settings.pace;
  return p ? `at most ${format(p.load)} every ${p.weeks} weeks` : 'off';
}

function what(p: Prescription, withSets = true): string {
  const load =
    p.load === null
      ? 'calibration'
      : p.load.value === 0
        ? p.band
          ? `${p.band} band`
          : 'bodyweight'
        : format(p.load);
  const hold = p.holdSeconds > 0 && p.load?.value === 0 ? `, ${p.holdSeconds}-s hold` : '';
  return withSets ? `${p.sets}x${p.reps}${perSideWord(p)} at ${load}${hold}` : load;
}

function perSideWord(p: { perSide: boolean }): string {
  return p.perSide ? ' a side' : '';
}

function none(unit: Unit): Load {
  return { value: 0, unit };
}

function lightestBand(inv: Inventory): BandLevel | undefined {
  return BAND_LEVELS.find((b) => inv.bands.includes(b));
}

function dumbbellStep(ctx: Context): Load {
  const d = ctx.inventory.dumbbells;
  return d ? { value: d.step, unit: d.unit } : (Catalogue.increment('dumbbell', ctx.units) as Load);
}

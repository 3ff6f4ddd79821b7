/** Where a track starts: a calibration session, a known working set, or an estimate from one. */
import * as Catalogue from '../catalogue/index.js';
import type { Exercise } from '../catalogue/index.js';
import { formatShort } from '../dates.js';
import * as E1rm from '../e1rm.js';
import { formulaKey } from '../evidence/studies.js';
import { BAND_LEVELS, type BandLevel, type Inventory } from '../equipment.js';
import * as Loadable from '../loadable.js';
import type { TrackEntry } from '../log.js';
import type { WorkingSet } from '../profile.js';
import type { Slot } from '../program/plan.js';
import { isBandWork } from '../program/templates.js';
import { compare, format, valueIn } from '../units.js';
import { none, perSideWord, type Context, type Prescription } from './prescription.js';

export function initial(slot: Slot, ctx: Context): Prescription {
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
  // The activation warm-up takes the lightest band; banded work the next stronger one owned,
  // so it is never easier than the warm-up (with one band, its reps are the harder).
  const band =
    ex.implement !== 'band'
      ? null
      : isBandWork(slot)
        ? (workBand(ctx.inventory) ?? 'light')
        : (lightestBand(ctx.inventory) ?? 'light');
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
        reason: `Start at ${slot.reps.min} reps${perSideWord(slot)}: add reps, then hold time, then ${ex.implement === 'band' ? 'a stronger band' : 'load'} (convention).`,
      };
    case 'load': {
      const start =
        ctx.working?.exercise === slot.exercise ? fromWorking(slot, ex, ctx.working, ctx) : null;
      if (start) return { ...base, ...start };
      return {
        ...base,
        load: null,
        change: 'calibrate',
        reason: `No working load known yet: this is a calibration session. Work up in sets of ${slot.reps.min} until a set is hard but clean; that load is your start (convention).`,
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
    return {
      load,
      reps: w.reps,
      change: 'start',
      reason: `Start from your recent ${given} (convention: a known set is the start).`,
    };
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
      reason: 'Calibrate: the known set could not be converted (convention).',
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
    reason: `Start at ${format(load)} x ${slot.reps.min}, estimated from your recent ${given} (${E1rm.FORMULAS[fIn].name} e1RM ${format({ value: e1rm.ok ? e1rm.value : 0, unit: ctx.units }, ctx.units, 0)}, ${formulaKey(fIn)}; an estimate, rounded down).`,
  };
}

/** The calibration session's heaviest clean set of at least the bottom reps is the start. */
export function calibrated(
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
      reason: `Calibrate again: no clean set of ${slot.reps.min} or more reps on ${on}. Start lighter and work up (convention).`,
    };
  }
  const load = Loadable.nearest(ex, ctx.inventory, found.load, ctx.units, 'down');
  const reps = Math.min(slot.reps.max, found.reps);
  return {
    ...p,
    load,
    reps,
    change: 'start',
    reason: `Start at ${format(load)} x ${reps}: your heaviest clean set in calibration on ${on} (convention).`,
  };
}

function lightestBand(inv: Inventory): BandLevel | undefined {
  return BAND_LEVELS.find((b) => inv.bands.includes(b));
}

/** The band a banded main lift starts with: the second lightest owned, else the one owned. */
function workBand(inv: Inventory): BandLevel | undefined {
  const owned = BAND_LEVELS.filter((b) => inv.bands.includes(b));
  return owned[1] ?? owned[0];
}

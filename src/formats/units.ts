/**
 * Which unit a file without one is in, from what its barbell loads could be made of. A
 * median cannot tell: 70-80 is a light day in pounds and a working weight in kilograms.
 * Plates can, a little. A 45 lb bar with pairs of 5, 10, 25, 35 or 45 lb plates makes
 * loads ending in 5 (95, 135, 185, 225); in kilograms each of those needs 2.5 kg change
 * plates. A 20 kg bar with 1.25 kg plates makes 62.5 or 72.5, which no 45 lb bar with
 * 2.5 lb plates can, and loads under 45 that a 45 lb bar cannot. When neither pattern
 * holds, the file could be either and the lifter is asked.
 */
import type { Units } from '../domain/index.js';
import { Catalogue } from '../domain/index.js';

export interface UnitReading {
  /** The unit the loads point to when the evidence is strong; null when it could be either. */
  readonly unit: Units.Unit | null;
  /** Why, for the message; empty when there is no evidence. */
  readonly why: string;
  /** A few of the file's loads, smallest first, for the lifter to judge. */
  readonly sample: readonly number[];
}

/**
 * A lift loaded with plates on a standard bar: by the catalogue, or by "Barbell" in its
 * name. Machines and Smith bars are mapped to barbell lifts at times, but are not loaded so.
 */
function isBarbell(name: string): boolean {
  if (/machine|smith|dumbbell|cable|band|kettlebell|trap/i.test(name)) return false;
  const e = Catalogue.find(name);
  if (e) return e.implement === 'barbell';
  return /\b(barbell|bb)\b/i.test(name);
}

const list = (xs: readonly number[], n = 6) =>
  `${xs.slice(0, n).join(', ')}${xs.length > n ? ', ...' : ''}`;

export function readUnit(
  loads: readonly { readonly exercise: string; readonly value: number }[],
): UnitReading {
  const all = [...new Set(loads.map((l) => l.value).filter((v) => v > 0))].sort((a, b) => a - b);
  const bar = [
    ...new Set(loads.filter((l) => l.value > 0 && isBarbell(l.exercise)).map((l) => l.value)),
  ].sort((a, b) => a - b);
  const sample = bar.length >= 3 ? bar : all;
  if (bar.length < 3) return { unit: null, why: '', sample };
  // Only the kilogram pattern: change-plate loads (62.5) or under a 45 lb bar (20-40).
  const kgOnly = bar.filter((v) => (v % 5 !== 0 && (v * 4) % 5 === 0) || (v >= 20 && v < 45));
  // Bar plus pairs of whole plates in pounds: 45 + 10k.
  const lbBar = bar.filter((v) => v >= 45 && v % 10 === 5);
  if (kgOnly.length > 0 && lbBar.length <= bar.length / 3)
    return {
      unit: 'kg',
      why: `${list(kgOnly, 3)} can be loaded on a 20 kg bar but not on a 45 lb bar with 2.5 lb plates`,
      sample,
    };
  if (kgOnly.length === 0 && lbBar.length >= (bar.length * 2) / 3)
    return {
      unit: 'lb',
      why: `${list(lbBar, 4)} are what a 45 lb bar and pairs of plates make; in kilograms each needs 2.5 kg plates`,
      sample,
    };
  return { unit: null, why: '', sample };
}

/** The question for a file without a unit, with what its loads suggest. */
export function askUnit(r: UnitReading): string {
  const ask = 'this file does not say its unit: give --units lb or --units kg.';
  if (r.unit)
    return `${ask} The loads look like ${r.unit === 'lb' ? 'pounds' : 'kilograms'} (${r.why}): --units ${r.unit} if so.`;
  return r.sample.length ? `${ask} Its loads (${list(r.sample)}) could be either.` : ask;
}

/**
 * The plate calculator: which plates go on each side of the bar for a load, and the nearest
 * loadable load when the exact one cannot be made from the lifter's plates.
 */
import type { Barbell } from './equipment.js';
import { valueIn, type Load } from './units.js';

export interface Loading {
  /** What the bar will actually weigh, in the bar's unit. */
  readonly total: Load;
  /** Plates for one side, heaviest first. */
  readonly perSide: readonly number[];
  /** True when `total` equals the requested load. */
  readonly exact: boolean;
}

export type Rounding = 'nearest' | 'down' | 'up';

const CENTS = 100;
const toCents = (x: number): number => Math.round(x * CENTS);

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * One side's plates as a shared list: a combination is its lightest plate on top of the
 * combination it extends, so trying a plate costs one small object instead of a copied and
 * sorted array (the sums are built from ~1,700 candidates for a commercial gym).
 */
interface Combo {
  /** The lightest plate of this combination, in cents. */
  readonly plate: number;
  readonly rest: Combo | null;
  readonly count: number;
}

/** Plates heaviest first, as cents (a combination's `rest` holds the heavier plates). */
function heaviestFirst(c: Combo | null, into: number[]): number[] {
  into.length = c?.count ?? 0;
  for (let at = c; at; at = at.rest) into[at.count - 1] = at.plate;
  return into;
}

// Two scratch lists for comparing combinations of equal count without allocating per try.
const scratchA: number[] = [];
const scratchB: number[] = [];

/** Fewer plates wins; at equal count the one with heavier plates first (45+25, not 35+35). */
function fewerOrHeavier(a: Combo, b: Combo): boolean {
  if (a.count !== b.count) return a.count < b.count;
  const x = heaviestFirst(a, scratchA);
  const y = heaviestFirst(b, scratchB);
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! > y[k]!;
  return false;
}

/** Every per-side sum an inventory can make (ascending, in cents) with its plates. */
interface Sums {
  readonly sides: readonly number[];
  readonly combos: readonly (Combo | null)[];
}

/**
 * Every per-side plate sum the inventory can make, each with its fewest-plates combination.
 * Sums are counted in steps of the plates' greatest common divisor, so a gym's whole
 * inventory is a few hundred states. Plates are tried heaviest first, so adding one to a
 * combination keeps it heaviest first.
 */
function perSideSums(plates: readonly number[]): Sums {
  const step = plates.reduce(gcd, 0) || 1;
  const size = plates.reduce((a, p) => a + p / step, 0) + 1;
  const best: (Combo | null | undefined)[] = new Array<Combo | null | undefined>(size);
  best[0] = null;
  let reach = 0;
  for (const plate of plates) {
    const k = plate / step;
    for (let s = reach + k; s >= k; s--) {
      const from = best[s - k];
      if (from === undefined) continue;
      const current = best[s];
      const candidate: Combo = { plate, rest: from, count: (from?.count ?? 0) + 1 };
      if (current === undefined || (current !== null && fewerOrHeavier(candidate, current)))
        best[s] = candidate;
    }
    reach += k;
  }
  const sides: number[] = [];
  const combos: (Combo | null)[] = [];
  for (let i = 0; i < size; i++) {
    const combo = best[i];
    if (combo === undefined) continue;
    sides.push(i * step);
    combos.push(combo);
  }
  return { sides, combos };
}

/**
 * Sums by inventory. `Plates.load` runs for every prescribed set, warm-up and deload, always
 * with one of a few inventories, so the sums are built once per inventory rather than per
 * call. A memo of a pure function: same plates, same sums; kept small.
 */
const sumsByPlates = new Map<string, Sums>();
const MEMO_SIZE = 32;

function sumsOf(barbell: Barbell): Sums {
  const plates: number[] = [];
  for (const p of barbell.plates) {
    if (!(p.weight > 0 && p.pairs > 0)) continue;
    const cents = toCents(p.weight);
    for (let n = Math.floor(p.pairs); n > 0; n--) plates.push(cents);
  }
  plates.sort((a, b) => b - a);
  const key = plates.join(',');
  const known = sumsByPlates.get(key);
  if (known) return known;
  const sums = perSideSums(plates);
  if (sumsByPlates.size >= MEMO_SIZE) sumsByPlates.delete(sumsByPlates.keys().next().value!);
  sumsByPlates.set(key, sums);
  return sums;
}

/**
 * Load the bar as close to `target` as the plates allow. `down` never goes over the target
 * (for deloads and warm-ups), `up` never under it (for increases); `nearest` prefers the
 * lighter load on a tie. A target at or below the bar gives the empty bar.
 */
export function load(target: Load, barbell: Barbell, rounding: Rounding = 'nearest'): Loading {
  const unit = barbell.bar.unit;
  const bar = toCents(barbell.bar.value);
  const wantedSide = (toCents(valueIn(target, unit)) - bar) / 2;
  const { sides, combos } = sumsOf(barbell);
  // 'up' past the heaviest load the plates make: the heaviest is the best there is.
  let chosen = sides.length - 1;
  let chosenGap = Infinity;
  for (let i = 0; i < sides.length; i++) {
    const side = sides[i]!;
    const gap = side - wantedSide;
    if (rounding === 'down' && gap > 0 && side > 0) continue;
    if (rounding === 'up' && gap < 0) continue;
    // Sides ascend, so on a tie the one found first is the lighter.
    if (Math.abs(gap) < chosenGap) {
      chosen = i;
      chosenGap = Math.abs(gap);
    }
  }
  const side = sides[chosen] ?? 0;
  const totalCents = bar + 2 * side;
  return {
    total: { value: totalCents / CENTS, unit },
    perSide: heaviestFirst(combos[chosen] ?? null, []).map((c) => c / CENTS),
    exact: Math.abs(totalCents - toCents(valueIn(target, unit))) < 1,
  };
}

/** True when the plates make exactly this load on this bar. */
export function isLoadable(target: Load, barbell: Barbell): boolean {
  return load(target, barbell).exact;
}

/** "45 + 25 + 2.5 per side", or "empty bar". */
export function describe(loading: Loading): string {
  if (loading.perSide.length === 0) return 'empty bar';
  return `${loading.perSide.join(' + ')} per side`;
}

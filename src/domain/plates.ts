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

/** Fewer plates wins; at equal count the one with heavier plates first (45+25, not 35+35). */
function fewerOrHeavier(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && (a[i] ?? 0) > (b[i] ?? 0);
}

/**
 * Every per-side plate sum the inventory can make, each with its fewest-plates combination.
 * Sums are counted in steps of the plates' greatest common divisor, so a gym's whole
 * inventory is a few hundred states.
 */
function perSideSums(barbell: Barbell): Map<number, number[]> {
  const plates = barbell.plates
    .filter((p) => p.weight > 0 && p.pairs > 0)
    .flatMap((p) => Array.from({ length: Math.floor(p.pairs) }, () => toCents(p.weight)))
    .sort((a, b) => b - a);
  const step = plates.reduce(gcd, 0) || 1;
  const best: (number[] | undefined)[] = [[]];
  for (const plate of plates) {
    const k = plate / step;
    for (let s = best.length - 1 + k; s >= k; s--) {
      const from = best[s - k];
      if (from === undefined) continue;
      const current = best[s];
      const candidate = [...from, plate].sort((a, b) => b - a);
      if (current === undefined || fewerOrHeavier(candidate, current)) best[s] = candidate;
    }
  }
  const sums = new Map<number, number[]>();
  best.forEach((combo, i) => {
    if (combo) sums.set(i * step, combo);
  });
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
  let chosen: [number, number[]] = [0, []];
  let chosenGap = Infinity;
  for (const [side, combo] of perSideSums(barbell)) {
    const gap = side - wantedSide;
    if (rounding === 'down' && gap > 0 && side > 0) continue;
    if (rounding === 'up' && gap < 0) continue;
    const better = Math.abs(gap) < chosenGap || (Math.abs(gap) === chosenGap && side < chosen[0]);
    if (better) {
      chosen = [side, combo];
      chosenGap = Math.abs(gap);
    }
  }
  if (chosenGap === Infinity) {
    // 'up' past the heaviest load the plates make: the heaviest is the best there is.
    const all = [...perSideSums(barbell)].sort((a, b) => b[0] - a[0]);
    chosen = all[0] ?? [0, []];
  }
  const totalCents = bar + 2 * chosen[0];
  return {
    total: { value: totalCents / CENTS, unit },
    perSide: chosen[1].map((c) => c / CENTS),
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

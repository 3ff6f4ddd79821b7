import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GYM_KG, GYM_LB, type Barbell } from './equipment.js';
import * as Plates from './plates.js';
import { valueIn, type Load } from './units.js';

/**
 * The calculator as first written (copied arrays, sums rebuilt on every call), kept as the
 * reference the faster one must agree with exactly.
 */
function reference(target: Load, barbell: Barbell, rounding: Plates.Rounding): Plates.Loading {
  const cents = (x: number) => Math.round(x * 100);
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const fewerOrHeavier = (a: number[], b: number[]) => {
    if (a.length !== b.length) return a.length < b.length;
    const i = a.findIndex((x, k) => x !== b[k]);
    return i >= 0 && (a[i] ?? 0) > (b[i] ?? 0);
  };
  const plates = barbell.plates
    .filter((p) => p.weight > 0 && p.pairs > 0)
    .flatMap((p) => Array.from({ length: Math.floor(p.pairs) }, () => cents(p.weight)))
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
  const sums: [number, number[]][] = [];
  best.forEach((combo, i) => {
    if (combo) sums.push([i * step, combo]);
  });
  const unit = barbell.bar.unit;
  const bar = cents(barbell.bar.value);
  const wantedSide = (cents(valueIn(target, unit)) - bar) / 2;
  let chosen: [number, number[]] = [0, []];
  let chosenGap = Infinity;
  for (const [side, combo] of sums) {
    const gap = side - wantedSide;
    if (rounding === 'down' && gap > 0 && side > 0) continue;
    if (rounding === 'up' && gap < 0) continue;
    if (Math.abs(gap) < chosenGap || (Math.abs(gap) === chosenGap && side < chosen[0])) {
      chosen = [side, combo];
      chosenGap = Math.abs(gap);
    }
  }
  if (chosenGap === Infinity) chosen = [...sums].sort((a, b) => b[0] - a[0])[0] ?? [0, []];
  const total = bar + 2 * chosen[0];
  return {
    total: { value: total / 100, unit },
    perSide: chosen[1].map((c) => c / 100),
    exact: Math.abs(total - cents(valueIn(target, unit))) < 1,
  };
}

const lb = (value: number) => ({ value, unit: 'lb' as const });
const kg = (value: number) => ({ value, unit: 'kg' as const });

describe('plate calculator', () => {
  it.each([
    [45, [], 'empty bar'],
    [95, [25], '25 per side'],
    [135, [45], '45 per side'],
    [185, [45, 25], '45 + 25 per side'],
    [190, [45, 25, 2.5], '45 + 25 + 2.5 per side'],
  ])('%d lb on a 45 lb bar', (total, perSide, text) => {
    const l = Plates.load(lb(total), GYM_LB);
    expect(l).toEqual({ total: lb(total), perSide, exact: true });
    expect(Plates.describe(l)).toBe(text);
  });

  it('loads kilograms on a 20 kg bar', () => {
    expect(Plates.load(kg(62.5), GYM_KG)).toEqual({
      total: kg(62.5),
      perSide: [20, 1.25],
      exact: true,
    });
  });

  it('gives the nearest loadable weight when the exact one is not', () => {
    const home: Barbell = {
      bar: lb(45),
      plates: [
        { weight: 25, pairs: 2 },
        { weight: 10, pairs: 1 },
      ],
    };
    expect(Plates.load(lb(100), home)).toMatchObject({ total: lb(95), exact: false });
    expect(Plates.load(lb(100), home, 'up')).toEqual({
      total: lb(115),
      perSide: [25, 10],
      exact: false,
    });
    expect(Plates.load(lb(100), home, 'down').total).toEqual(lb(95));
  });

  it('converts a target in the other unit to the bar’s unit', () => {
    // 60 kg is 132.28 lb: 130 is 2.28 lb away, 135 is 2.72.
    expect(Plates.load(kg(60), GYM_LB).total).toEqual(lb(130));
  });

  it('never loads below the empty bar, and tops out at the heaviest the plates make', () => {
    expect(Plates.load(lb(20), GYM_LB, 'down').total).toEqual(lb(45));
    const small: Barbell = { bar: lb(45), plates: [{ weight: 45, pairs: 1 }] };
    expect(Plates.load(lb(400), small, 'up').total).toEqual(lb(135));
  });

  it('always puts the same plates on both sides and adds up', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 700, noNaN: true }), (target) => {
        const l = Plates.load(lb(target), GYM_LB);
        const sum = 45 + 2 * l.perSide.reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(l.total.value, 6);
        expect(Plates.isLoadable(l.total, GYM_LB)).toBe(true);
      }),
    );
  });

  it('gives exactly what the first calculator gave, for any plates, target and rounding', () => {
    const weights = [0, 0.25, 0.5, 1, 1.25, 2, 2.5, 5, 10, 15, 20, 25, 35, 45, 55];
    const barbell = fc.record({
      bar: fc.record({
        value: fc.constantFrom(0, 15, 20, 35, 45),
        unit: fc.constantFrom('lb' as const, 'kg' as const),
      }),
      plates: fc.array(
        fc.record({ weight: fc.constantFrom(...weights), pairs: fc.integer({ min: 0, max: 6 }) }),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(
        barbell,
        fc.double({ min: 0, max: 900, noNaN: true }),
        fc.constantFrom('lb' as const, 'kg' as const),
        fc.constantFrom<Plates.Rounding>('nearest', 'down', 'up'),
        (b, value, unit, rounding) => {
          const target = { value, unit };
          // Twice: the second call reads the sums kept for these plates.
          expect(Plates.load(target, b, rounding)).toEqual(reference(target, b, rounding));
          expect(Plates.load(target, b, rounding)).toEqual(reference(target, b, rounding));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with the first calculator on every whole-pound target in a commercial gym', () => {
    for (const rounding of ['nearest', 'down', 'up'] as const)
      for (let value = 0; value <= 800; value += 2.5)
        expect(Plates.load(lb(value), GYM_LB, rounding)).toEqual(
          reference(lb(value), GYM_LB, rounding),
        );
  });
});

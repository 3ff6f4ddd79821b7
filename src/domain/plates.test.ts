import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GYM_KG, GYM_LB, type Barbell } from './equipment.js';
import * as Plates from './plates.js';

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
});

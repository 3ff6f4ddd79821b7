import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Asymmetry from './asymmetry.js';

const bw = (reps: number) => ({ load: { value: 0, unit: 'lb' as const }, reps });
const at = (value: number, reps: number) => ({ load: { value, unit: 'lb' as const }, reps });

describe('limb symmetry (R5)', () => {
  it('flags a bodyweight gap over 10% and names the weaker side', () => {
    const a = Asymmetry.compare([bw(10), bw(9)], [bw(12), bw(12)]);
    expect(a?.weaker).toBe('left');
    expect(a?.lsi).toBeCloseTo(83.33, 2);
    expect(a?.flagged).toBe(true);
  });

  it('does not flag a gap at or under the threshold', () => {
    expect(Asymmetry.compare([bw(9)], [bw(10)])).toMatchObject({
      lsi: 90,
      flagged: false,
      weaker: 'left',
    });
    expect(Asymmetry.compare([at(25, 10)], [at(25, 10)])).toMatchObject({
      lsi: 100,
      weaker: null,
      flagged: false,
    });
  });

  it('compares loaded sets by reps times load, across units', () => {
    const a = Asymmetry.compare([at(20, 10)], [{ load: { value: 10, unit: 'kg' }, reps: 10 }]);
    // 10 kg is 22.05 lb: the left side's 20 lb x 10 is 90.7% of it.
    expect(a?.weaker).toBe('left');
    expect(a?.lsi).toBeCloseTo(90.72, 2);
  });

  it('uses the best set, so an extra set for the weaker side does not hide the gap', () => {
    const a = Asymmetry.compare([bw(8), bw(8), bw(8)], [bw(10), bw(10)]);
    expect(a?.lsi).toBe(80);
  });

  it('has nothing to say without both sides', () => {
    expect(Asymmetry.compare([], [bw(10)])).toBeNull();
    expect(Asymmetry.compare([bw(0)], [bw(0)])).toBeNull();
  });

  it('mirrors: (L, R) and (R, L) give the same index with the sides swapped', () => {
    const sets = fc.array(
      fc.record({
        load: fc.record({
          value: fc.integer({ min: 0, max: 100 }),
          unit: fc.constantFrom('lb' as const, 'kg' as const),
        }),
        reps: fc.integer({ min: 0, max: 30 }),
      }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(sets, sets, (l, r) => {
        const a = Asymmetry.compare(l, r);
        const b = Asymmetry.compare(r, l);
        if (a === null || b === null) {
          expect(a).toEqual(b);
          return;
        }
        expect(b.lsi).toBeCloseTo(a.lsi, 10);
        expect(b.flagged).toBe(a.flagged);
        const swap = { left: 'right', right: 'left' } as const;
        expect(b.weaker).toBe(a.weaker === null ? null : swap[a.weaker]);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Asymmetry from './asymmetry.js';

const bw = (reps: number) => ({ load: { value: 0, unit: 'lb' as const }, reps });
const at = (value: number, reps: number) => ({ load: { value, unit: 'lb' as const }, reps });

describe('limb symmetry (R5)', () => {
  it('flags a bodyweight gap over 10% and names the weaker side', () => {
    // Set by set: 10 + 9 reps against 12 + 12, a mean of 9.5 against 12.
    const a = Asymmetry.compare([bw(10), bw(9)], [bw(12), bw(12)]);
    expect(a).toMatchObject({ weaker: 'left', measure: 'reps', pairs: 2, flagged: true });
    expect(a?.lsi).toBeCloseTo(79.17, 2);
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

  it('scores loaded sets by e1RM, not by load times reps', () => {
    // 20 kg x 12 and 40 kg x 6 are both 240 as load x reps; their Epley e1RMs are 28 and 48 kg.
    const kg = (value: number, reps: number) => ({ load: { value, unit: 'kg' as const }, reps });
    const a = Asymmetry.compare([kg(20, 12)], [kg(40, 6)]);
    expect(a).toMatchObject({ measure: 'e1rm', weaker: 'left', flagged: true });
    expect(a?.left).toBeCloseTo(28, 6);
    expect(a?.right).toBeCloseTo(48, 6);
    expect(a?.lsi).toBeCloseTo(58.33, 2);
  });

  it('compares loaded sets across units', () => {
    // 10 kg is 22.05 lb: 20 lb x 10 is 90.7% of it (the same reps, so the e1RM ratio is the load's).
    const a = Asymmetry.compare([at(20, 10)], [{ load: { value: 10, unit: 'kg' }, reps: 10 }]);
    expect(a?.weaker).toBe('left');
    expect(a?.lsi).toBeCloseTo(90.72, 2);
  });

  it('leaves out the weaker side’s extra set, and sees reps missed in a later set', () => {
    expect(Asymmetry.compare([bw(8), bw(8), bw(8)], [bw(10), bw(10)])?.lsi).toBe(80);
    // Both sides' best set is 12, but the right side stopped at 9 in its second set.
    const a = Asymmetry.compare([bw(12), bw(12)], [bw(12), bw(9)]);
    expect(a?.weaker).toBe('right');
    expect(a?.gapPercent).toBeCloseTo(12.5, 6);
  });

  it('skips pairs that are not comparable: load on one side only', () => {
    expect(Asymmetry.compare([at(20, 10)], [bw(12)])).toBeNull();
    // The loaded pair decides when there is one.
    expect(Asymmetry.compare([bw(12), at(20, 10)], [at(20, 10), at(20, 8)])).toMatchObject({
      measure: 'e1rm',
      pairs: 1,
      weaker: 'right',
    });
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

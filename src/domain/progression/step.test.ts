import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Catalogue from '../catalogue/index.js';
import { GYM_KG, GYM_LB, fullGym, type Inventory } from '../equipment.js';
import * as Loadable from '../loadable.js';
import { valueIn, type Load, type Unit } from '../units.js';
import { STEP_FRACTION, smallestStep, stepAt } from './step.js';

const lb = (value: number): Load => ({ value, unit: 'lb' });
const kg = (value: number): Load => ({ value, unit: 'kg' });
const barbell = Catalogue.get('barbell-hip-thrust');
const dumbbell = Catalogue.get('dumbbell-hip-thrust');

/** A full gym whose plates are `GYM_LB`'s (or `GYM_KG`'s) plus `extra`. */
function gym(unit: Unit, extra: { weight: number; pairs: number }[] = []): Inventory {
  const base = fullGym(unit);
  const bar = unit === 'lb' ? GYM_LB : GYM_KG;
  return { ...base, barbell: { ...bar, plates: [...bar.plates, ...extra] } };
}

describe('the step a load rises by', () => {
  it.each([
    // load, extra plates, step: the worked examples of step.ts
    [45, [], 5],
    [65, [], 5],
    [95, [], 10],
    [135, [], 10],
    [45, [{ weight: 1.25, pairs: 1 }], 5],
    [65, [{ weight: 1.25, pairs: 1 }], 7.5],
    [75, [{ weight: 1.25, pairs: 1 }], 7.5],
    [25, [{ weight: 1.25, pairs: 1 }], 2.5],
    [185, [{ weight: 1.25, pairs: 1 }], 10],
  ])('%s lb with plates %j: +%s lb', (load, extra, step) => {
    const s = stepAt(barbell, gym('lb', extra), lb(load), 'lb');
    expect(s.step).toEqual(lb(step));
    expect(s.seed).toEqual(lb(10));
  });

  it.each([
    [20, [], 2.5],
    [30, [], 2.5],
    [40, [], 5],
    [20, [{ weight: 0.5, pairs: 2 }], 2],
    [35, [{ weight: 0.5, pairs: 2 }], 4],
    [60, [{ weight: 0.5, pairs: 2 }], 5],
  ])('%s kg with plates %j: +%s kg', (load, extra, step) => {
    expect(stepAt(barbell, gym('kg', extra), kg(load), 'kg').step).toEqual(kg(step));
  });

  it('keeps the seed’s step when the smallest plates cannot add less', () => {
    const inv = gym('lb');
    const bigPlates = {
      ...inv,
      barbell: {
        bar: lb(45),
        plates: [
          { weight: 45, pairs: 4 },
          { weight: 5, pairs: 2 },
        ],
      },
    };
    expect(smallestStep(barbell, bigPlates, 'lb')).toEqual(lb(10));
    expect(stepAt(barbell, bigPlates, lb(45), 'lb').step).toEqual(lb(10));
  });

  it('follows the dumbbell rack’s step, in the lifter’s unit', () => {
    const inv: Inventory = {
      ...fullGym('lb'),
      dumbbells: { unit: 'lb', min: 5, max: 100, step: 2.5 },
    };
    expect(stepAt(dumbbell, inv, lb(20), 'lb').step).toEqual(lb(2.5));
    expect(stepAt(dumbbell, inv, lb(60), 'lb').step).toEqual(lb(5));
    // A kilogram bar for a lifter who plans in pounds: the smallest pair is 2.5 kg = 5.512 lb.
    expect(smallestStep(barbell, gym('kg'), 'lb')?.value).toBeCloseTo(5.512, 3);
  });

  it('is never below the smallest loadable step, never above the seed’s, and near 10% between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 400 }),
        fc.constantFrom(0.5, 1, 1.25, 2.5),
        (x, least) => {
          const load = lb(x);
          const inv = gym('lb', [{ weight: least, pairs: 1 }]);
          const { step, seed, smallest } = stepAt(barbell, inv, load, 'lb');
          const s = valueIn(step, 'lb');
          const min = valueIn(smallest as Load, 'lb');
          expect(s).toBeGreaterThanOrEqual(min - 1e-9);
          expect(s).toBeLessThanOrEqual(valueIn(seed, 'lb') + 1e-9);
          // A multiple of the smallest step, within half of one of 10% unless capped.
          expect(Math.abs(s / min - Math.round(s / min))).toBeLessThan(1e-6);
          if (s < 10 && s > min)
            expect(Math.abs(s - STEP_FRACTION * x)).toBeLessThanOrEqual(min / 2 + 1e-9);
        },
      ),
    );
  });

  it('gives loads the lifter can set up', () => {
    const inv = gym('lb', [{ weight: 1.25, pairs: 1 }]);
    fc.assert(
      fc.property(fc.integer({ min: 18, max: 200 }), (k) => {
        const load = lb(45 + 2.5 * (k - 18));
        const { step } = stepAt(barbell, inv, load, 'lb');
        const next = Loadable.nearest(barbell, inv, lb(load.value + step.value), 'lb', 'up');
        expect(Loadable.isLoadable(barbell, inv, next)).toBe(true);
        expect(next.value).toBeGreaterThan(load.value);
      }),
    );
  });
});

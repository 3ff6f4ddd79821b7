import { describe, expect, it } from 'vitest';
import * as Catalogue from './catalogue/index.js';
import { fullGym } from './equipment.js';
import * as Warmup from './warmup.js';

const lb = (value: number) => ({ value, unit: 'lb' as const });
const brief = (sets: Warmup.WarmupSet[]) => sets.map((s) => [s.load.value, s.reps]);

describe('warm-up ramp', () => {
  const thrust = Catalogue.get('barbell-hip-thrust');

  it('ramps from the empty bar to a heavy working load on loadable weights', () => {
    const sets = Warmup.ramp(thrust, fullGym('lb'), lb(185), 'lb');
    // 40% of 185 = 74 -> 70; 60% = 111 -> 110; 80% = 148 -> 145 (rounded down to plates).
    expect(brief(sets)).toEqual([
      [45, 10],
      [70, 8],
      [110, 5],
      [145, 3],
    ]);
    expect(sets[3]?.plates?.perSide).toEqual([45, 5]);
  });

  it('drops steps that would not be lighter than the next, or only a little heavier than the last', () => {
    // 80% of 65 = 52 -> 50 would be 5 lb over the bar: 10 over it instead (never 45 -> 50).
    expect(brief(Warmup.ramp(thrust, fullGym('lb'), lb(65), 'lb'))).toEqual([
      [45, 10],
      [55, 3],
    ]);
    // 40% of 135 = 54 -> 50, again 5 over the bar: 55; then 60% -> 80 and 80% -> 105.
    expect(brief(Warmup.ramp(thrust, fullGym('lb'), lb(135), 'lb'))).toEqual([
      [45, 10],
      [55, 8],
      [80, 5],
      [105, 3],
    ]);
    expect(Warmup.ramp(thrust, fullGym('lb'), lb(45), 'lb')).toEqual([]);
  });

  it('uses the dumbbell rack for dumbbell work', () => {
    expect(
      brief(Warmup.ramp(Catalogue.get('dumbbell-hip-thrust'), fullGym('lb'), lb(60), 'lb')),
    ).toEqual([
      [20, 8],
      [35, 5],
      [45, 3],
    ]);
  });

  it('never jumps less than 10 lb / 5 kg between barbell ramp sets, at any working load', () => {
    for (const unit of ['lb', 'kg'] as const)
      for (let work = 20; work <= 300; work += 2.5) {
        const sets = Warmup.ramp(thrust, fullGym(unit), { value: work, unit }, unit);
        for (let i = 1; i < sets.length; i++)
          expect(
            (sets[i]?.load.value ?? 0) - (sets[i - 1]?.load.value ?? 0),
          ).toBeGreaterThanOrEqual(unit === 'lb' ? 10 : 5);
      }
  });

  it('has no ramp for band or bodyweight work', () => {
    expect(Warmup.ramp(Catalogue.get('banded-hip-thrust'), fullGym('lb'), lb(0), 'lb')).toEqual([]);
  });
});

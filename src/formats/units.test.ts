import { describe, expect, it } from 'vitest';
import { askUnit, readUnit } from './units.js';

const loads = (exercise: string, ...values: number[]) =>
  values.map((value) => ({ exercise, value }));

describe('which unit a file without one is in', () => {
  it('reads a 45 lb bar with plate pairs as pounds, though the median (75) could be kilograms', () => {
    const r = readUnit([
      ...loads('Hip Thrust (Barbell)', 45, 65, 75, 85, 95),
      ...loads('Romanian Deadlift (Barbell)', 55, 75),
      // Dumbbells say nothing about a bar.
      ...loads('Lateral Raise (Dumbbell)', 10, 10),
    ]);
    expect(r.unit).toBe('lb');
    expect(r.sample).toEqual([45, 55, 65, 75, 85, 95]);
  });

  it('reads change-plate loads and loads under a 45 lb bar as kilograms', () => {
    expect(readUnit(loads('Squat (Barbell)', 40, 60, 62.5, 72.5, 100)).unit).toBe('kg');
    expect(readUnit(loads('Barbell Hip Thrust', 20, 30, 40)).unit).toBe('kg');
  });

  it('asks, without a suggestion, when the loads could be either', () => {
    const either = readUnit(loads('Hip Thrust (Barbell)', 60, 80, 100, 120));
    expect(either.unit).toBeNull();
    expect(askUnit(either)).toBe(
      'this file does not say its unit: give --units lb or --units kg. Its loads (60, 80, 100, 120) could be either.',
    );
    // Too few barbell loads to judge: the sample is every load.
    const few = readUnit([...loads('Leg Press', 200, 250), ...loads('Squat (Barbell)', 135)]);
    expect(few).toEqual({ unit: null, why: '', sample: [135, 200, 250] });
    expect(readUnit([])).toEqual({ unit: null, why: '', sample: [] });
    expect(askUnit(readUnit([]))).toBe(
      'this file does not say its unit: give --units lb or --units kg.',
    );
  });

  it('does not count machines or Smith bars as a plate-loaded bar', () => {
    const r = readUnit(loads('Hip Thrust (Smith Machine)', 95, 135, 185));
    expect(r.unit).toBeNull();
  });

  it('says why when it points to a unit', () => {
    expect(askUnit(readUnit(loads('Squat (Barbell)', 60, 62.5, 72.5)))).toBe(
      'this file does not say its unit: give --units lb or --units kg. The loads look like kilograms (62.5, 72.5 can be loaded on a 20 kg bar but not on a 45 lb bar with 2.5 lb plates): --units kg if so.',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Units from './units.js';

describe('units', () => {
  it('uses the exact international pound', () => {
    expect(Units.valueIn({ value: 1, unit: 'lb' }, 'kg')).toBe(0.45359237);
    expect(Units.valueIn({ value: 100, unit: 'kg' }, 'lb')).toBeCloseTo(220.462262, 6);
  });

  it('keeps a load in the unit it was entered in; conversion makes a new value', () => {
    const entered = Units.load(95, 'lb');
    const shown = Units.convert(entered, 'kg');
    expect(entered).toEqual({ value: 95, unit: 'lb' });
    expect(Units.format(shown)).toBe('43.1 kg');
    expect(Units.format(entered, 'kg')).toBe('43.1 kg');
    expect(Units.format(entered)).toBe('95 lb');
  });

  it('compares across units with a tolerance below any plate', () => {
    expect(Units.compare({ value: 100, unit: 'kg' }, { value: 220.46226218, unit: 'lb' })).toBe(0);
    expect(Units.compare({ value: 20, unit: 'kg' }, { value: 45, unit: 'lb' })).toBe(-1);
    expect(Units.compare({ value: 74.99999999999999, unit: 'lb' }, { value: 75, unit: 'lb' })).toBe(
      0,
    );
  });

  it('rounds only for display', () => {
    expect(Units.roundForDisplay(74.99999999999999)).toBe(75);
    expect(Units.roundForDisplay(42.25, 1)).toBe(42.3);
  });

  it('refuses negative or non-finite loads', () => {
    expect(() => Units.load(-5, 'lb')).toThrow(RangeError);
    expect(() => Units.load(Number.NaN, 'kg')).toThrow(RangeError);
  });

  it('converting there and back stays within float noise', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.constantFrom<Units.Unit>('lb', 'kg'),
        (v, unit) => {
          const other: Units.Unit = unit === 'lb' ? 'kg' : 'lb';
          const back = Units.convert(Units.convert({ value: v, unit }, other), unit);
          expect(Units.compare(back, { value: v, unit })).toBe(0);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import * as Body from './body.js';

describe('measurement checks (R9)', () => {
  it.each([
    ['hip-circumference', 98.5, 'cm'],
    ['hip-circumference', 38.5, 'in'],
    ['hip-circumference', 985, 'mm'],
    ['waist', 31, 'in'],
    ['thigh', 60, 'cm'],
    ['bodyweight', 150, 'lb'],
    ['bodyweight', 68, 'kg'],
    ['body-fat', 22, '%'],
    ['neck', 38, 'cm'],
    ['left-arm', 14, 'in'],
  ])('accepts %s %d %s', (kind, value, unit) => {
    expect(Body.check(kind, value, unit)).toBeNull();
  });

  it.each([
    [
      'hip-circumference',
      98,
      'furlong',
      'unit',
      /"furlong" is not a unit of length for hip circumference: use cm, in, mm/,
    ],
    ['bodyweight', 150, 'cm', 'unit', /"cm" is not a unit of mass for body weight: use kg, lb/],
    ['waist', 38, 'kg', 'unit', /"kg" is not a unit of length for waist/],
    [
      'hip-circumference',
      9999,
      'cm',
      'value',
      /9999 cm is not a plausible hip circumference: give 50-200 cm or 19.7-78.7 in or 500-2000 mm/,
    ],
    ['hip-circumference', 98, 'in', 'value', /98 in is not a plausible hip circumference/],
    [
      'bodyweight',
      900,
      'lb',
      'value',
      /900 lb is not a plausible body weight: give 25-300 kg or 55.1-661.4 lb/,
    ],
    ['body-fat', 120, '%', 'value', /120 % is not a plausible body fat: give 2-70 %/],
    ['neck', 38, 'stone', 'unit', /"stone" is not a unit Thrust knows: use cm, in, mm, kg, lb, %/],
  ])('refuses %s %d %s, naming the %s', (kind, value, unit, field, message) => {
    const p = Body.check(kind, value, unit);
    expect(p?.field).toBe(field);
    expect(p?.message).toMatch(message);
  });

  it('keeps a series in the unit most of it was taken in, converting the rest', () => {
    const series = [
      { date: '2026-01-01', value: 100, unit: 'cm' },
      { date: '2026-02-01', value: 40, unit: 'in' },
      { date: '2026-03-01', value: 102, unit: 'cm' },
      { date: '2026-04-01', value: 70, unit: 'kg' },
    ];
    expect(Body.inOneUnit(series).map((m) => [m.value, m.unit])).toEqual([
      [100, 'cm'],
      [101.6, 'cm'],
      [102, 'cm'],
    ]);
  });
});

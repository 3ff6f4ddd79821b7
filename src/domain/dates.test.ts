import { describe, expect, it } from 'vitest';
import * as Dates from './dates.js';

describe('dates', () => {
  it.each([
    ['2026-11-24', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['24/11/2026', false],
  ])('%s is a date: %s', (s, valid) => {
    expect(Dates.isIsoDate(s)).toBe(valid);
  });

  it('does calendar arithmetic in UTC across month and DST boundaries', () => {
    expect(Dates.addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(Dates.addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(Dates.daysBetween('2026-10-24', '2026-11-24')).toBe(31);
  });

  it('knows weekdays', () => {
    expect(Dates.weekday('2026-11-24')).toBe('tue');
    expect(Dates.mondayOf('2026-11-24')).toBe('2026-11-23');
    expect(Dates.formatShort('2026-11-23')).toBe('Mon 23 Nov');
  });
});

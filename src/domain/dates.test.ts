import fc from 'fast-check';
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

describe('date arithmetic agrees with the calendar', () => {
  it('matches Date.UTC for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -25567, max: 84000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (n, k) => {
          const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
          const date = iso(n);
          expect(Dates.isIsoDate(date)).toBe(true);
          expect(Dates.addDays(date, k)).toBe(iso(n + k));
          expect(Dates.daysBetween(date, iso(n + k))).toBe(k);
          expect(Dates.weekday(date)).toBe(
            Dates.WEEKDAYS[(new Date(n * 86_400_000).getUTCDay() + 6) % 7],
          );
        },
      ),
    );
  });
});

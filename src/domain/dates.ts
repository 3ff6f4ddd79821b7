/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so the result never depends on
 * the machine's time zone. The domain never reads the clock: callers pass `today` in.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for a proleptic Gregorian date, by integer arithmetic (Howard
 * Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil): no Date objects,
 * so the many date steps in analytics stay cheap.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of daysFromCivil (civil_from_days), as YYYY-MM-DD. */
function civilFromDays(z: number): IsoDate {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day number of a real calendar date in YYYY-MM-DD form, or NaN. */
function dayNumber(s: string): number {
  const m = ISO.exec(s);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= max ? daysFromCivil(y, mo, d) : Number.NaN;
}

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  return !Number.isNaN(dayNumber(s));
}

function toDay(date: IsoDate): number {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`not an ISO date: ${date}`);
  return n;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return civilFromDays(toDay(date) + days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDay(b) - toDay(a);
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Day 0, 1970-01-01, was a Thursday (index 3 counting from Monday). */
export function weekday(date: IsoDate): Weekday {
  return WEEKDAYS[(((toDay(date) + 3) % 7) + 7) % 7] as Weekday;
}

/** The Monday on or before `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  const day = toDay(date);
  return civilFromDays(day - ((((day + 3) % 7) + 7) % 7));
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "Mon 24 Nov" for people; the ISO form stays the stored one. */
export function formatShort(date: IsoDate): string {
  toDay(date);
  const wd = weekday(date);
  return `${wd[0]?.toUpperCase()}${wd.slice(1)} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

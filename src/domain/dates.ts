/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so the result never depends on
 * the machine's time zone. The domain never reads the clock: callers pass `today` in.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** UTC milliseconds of a real calendar date in YYYY-MM-DD form, or NaN. */
function parseUtc(s: string): number {
  const m = ISO.exec(s);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a real date comes back unchanged.
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo && back.getUTCDate() === d
    ? ms
    : Number.NaN;
}

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  return !Number.isNaN(parseUtc(s));
}

function toUtcMs(date: IsoDate): number {
  const ms = parseUtc(date);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${date}`);
  return ms;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function weekday(date: IsoDate): Weekday {
  const js = new Date(toUtcMs(date)).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(js + 6) % 7] as Weekday;
}

/** The Monday on or before `date`. Day 0 of the epoch, 1970-01-01, was a Thursday. */
export function mondayOf(date: IsoDate): IsoDate {
  const day = Math.floor(toUtcMs(date) / DAY_MS);
  return new Date((day - ((day + 3) % 7)) * DAY_MS).toISOString().slice(0, 10);
}

/** "Mon 24 Nov" for people; the ISO form stays the stored one. */
export function formatShort(date: IsoDate): string {
  const d = new Date(toUtcMs(date));
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const wd = weekday(date);
  return `${wd[0]?.toUpperCase()}${wd.slice(1)} ${d.getUTCDate()} ${months[d.getUTCMonth()]}`;
}

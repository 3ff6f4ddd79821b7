/** Words and numbers as a lifter reads them. */
import type { Load } from '../types';

export const load = (l: Load | null) =>
  l === null ? 'find your load' : l.value === 0 ? 'bodyweight' : `${round(l.value)} ${l.unit}`;

export const round = (n: number, places = 1) => {
  const f = 10 ** places;
  return String(Math.round(n * f) / f);
};

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 2 Nov" from "2026-11-02", without time zones. */
export function day(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAY[w]} ${d} ${MONTH[m - 1]}`;
}

/** "Nov 2026" from "2026-11-02". */
export function month(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return `${MONTH[m - 1]} ${y}`;
}

/** Days since 1970 for an ISO date: chart x values. */
export const dayNumber = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

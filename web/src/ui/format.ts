/** Words and numbers as a lifter reads them. */
import type { Beaten } from '../../../src/domain/analytics/records';
import { compare } from '../../../src/domain/units';
import type { Load } from '../types';

export const load = (l: Load | null) =>
  l === null ? 'find your load' : l.value === 0 ? 'bodyweight' : `${round(l.value)} ${l.unit}`;

/** A load as a lifter reads it, the band named when the band is the load. */
export const loadOrBand = (l: Load | null, band: string | null | undefined) =>
  band && l?.value === 0 ? `${band} band` : load(l);

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

type Brief = { load: Load; reps: number; side: string | null; band: string | null };

function one(s: Brief): string {
  const side = s.side ? `${s.side === 'left' ? 'L' : 'R'} ` : '';
  const weight = s.load.value > 0 ? ` @ ${load(s.load)}` : s.band ? ` (${s.band} band)` : '';
  return `${side}${s.reps}${weight}`;
}

/**
 * What was done last time, as the CLI says it: "3 × 12 @ 95 lb" when every set was the
 * same, else each set ("12 @ 95 lb, 10 @ 100 lb").
 */
export function lastSets(list: readonly Brief[]): string {
  const each = list.map(one);
  const first = each[0];
  if (first !== undefined && each.length > 1 && each.every((x) => x === first))
    return `${each.length} × ${first}`;
  return each.join(', ');
}

/** "New record: heaviest set 105 lb × 12 (was 95 lb × 12)." as `thrust log` says it. */
export function recordText(r: Beaten, unit: string): string {
  switch (r.kind) {
    case 'load':
      return `New record: ${compare(r.set.load, r.previous.load) > 0 ? 'heaviest set' : 'most reps at your top load,'} ${load(r.set.load)} × ${r.set.reps} (was ${load(r.previous.load)} × ${r.previous.reps}).`;
    case 'e1rm':
      return `New record: estimated 1RM ${round(r.e1rm)} ${unit} (was ${round(r.previous)} ${unit}), from ${load(r.set.load)} × ${r.set.reps}.`;
    case 'reps':
      return `New record: ${r.reps} reps at ${round(r.load)} ${unit} (was ${r.previous}).`;
  }
}

/** A workout in terminal text: last time's sets, the records a set beat, a session's span. */
import { Dates, Units, type Analytics, type Workout } from '../../domain/index.js';

type Brief = Workout.LastTime['sets'][number];

function one(s: Brief, unit: Units.Unit): string {
  const side = s.side ? `${s.side === 'left' ? 'L' : 'R'} ` : '';
  const load =
    s.load.value > 0 ? ` @ ${Units.format(s.load, unit)}` : s.band ? ` (${s.band} band)` : '';
  return `${side}${s.reps}${load}`;
}

/** "3 x 12 @ 95 lb" when every set was the same, else each set: "12 @ 95 lb, 10 @ 100 lb". */
export function sets(list: readonly Brief[], unit: Units.Unit): string {
  const each = list.map((s) => one(s, unit));
  const first = each[0];
  if (first !== undefined && each.length > 1 && each.every((x) => x === first))
    return `${each.length} x ${first}`;
  return each.join(', ');
}

/** "Last time (Fri 20 Nov): 3 x 12 @ 95 lb", or null when the lift is new. */
export function lastTime(last: Workout.LastTime | null, unit: Units.Unit): string | null {
  return last ? `Last time (${Dates.formatShort(last.date)}): ${sets(last.sets, unit)}` : null;
}

const ONE_DECIMAL = 1;

/** One line per record beaten: "New record: heaviest set 105 lb x 5 (was 100 lb x 5)." */
export function records(list: readonly Analytics.Records.Beaten[], unit: Units.Unit): string[] {
  return list.map((r) => {
    switch (r.kind) {
      case 'load':
        return `New record: ${Units.compare(r.set.load, r.previous.load) > 0 ? 'heaviest set' : 'most reps at your top load,'} ${Units.format(r.set.load, unit)} x ${r.set.reps} (was ${Units.format(r.previous.load, unit)} x ${r.previous.reps}).`;
      case 'e1rm':
        return `New record: estimated 1RM ${Units.format({ value: r.e1rm, unit }, unit, ONE_DECIMAL)} (was ${Units.format({ value: r.previous, unit }, unit, ONE_DECIMAL)}), from ${Units.format(r.set.load, unit)} x ${r.set.reps}.`;
      case 'reps':
        return `New record: ${r.reps} reps at ${Units.format({ value: r.load, unit }, unit)} (was ${r.previous}).`;
    }
  });
}

// Made on first use: making an Intl formatter loads locale data (tens of ms in a profile of
// `thrust today`, which shows no clock time); `history` makes it once.
let clockFormat: Intl.DateTimeFormat | undefined;
const clock = (at: string) =>
  (clockFormat ??= new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })).format(
    new Date(at),
  );

/** "18:02-19:10, 68 min" in the machine's time zone; one time when every set shares it. */
export function span(s: Workout.Span | null): string | null {
  if (!s) return null;
  const start = clock(s.start);
  const end = clock(s.end);
  return start === end && s.minutes === 0 ? `at ${start}` : `${start}-${end}, ${s.minutes} min`;
}

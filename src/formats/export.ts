/** The log written in other apps' formats, and the plan as a calendar. */
import { createEvents, type EventAttributes } from 'ics';
import Papa from 'papaparse';
import { Catalogue, Dates, Units, type Log, type Plan } from '../domain/index.js';

interface Session {
  readonly date: string;
  readonly sets: readonly (Log.LoggedSet & {
    readonly note?: string | null;
    readonly loggedAt?: string;
  })[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const timeOf = (s: Session) => s.sets[0]?.loggedAt?.slice(11, 16) ?? '12:00';

/** Strong's classic comma dialect (no unit column: weights in `unit`). */
export function strongCsv(sessions: readonly Session[], unit: Units.Unit): string {
  const rows: (string | number)[][] = [];
  for (const s of sessions) {
    const order = new Map<string, number>();
    for (const set of s.sets) {
      const n = (order.get(set.exercise) ?? 0) + (set.warmup ? 0 : 1);
      order.set(set.exercise, n);
      rows.push([
        `${s.date} ${timeOf(s)}:00`,
        'Thrust',
        '',
        Catalogue.nameOf(set.exercise),
        set.warmup ? 'W' : n,
        round(Units.valueIn(set.load, unit)),
        set.reps,
        '',
        '',
        set.note ?? '',
        '',
        set.rpe ?? '',
      ]);
    }
  }
  return Papa.unparse({
    fields: [
      'Date',
      'Workout Name',
      'Duration',
      'Exercise Name',
      'Set Order',
      'Weight',
      'Reps',
      'Distance',
      'Seconds',
      'Notes',
      'Workout Notes',
      'RPE',
    ],
    data: rows,
  });
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Hevy's export columns; start_time as Hevy writes it ("8 Apr 2026, 16:50"). */
export function hevyCsv(sessions: readonly Session[], unit: Units.Unit): string {
  const rows: (string | number)[][] = [];
  for (const s of sessions) {
    const [y, m, d] = s.date.split('-').map(Number);
    const start = `${d} ${MONTHS[(m ?? 1) - 1]} ${y}, ${timeOf(s)}`;
    const index = new Map<string, number>();
    for (const set of s.sets) {
      const i = index.get(set.exercise) ?? 0;
      index.set(set.exercise, i + 1);
      rows.push([
        'Thrust',
        start,
        start,
        '',
        Catalogue.nameOf(set.exercise),
        '',
        (set.note ?? '').replace(/\n/g, '\\n'),
        i,
        set.warmup ? 'warmup' : 'normal',
        round(Units.valueIn(set.load, unit)),
        set.reps,
        '',
        '',
        set.rpe ?? '',
      ]);
    }
  }
  const weight = unit === 'kg' ? 'weight_kg' : 'weight_lbs';
  const distance = unit === 'kg' ? 'distance_km' : 'distance_miles';
  return Papa.unparse({
    fields: [
      'title',
      'start_time',
      'end_time',
      'description',
      'exercise_title',
      'superset_id',
      'exercise_notes',
      'set_index',
      'set_type',
      weight,
      'reps',
      distance,
      'duration_seconds',
      'rpe',
    ],
    data: rows,
  });
}

/** The plan's sessions from `from` on, as all-day iCalendar events with what to do. */
export function calendar(
  plan: Plan.Plan,
  from: Dates.IsoDate,
): { ok: true; value: string } | { ok: false; error: string } {
  const events: EventAttributes[] = plan.days
    .filter((d) => d.date >= from)
    .map((d) => {
      const [y = 0, m = 1, day = 1] = d.date.split('-').map(Number);
      const end = Dates.addDays(d.date, 1).split('-').map(Number);
      const lines = d.slots.map(
        (s) =>
          `${Catalogue.get(s.exercise).name}: ${s.sets} x ${s.reps.min === s.reps.max ? s.reps.min : `${s.reps.min}-${s.reps.max}`}${s.perSide ? ' each side' : ''}`,
      );
      return {
        uid: `${d.id}-${plan.start}@thrust`,
        start: [y, m, day],
        end: [end[0] ?? y, end[1] ?? m, end[2] ?? day],
        title: `Thrust: ${d.title} (week ${d.week})`,
        description: [
          ...lines,
          d.tests.length ? 'Sprint and jump tests first (R11).' : '',
          'Run `thrust today` for loads, plates and cues.',
        ]
          .filter(Boolean)
          .join('\n'),
        categories: ['Training'],
      } satisfies EventAttributes;
    });
  const r = createEvents(events);
  return r.error || !r.value
    ? { ok: false, error: String(r.error ?? 'no calendar') }
    : { ok: true, value: r.value };
}

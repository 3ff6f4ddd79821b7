/** Logged sets and sessions as terminal text. */
import { Catalogue, Dates, Units, type Analytics, type Workout } from '../../domain/index.js';
import type { StoredSession, StoredSet } from '../../store/port.js';
import { records, span } from './workout.js';

/** The first 8 characters of a set id: enough to edit or undo it. */
export const shortId = (id: string): string => id.slice(0, 8);

/** A set with no load: bodyweight work is "bodyweight"; a cable or barbell set is not. */
function unloaded(exercise: StoredSet['exercise']): string {
  if (!Catalogue.isExerciseId(exercise)) return 'bodyweight';
  const implement = Catalogue.get(exercise).implement;
  return implement === 'bodyweight' || implement === 'band' ? 'bodyweight' : 'no load';
}

export function set(s: StoredSet, unit: Units.Unit, names?: ReadonlyMap<string, string>): string {
  const load =
    s.load.value === 0
      ? s.band
        ? `${s.band} band`
        : unloaded(s.exercise)
      : Units.format(s.load, s.load.unit);
  const shown = s.load.unit !== unit && s.load.value > 0 ? ` (${Units.format(s.load, unit)})` : '';
  const bits = [
    s.side,
    s.clean ? 'clean' : 'not clean',
    s.holdSeconds !== null ? `hold ${s.holdSeconds} s` : null,
    s.rpe !== null ? `RPE ${s.rpe}` : null,
    s.rir !== null ? `RIR ${s.rir}` : null,
    s.felt ? `felt: ${s.felt}` : null,
    s.warmup ? 'warm-up' : null,
    s.note ? `"${s.note}"` : null,
  ].filter(Boolean);
  return `${shortId(s.id)}  ${Catalogue.nameOf(s.exercise, names)}: ${measure(s)} @ ${load}${shown}  ${bits.join(', ')}`;
}

/** Reps; or, for a timed or distance set, how long and how far ("60 s", "400 m, 95 s"). */
export function measure(s: Pick<StoredSet, 'reps' | 'seconds' | 'distanceM'>): string {
  if (s.reps > 0 || (!s.seconds && !s.distanceM)) return String(s.reps);
  const far = s.distanceM
    ? s.distanceM >= 1000
      ? `${Units.roundForDisplay(s.distanceM / 1000, 2)} km`
      : `${Units.roundForDisplay(s.distanceM, 0)} m`
    : null;
  const long = s.seconds
    ? s.seconds >= 120
      ? `${Math.floor(s.seconds / 60)} min ${Math.round(s.seconds % 60)} s`
      : `${Units.roundForDisplay(s.seconds, 1)} s`
    : null;
  return [far, long].filter(Boolean).join(', ');
}

export function sessions(
  list: readonly (StoredSession & { span?: Workout.Span | null })[],
  unit: Units.Unit,
  names?: ReadonlyMap<string, string>,
): string {
  if (list.length === 0)
    return 'Nothing logged yet. `thrust log hip-thrust 3x12@95 --clean` logs three sets.';
  return list
    .map((s) =>
      [
        [
          `${Dates.formatShort(s.date)} ${s.date}${s.dayId ? ` (plan day ${s.dayId})` : ''}`,
          span(s.span ?? null),
        ]
          .filter(Boolean)
          .join(' · '),
        ...s.sets.map((x) => `  ${set(x, unit, names)}`),
      ].join('\n'),
    )
    .join('\n\n');
}

/** What `thrust log` stored, the records it beat, and whether it counts toward progression. */
export function logged(
  r: {
    sets: readonly StoredSet[];
    date: string;
    dayId: string | null;
    records: readonly Analytics.Records.Beaten[];
  },
  unit: Units.Unit,
  names?: ReadonlyMap<string, string>,
): string {
  const lines = [
    `Logged on ${Dates.formatShort(r.date)}${r.dayId ? ` (plan day ${r.dayId})` : ' (off-plan)'}:`,
    ...r.sets.map((s) => `  ${set(s, unit, names)}`),
    ...records(r.records, unit),
  ];
  if (r.sets.some((s) => !s.clean && !s.warmup))
    lines.push(
      'Not marked clean: these sets will not count toward a load increase (R8). Add --clean when every rep had full range and a real squeeze.',
    );
  return lines.join('\n');
}

/** Logged sets and sessions as terminal text. */
import { Catalogue, Dates, Units } from '../../domain/index.js';
import type { StoredSession, StoredSet } from '../../store/port.js';

/** The first 8 characters of a set id: enough to edit or undo it. */
export const shortId = (id: string): string => id.slice(0, 8);

/** A set with no load: bodyweight work is "bodyweight"; a cable or barbell set is not. */
function unloaded(exercise: StoredSet['exercise']): string {
  if (!Catalogue.isExerciseId(exercise)) return 'bodyweight';
  const implement = Catalogue.get(exercise).implement;
  return implement === 'bodyweight' || implement === 'band' ? 'bodyweight' : 'no load';
}

export function set(s: StoredSet, unit: Units.Unit): string {
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
  return `${shortId(s.id)}  ${Catalogue.nameOf(s.exercise)}: ${measure(s)} @ ${load}${shown}  ${bits.join(', ')}`;
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

export function sessions(list: readonly StoredSession[], unit: Units.Unit): string {
  if (list.length === 0)
    return 'Nothing logged yet. `thrust log hip-thrust 3x12@95 --clean` logs three sets.';
  return list
    .map((s) =>
      [
        `${Dates.formatShort(s.date)} ${s.date}${s.dayId ? ` (plan day ${s.dayId})` : ''}`,
        ...s.sets.map((x) => `  ${set(x, unit)}`),
      ].join('\n'),
    )
    .join('\n\n');
}

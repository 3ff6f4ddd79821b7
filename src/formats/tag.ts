/**
 * What Strong's and Hevy's columns cannot hold (side, top hold, clean form, band, reps in
 * reserve, where it was felt, the plan track), written at the end of a set's note in a form
 * Thrust reads back, so that an export taken elsewhere and brought back loses nothing:
 *   "Pad on [thrust side=left hold=2 clean=yes band=light rir=1 felt=glutes]"
 * Another app shows it as part of the note.
 */
import { Equipment, Log, type Asymmetry } from '../domain/index.js';

export interface Extra {
  readonly side: Asymmetry.Side | null;
  readonly holdSeconds: number | null;
  readonly clean: boolean;
  readonly band: Equipment.BandLevel | null;
  readonly rir: number | null;
  readonly felt: Log.Felt | null;
  readonly track: string | null;
}

const TAG = /\s*\[thrust((?: [^\]]*)?)\]\s*$/;

/**
 * The note with the set's extra fields appended as a tag; nothing for a set with no note
 * and nothing beyond what an import assumes (form not known to be clean). A note is always
 * tagged, so that it reads back as this set's own, not one repeated for the exercise.
 */
export function write(note: string | null, x: Extra): string {
  const parts = [
    x.side && `side=${x.side}`,
    x.holdSeconds !== null && `hold=${x.holdSeconds}`,
    x.clean && 'clean=yes',
    x.band && `band=${x.band}`,
    x.rir !== null && `rir=${x.rir}`,
    x.felt && `felt=${x.felt}`,
    x.track && `track=${x.track}`,
  ].filter(Boolean);
  if (parts.length === 0 && !note) return '';
  return `${note ? `${note} ` : ''}[thrust${parts.map((p) => ` ${String(p)}`).join('')}]`;
}

const SIDES: readonly Asymmetry.Side[] = ['left', 'right'];
const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | null =>
  v !== undefined && (list as readonly string[]).includes(v) ? (v as T) : null;
const count = (v: string | undefined): number | null =>
  v !== undefined && /^\d+(\.\d+)?$/.test(v) ? Number(v) : null;

/** The note ends in a Thrust tag: a set's own note, never one repeated for a whole exercise. */
export function has(note: string): boolean {
  return TAG.test(note);
}

/** The note without its tag, and the fields the tag carried (null when it had none). */
export function read(note: string | null): { note: string | null; extra: Extra | null } {
  const m = note ? TAG.exec(note) : null;
  if (!note || !m) return { note, extra: null };
  const kv = new Map(
    (m[1] ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => p.split('=', 2) as [string, string | undefined]),
  );
  const rest = note.slice(0, m.index).trim();
  return {
    note: rest || null,
    extra: {
      side: oneOf(SIDES, kv.get('side')),
      holdSeconds: count(kv.get('hold')),
      clean: kv.get('clean') === 'yes',
      band: oneOf(Equipment.BAND_LEVELS, kv.get('band')),
      rir: count(kv.get('rir')),
      felt: oneOf(Log.FELT, kv.get('felt')),
      track: kv.get('track') ?? null,
    },
  };
}

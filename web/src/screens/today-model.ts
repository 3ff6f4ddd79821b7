/**
 * What the today screen shows, worked out from the prescription and what is logged: the
 * sets of the day credited to each slot (stored, waiting in the outbox, or just sent), the
 * rows of sets (per side for single-leg work, the weaker side first and once more) with
 * what was logged in each, and the body of a set to log. Pure, so it reads and tests on
 * its own.
 */
import type { LogBody } from '../outbox';
import type { Item, Load, Slot } from '../types';
import * as Rest from '../../../src/domain/rest';

export type Side = 'left' | 'right';

/** A set of the day as the card counts it: stored on the server or still on its way. */
export interface DaySet {
  readonly id: string;
  readonly exercise: string;
  /** The plan track the set answers, when the face that logged it knew it. */
  readonly track?: string | null | undefined;
  readonly load: Load;
  readonly reps: number;
  readonly side: Side | null;
  readonly clean: boolean;
  readonly warmup: boolean;
  readonly band?: 'light' | 'medium' | 'heavy' | null | undefined;
}

/** Every set of the day (any exercise), stored and waiting, each once. */
export type Logged = readonly DaySet[];

/** The sets of many sources, each id once (the first source wins). */
export function merge(...sources: readonly (readonly DaySet[])[]): DaySet[] {
  const seen = new Set<string>();
  const out: DaySet[] = [];
  for (const list of sources)
    for (const s of list)
      if (!seen.has(s.id)) {
        seen.add(s.id);
        out.push(s);
      }
  return out;
}

/** The sets of a waiting body, as the card counts them. */
export function fromBody(b: LogBody): DaySet[] {
  return b.sets.map((s) => ({ ...s, exercise: b.exercise }));
}

/**
 * Whether a set counts for `slot` of a day with `slots`, as the server credits it: to the
 * slot whose track it names, else to the day's first progressing slot of its exercise (then
 * the first slot of it at all). Warm-ups follow the same rule here, so each card counts its
 * own ramp.
 */
export function creditedTo(slot: Slot, slots: readonly Slot[], s: DaySet): boolean {
  if (s.exercise !== slot.exercise) return false;
  const mine = slots.filter((x) => x.exercise === s.exercise);
  const named = s.track ? mine.find((x) => x.track === s.track) : undefined;
  const target = named ?? mine.find((x) => x.progression !== 'fixed') ?? mine[0];
  return target?.track === slot.track;
}

/** The slot's sets of the day: work sets in the order logged, and how many warm-ups. */
export function setsOf(
  item: Item,
  slots: readonly Slot[],
  logged: Logged,
): { work: DaySet[]; warmups: number } {
  const mine = logged.filter((s) => creditedTo(item.slot, slots, s));
  return { work: mine.filter((s) => !s.warmup), warmups: mine.filter((s) => s.warmup).length };
}

export interface Row {
  readonly key: string;
  readonly side: Side | null;
  /** 1-based number within its side. */
  readonly n: number;
  /** The set logged for this row, or null while it is still to do. */
  readonly set: DaySet | null;
  /** A set logged beyond what was prescribed. */
  readonly extra: boolean;
}

/** Sets each side gets: the prescription, and one more for the weaker side while flagged (R5). */
function perSide(item: Item, side: Side): number {
  return item.prescription.sets + (item.sides?.extraSet === side ? 1 : 0);
}

/** The side that goes first: the weaker side when the log shows one (R5). */
export const firstSide = (item: Item): Side => item.sides?.first ?? 'left';

/**
 * One row per prescribed set (per side for single-leg work, alternating, the weaker side
 * leading), each holding the work set logged for it in order; sets logged beyond the
 * prescription get rows of their own.
 */
export function rows(item: Item, work: readonly DaySet[]): Row[] {
  const id = item.slot.track;
  if (!item.prescription.perSide) {
    const n = Math.max(item.prescription.sets, work.length);
    return Array.from({ length: n }, (_, i) => ({
      key: `${id}-${i}`,
      side: null,
      n: i + 1,
      set: work[i] ?? null,
      extra: i >= item.prescription.sets,
    }));
  }
  const first = firstSide(item);
  const second: Side = first === 'left' ? 'right' : 'left';
  const bySide = {
    left: work.filter((s) => s.side === 'left'),
    right: work.filter((s) => s.side === 'right'),
  };
  const count = (side: Side) => Math.max(perSide(item, side), bySide[side].length);
  const out: Row[] = [];
  for (let i = 0; i < Math.max(count(first), count(second)); i++)
    for (const side of [first, second])
      if (i < count(side))
        out.push({
          key: `${id}-${side}-${i}`,
          side,
          n: i + 1,
          set: bySide[side][i] ?? null,
          extra: i >= perSide(item, side),
        });
  return out;
}

/** How many of the prescribed sets are logged, of how many. */
export function progress(rs: readonly Row[]): { done: number; of: number; complete: boolean } {
  const asked = rs.filter((r) => !r.extra);
  const done = asked.filter((r) => r.set !== null).length;
  return { done, of: asked.length, complete: asked.length > 0 && done === asked.length };
}

const LB_PER_KG = 2.2046226218;
const inUnit = (l: Load, unit: Load['unit']) =>
  l.unit === unit ? l.value : unit === 'lb' ? l.value * LB_PER_KG : l.value / LB_PER_KG;

/** How a logged work set fell short of the prescription, in a lifter's words; empty if it did not. */
export function shortOf(item: Item, s: DaySet): string[] {
  const p = item.prescription;
  const out: string[] = [];
  if (s.reps < p.reps) out.push(`${s.reps} of ${p.reps} reps`);
  if (p.load && p.load.value > 0 && inUnit(s.load, p.load.unit) < p.load.value - 0.01)
    out.push(`under ${p.load.value} ${p.load.unit}`);
  if (!s.clean) out.push('form not clean');
  return out;
}

export interface Choice {
  readonly load: number;
  readonly reps: number;
  readonly clean: boolean;
  readonly felt: string | null;
}

/**
 * Where the load stepper starts when no load is known yet (calibration): the empty bar for
 * barbell work, a convention (a standard 45 lb / 20 kg bar), so the lifter steps up from
 * there instead of from 0; other implements from 0.
 */
const EMPTY_BAR = { lb: 45, kg: 20 } as const;

/** What the next set logs unless adjusted: the prescription. */
export function defaultChoice(item: Item, unit: 'lb' | 'kg' = 'lb'): Choice {
  const unknown = item.exercise.implement === 'barbell' ? EMPTY_BAR[unit] : 0;
  return {
    load: item.prescription.load?.value ?? unknown,
    reps: item.prescription.reps,
    clean: true,
    // Not assumed: only what the lifter says they felt is logged (it moves the foot cue, R7).
    felt: null,
  };
}

export function body(
  item: Item,
  date: string,
  unit: 'lb' | 'kg',
  c: Choice,
  side: Side | null,
  id: string,
  warmup?: { load: number; reps: number },
): LogBody {
  const p = item.prescription;
  return {
    exercise: item.exercise.id,
    date,
    sets: [
      {
        id,
        load: { value: warmup?.load ?? c.load, unit: p.load?.unit ?? unit },
        reps: warmup?.reps ?? c.reps,
        side,
        holdSeconds: p.holdSeconds > 0 ? p.holdSeconds : null,
        clean: warmup ? true : c.clean,
        felt: warmup ? null : c.felt,
        warmup: !!warmup,
        band: p.band,
        // The slot the set answers, so activation and work sets of one exercise stay apart.
        track: item.slot.track,
      },
    ],
  };
}

/** Seconds of rest after a set: longer after heavy main work. */
export function restSeconds(item: Item, dayKind: string): number {
  return Rest.afterSet(item.slot.role, dayKind);
}

/**
 * What the today screen shows, worked out from the prescription and what is logged: the
 * rows of sets (per side for single-leg work, the weaker side first and once more), which
 * are done, and the body of a set to log. Pure, so it reads and tests on its own.
 */
import type { LogBody } from '../outbox';
import type { Item, StoredSet } from '../types';

export type Side = 'left' | 'right';

export interface Row {
  readonly key: string;
  readonly side: Side | null;
  /** 1-based number within its side. */
  readonly n: number;
  readonly done: boolean;
}

/** Logged and waiting sets of one exercise on the day. */
export type Logged = readonly { exercise: string; side: StoredSet['side']; warmup: boolean }[];

export function rows(item: Item, logged: Logged): Row[] {
  const id = item.exercise.id;
  const count = (side: Side | null, warmup: boolean) =>
    logged.filter((s) => s.exercise === id && s.side === side && s.warmup === warmup).length;
  const sets = item.prescription.sets;
  if (!item.prescription.perSide) {
    const done = count(null, false);
    return Array.from({ length: sets }, (_, i) => ({
      key: `${id}-${i}`,
      side: null,
      n: i + 1,
      done: i < done,
    }));
  }
  const first: Side = item.sides?.first ?? 'left';
  const second: Side = first === 'left' ? 'right' : 'left';
  const extra = item.sides?.extraSet ?? null;
  const perSide = (side: Side) => sets + (extra === side ? 1 : 0);
  const out: Row[] = [];
  // Alternate sides set by set, weaker (first) side leading.
  const done = { left: count('left', false), right: count('right', false) };
  for (let i = 0; i < Math.max(perSide(first), perSide(second)); i++)
    for (const side of [first, second])
      if (i < perSide(side))
        out.push({ key: `${id}-${side}-${i}`, side, n: i + 1, done: i < done[side] });
  return out;
}

export function warmupsDone(item: Item, logged: Logged): number {
  return logged.filter((s) => s.exercise === item.exercise.id && s.warmup).length;
}

export interface Choice {
  readonly load: number;
  readonly reps: number;
  readonly clean: boolean;
  readonly felt: string | null;
}

export function defaultChoice(item: Item): Choice {
  return {
    load: item.prescription.load?.value ?? 0,
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
      },
    ],
  };
}

/** Seconds of rest after a set: longer after heavy main work. */
export function restSeconds(item: Item, dayKind: string): number {
  if (item.slot.role === 'activation') return 45;
  if (item.slot.role === 'main' && dayKind === 'heavy') return 150;
  if (item.slot.role === 'main' || item.slot.role === 'compound') return 120;
  return 75;
}

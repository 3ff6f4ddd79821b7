/**
 * Per-exercise progress from the log: each session's top set and best e1RM, and the PRs
 * (most reps at each load, heaviest sets, and e1RM records) with the dates they were set
 * (R9). e1RMs come from the sets near failure only (estimate.ts).
 */
import type { ExerciseRef } from '../catalogue/index.js';
import type { IsoDate } from '../dates.js';
import * as E1rm from '../e1rm.js';
import { bestE1rm } from './estimate.js';
import type { LoggedSession, LoggedSet } from '../log.js';
import { compare, valueIn, type Load, type Unit } from '../units.js';

export interface SessionBest {
  readonly date: IsoDate;
  /** Heaviest work set (most reps at that load). */
  readonly top: { readonly load: Load; readonly reps: number };
  /** Best e1RM of the session in `unit`; null when no set is within the formula's range. */
  readonly e1rm: number | null;
  readonly sets: number;
}

export interface WorkSession {
  readonly date: IsoDate;
  readonly sets: readonly LoggedSet[];
  /** Load x reps of the sets, summed apart by the unit each was entered in (exact sums). */
  readonly tonnage: { readonly lb: number; readonly kg: number };
}

interface Building {
  date: IsoDate;
  sets: LoggedSet[];
  tonnage: { lb: number; kg: number };
  from: LoggedSession;
}

/**
 * The log indexed by exercise: work sets (warm-ups never count) by session, oldest first.
 * Built once, on first use, in one pass; every analytics function accepts either this or the
 * plain sessions, so several analyses of one log share the work.
 */
export interface History {
  readonly sessions: readonly LoggedSession[];
  work(exercise: ExerciseRef): readonly WorkSession[];
  /** Every exercise's work sessions. */
  all(): ReadonlyMap<ExerciseRef, readonly WorkSession[]>;
}

export function history(sessions: readonly LoggedSession[]): History {
  let index: Map<ExerciseRef, WorkSession[]> | null = null;
  const build = (): Map<ExerciseRef, WorkSession[]> => {
    const sorted = sessions.every((x, i) => i === 0 || (sessions[i - 1]?.date ?? '') <= x.date);
    const byDate = sorted
      ? sessions
      : [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const m = new Map<ExerciseRef, Building[]>();
    for (const s of byDate) {
      let last: ExerciseRef | null = null;
      let entry: Building | undefined;
      for (const set of s.sets) {
        if (set.warmup) continue;
        if (set.exercise !== last) {
          last = set.exercise;
          let work = m.get(set.exercise);
          if (!work) {
            work = [];
            m.set(set.exercise, work);
          }
          // A session's sets of one exercise join one entry, even when split by others.
          const tail = work[work.length - 1];
          if (tail && tail.from === s) entry = tail;
          else {
            entry = { date: s.date, sets: [], tonnage: { lb: 0, kg: 0 }, from: s };
            work.push(entry);
          }
        }
        if (!entry) continue;
        entry.sets.push(set);
        entry.tonnage[set.load.unit] += set.load.value * set.reps;
      }
    }
    return m;
  };
  return {
    sessions,
    work(exercise) {
      index ??= build();
      return index.get(exercise) ?? [];
    },
    all() {
      index ??= build();
      return index;
    },
  };
}

export type Source = History | readonly LoggedSession[];

/** Work sets of one exercise, by session, oldest first. */
export function workSets(source: Source, exercise: ExerciseRef): readonly WorkSession[] {
  return (isHistory(source) ? source : history(source)).work(exercise);
}

/** The History of a source, built if it is plain sessions. */
export function historyOf(source: Source): History {
  return isHistory(source) ? source : history(source);
}

function isHistory(source: Source): source is History {
  return !Array.isArray(source);
}

export function sessionBests(
  sessions: Source,
  exercise: ExerciseRef,
  unit: Unit,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): SessionBest[] {
  return workSets(sessions, exercise).map(({ date, sets }) => {
    const top = heaviest(sets) as LoggedSet;
    const best = bestE1rm(sets, unit, formula);
    return {
      date,
      top: { load: top.load, reps: top.reps },
      e1rm: best?.e1rm ?? null,
      sets: sets.length,
    };
  });
}

/** The heaviest set (most reps at that load; the first of equals). */
export function heaviest(sets: readonly LoggedSet[]): LoggedSet | null {
  let top: LoggedSet | null = null;
  for (const s of sets) {
    const c = top ? compare(s.load, top.load) : 1;
    if (!top || c > 0 || (c === 0 && s.reps > top.reps)) top = s;
  }
  return top;
}

export interface RepPr {
  /** The load, in `unit`, rounded to 0.1. */
  readonly load: number;
  readonly reps: number;
  readonly date: IsoDate;
}

export interface E1rmPr {
  readonly date: IsoDate;
  readonly e1rm: number;
  readonly set: { readonly load: Load; readonly reps: number };
}

export interface LoadPr {
  readonly date: IsoDate;
  readonly set: { readonly load: Load; readonly reps: number };
}

/**
 * Rep PRs: the most reps done at each load, with the first date they were done.
 * Load PRs: every session whose heaviest set beat all earlier ones by what was lifted, a
 *   heavier load, or as many more reps at the same load: a single at 105 beats a double at
 *   100 here, though the double's estimate is higher.
 * e1RM PRs: every session whose best estimate (from its sets near failure) beat all earlier
 *   ones, in order.
 */
export function prs(
  sessions: Source,
  exercise: ExerciseRef,
  unit: Unit,
  formula: E1rm.Formula = E1rm.DEFAULT_FORMULA,
): { reps: RepPr[]; load: LoadPr[]; e1rm: E1rmPr[] } {
  const byLoad = new Map<number, RepPr>();
  const e1rm: E1rmPr[] = [];
  const load: LoadPr[] = [];
  let record = -Infinity;
  let heaviestYet: LoggedSet | null = null;
  for (const { date, sets } of workSets(sessions, exercise)) {
    for (const s of sets) {
      const at = Math.round(valueIn(s.load, unit) * 10) / 10;
      const prev = byLoad.get(at);
      if (!prev || s.reps > prev.reps) byLoad.set(at, { load: at, reps: s.reps, date });
    }
    const top = heaviest(sets);
    if (top && top.load.value > 0 && (!heaviestYet || beats(top, heaviestYet))) {
      heaviestYet = top;
      load.push({ date, set: { load: top.load, reps: top.reps } });
    }
    const best = bestE1rm(sets, unit, formula);
    if (best && best.e1rm > record + 1e-9) {
      record = best.e1rm;
      e1rm.push({ date, e1rm: best.e1rm, set: { load: best.set.load, reps: best.set.reps } });
    }
  }
  return { reps: [...byLoad.values()].sort((a, b) => a.load - b.load), load, e1rm };
}

/** `a` beats `b` by what was lifted: a heavier load, or more reps at the same load. */
function beats(a: LoggedSet, b: LoggedSet): boolean {
  const c = compare(a.load, b.load);
  return c > 0 || (c === 0 && a.reps > b.reps);
}

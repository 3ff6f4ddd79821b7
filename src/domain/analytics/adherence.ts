/** Planned against done: sessions and sets, per week and per block, up to today. */
import type { IsoDate } from '../dates.js';
import type { LoggedSession } from '../log.js';
import type { Plan } from '../program/plan.js';

export interface Tally {
  readonly plannedSessions: number;
  readonly doneSessions: number;
  readonly plannedSets: number;
  readonly doneSets: number;
}

export interface Adherence {
  readonly weeks: readonly (Tally & { readonly week: number })[];
  readonly blocks: readonly (Tally & { readonly block: number; readonly name: string })[];
  readonly total: Tally;
}

const ZERO: Tally = { plannedSessions: 0, doneSessions: 0, plannedSets: 0, doneSets: 0 };
const add = (a: Tally, b: Tally): Tally => ({
  plannedSessions: a.plannedSessions + b.plannedSessions,
  doneSessions: a.doneSessions + b.doneSessions,
  plannedSets: a.plannedSets + b.plannedSets,
  doneSets: a.doneSets + b.doneSets,
});

/**
 * Plan days up to `today` are due. A day is done when a session was logged against it; its
 * done sets are the work sets of the exercises it prescribes, capped at what was planned
 * per exercise, so extra sets never hide a missed one.
 */
export function adherence(
  plan: Plan,
  sessions: readonly LoggedSession[],
  today: IsoDate,
): Adherence {
  const byDay = new Map<string, LoggedSession>();
  for (const s of sessions) if (s.dayId) byDay.set(s.dayId, s);
  const perWeek = new Map<number, Tally>();
  for (const day of plan.days) {
    if (day.date > today) continue;
    const logged = byDay.get(day.id);
    let planned = 0;
    let done = 0;
    for (const slot of day.slots) {
      const n = slot.sets * (slot.perSide ? 2 : 1);
      planned += n;
      const got = logged?.sets.filter((x) => x.exercise === slot.exercise && !x.warmup).length ?? 0;
      done += Math.min(n, got);
    }
    const t: Tally = {
      plannedSessions: 1,
      doneSessions: logged ? 1 : 0,
      plannedSets: planned,
      doneSets: done,
    };
    perWeek.set(day.week, add(perWeek.get(day.week) ?? ZERO, t));
  }
  const weeks = [...perWeek].sort((a, b) => a[0] - b[0]).map(([week, t]) => ({ week, ...t }));
  const blocks = plan.blocks
    .map((b) => ({
      block: b.index,
      name: b.name,
      ...weeks.filter((w) => b.weeks.includes(w.week)).reduce<Tally>(add, ZERO),
    }))
    .filter((b) => b.plannedSessions > 0);
  return { weeks, blocks, total: weeks.reduce<Tally>(add, ZERO) };
}

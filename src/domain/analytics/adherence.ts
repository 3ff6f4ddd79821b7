/** Planned against done: sessions and sets, per week, per block and per plan, up to today. */
import type { IsoDate } from '../dates.js';
import * as Log from '../log.js';
import type { LoggedSession, PlanEntry } from '../log.js';
import type { Plan } from '../program/plan.js';
import type { Goal } from '../profile.js';

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

export interface PlanAdherence extends Adherence {
  readonly planId: string;
  readonly goal: Goal;
  readonly start: IsoDate;
}

export interface Across {
  /** Every plan's due days against the sessions credited to them. */
  readonly total: Tally;
  /** Oldest plan first; plans with nothing due yet are left out. */
  readonly plans: readonly PlanAdherence[];
}

const ZERO: Tally = { plannedSessions: 0, doneSessions: 0, plannedSets: 0, doneSets: 0 };
const add = (a: Tally, b: Tally): Tally => ({
  plannedSessions: a.plannedSessions + b.plannedSessions,
  doneSessions: a.doneSessions + b.doneSessions,
  plannedSets: a.plannedSets + b.plannedSets,
  doneSets: a.doneSets + b.doneSets,
});

/** One plan on its own: every session on or after its start is its own. */
export function adherence(
  plan: Plan,
  sessions: readonly LoggedSession[],
  today: IsoDate,
): Adherence {
  return ofPlan([{ id: 'plan', plan }], 0, sessions, today);
}

/**
 * Every plan, each counted for the sessions credited to it (`Log.planOf`). A plan that was
 * followed by a new one before its end owes no days from the new plan's start on, unless
 * they were done.
 */
export function acrossPlans(
  plans: readonly PlanEntry[],
  sessions: readonly LoggedSession[],
  today: IsoDate,
): Across {
  const out: PlanAdherence[] = [];
  plans.forEach(({ id, plan }, i) => {
    const a = ofPlan(plans, i, sessions, today);
    if (a.total.plannedSessions > 0)
      out.push({ ...a, planId: id, goal: plan.goal, start: plan.start });
  });
  return { total: out.map((p) => p.total).reduce<Tally>(add, ZERO), plans: out };
}

/**
 * Plan days up to `today` are due. A day is done when a session of its plan was logged
 * against it; its done sets are the work sets credited to each of its slots
 * (`Log.creditSets`), capped at what the slot planned, so extra sets never hide a missed one.
 */
function ofPlan(
  plans: readonly PlanEntry[],
  index: number,
  sessions: readonly LoggedSession[],
  today: IsoDate,
): Adherence {
  const { id, plan } = plans[index] as PlanEntry;
  const until = plans[index + 1]?.plan.start;
  const byDay = new Map<string, LoggedSession>();
  for (const s of sessions)
    if (s.dayId && !byDay.has(s.dayId) && Log.planOf(plans, s) === id) byDay.set(s.dayId, s);
  const perWeek = new Map<number, Tally>();
  for (const day of plan.days) {
    const logged = byDay.get(day.id);
    const due = day.date <= today && (until === undefined || day.date < until);
    if (!due && !logged) continue;
    const credited = new Map<string, number>();
    if (logged)
      for (const [slot, sets] of Log.creditSets(plan, logged))
        credited.set(slot.track, (credited.get(slot.track) ?? 0) + sets.length);
    let planned = 0;
    let done = 0;
    for (const slot of day.slots) {
      const n = slot.sets * (slot.perSide ? 2 : 1);
      planned += n;
      const got = credited.get(slot.track) ?? 0;
      done += Math.min(n, got);
      // A track met twice in one day (not in any template) would share its sets.
      credited.set(slot.track, Math.max(0, got - n));
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

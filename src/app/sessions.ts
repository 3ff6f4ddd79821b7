/** Whole sessions: move one to another day, or delete one with every set in it. */
import { Dates } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import * as S from '../schemas/index.js';
import type { StoredSession } from '../store/port.js';
import { today, type Deps } from './deps.js';
import type { AppResult } from './errors.js';
import { creditDay } from './training.js';
import { parse } from './validate.js';

export interface Moved {
  readonly from: Dates.IsoDate;
  readonly to: Dates.IsoDate;
  /** The plan day the session now counts as; null when it counts as none. */
  readonly dayId: string | null;
}

/**
 * Move the session on `from` to `to` (not in the future, and a day with no session). A
 * session of the active plan then counts as the plan day on or near its new date, as if it
 * had been logged there; one of an earlier plan, or imported, keeps what it counted as.
 */
export async function move(deps: Deps, from: string, to: string): Promise<AppResult<Moved>> {
  const f = parse(S.day, from, 'date');
  if (!f.ok) return f;
  const t = parse(S.day, to, 'to');
  if (!t.ok) return t;
  if (t.value > today(deps))
    return err({
      code: 'invalid',
      field: 'to',
      message: `${t.value} is in the future; move a session to ${today(deps)} or before`,
    });
  if (t.value === f.value)
    return err({ code: 'invalid', field: 'to', message: `the session is on ${f.value} already` });
  const [plan, [session]] = await Promise.all([
    deps.store.activePlan(deps.user),
    deps.store.sessionDays(deps.user, f.value, f.value),
  ]);
  if (!session) return err({ code: 'not-found', what: 'session', id: f.value });
  let dayId = session.dayId;
  if (plan && session.planId === plan.id) {
    const span = 6;
    const nearby = await deps.store.sessionDays(
      deps.user,
      Dates.addDays(t.value, -span),
      Dates.addDays(t.value, span),
    );
    // The moved session's own day is open again for the new date to take.
    const others = nearby.filter((s) => s.date !== f.value);
    dayId = creditDay(plan, others, t.value);
  }
  const r = await deps.store.moveSession(deps.user, f.value, t.value, dayId);
  switch (r) {
    case 'missing':
      return err({ code: 'not-found', what: 'session', id: f.value });
    case 'taken':
      return err({
        code: 'taken',
        field: 'to',
        message: `${t.value} has a session already: move or delete that one first`,
      });
    case 'moved':
      return ok({ from: f.value, to: t.value, dayId });
  }
}

/** Delete the session on `date` with all its sets; what follows is derived without them. */
export async function remove(deps: Deps, date: string): Promise<AppResult<StoredSession>> {
  const d = parse(S.day, date, 'date');
  if (!d.ok) return d;
  const gone = await deps.store.deleteSession(deps.user, d.value);
  return gone ? ok(gone) : err({ code: 'not-found', what: 'session', id: d.value });
}

/** The session on `date`, to show before it is deleted. */
export async function on(deps: Deps, date: string): Promise<AppResult<StoredSession>> {
  const d = parse(S.day, date, 'date');
  if (!d.ok) return d;
  const [session] = await deps.store.sessions(deps.user, d.value);
  return session?.date === d.value
    ? ok(session)
    : err({ code: 'not-found', what: 'session', id: d.value });
}

/**
 * Coach and athlete. A coach invites an athlete by email; once the athlete accepts, the
 * coach may read the athlete's log and stats and assign a plan; either may end the link.
 * Without an active link a coach learns nothing: another user's id is simply not found.
 */
import * as z from 'zod';
import type { Plan, Profile } from '../domain/index.js';
import { err, ok } from '../domain/result.js';
import type { CoachLink } from '../store/accounts-port.js';
import type { UserId } from '../store/port.js';
import type { Deps } from './deps.js';
import * as Setup from './setup.js';
import * as Verification from './verification.js';
import type { AppResult } from './errors.js';
import { parse } from './validate.js';

export const inviteInput = z
  .object({
    email: z
      .string()
      .trim()
      .max(254)
      .toLowerCase()
      .pipe(z.email({ message: 'expected the athlete’s email address' })),
  })
  .strict();

async function myEmail(deps: Deps): Promise<string> {
  return (await deps.store.accounts.emailOf(deps.user)) ?? '';
}

export async function invite(deps: Deps, input: unknown): Promise<AppResult<CoachLink>> {
  const i = parse(inviteInput, input);
  if (!i.ok) return i;
  const mine = await myEmail(deps);
  if (i.value.email === mine)
    return err({ code: 'invalid', field: 'email', message: 'you cannot coach yourself' });
  const links = await deps.store.accounts.links(deps.user, mine);
  const open = links.find(
    (l) => l.coach === deps.user && l.athleteEmail === i.value.email && l.status !== 'revoked',
  );
  if (open) return ok(open);
  const at = deps.now().toISOString();
  const link = {
    id: deps.newId(),
    coach: deps.user,
    athleteEmail: i.value.email,
    athlete: null,
    status: 'pending' as const,
    createdAt: at,
    updatedAt: at,
  };
  await deps.store.accounts.addLink(link);
  return ok({ ...link, coachEmail: mine });
}

/** The user's links, as coach and as athlete. */
export async function links(deps: Deps): Promise<{ asCoach: CoachLink[]; asAthlete: CoachLink[] }> {
  const all = await deps.store.accounts.links(deps.user, await myEmail(deps));
  return {
    asCoach: all.filter((l) => l.coach === deps.user),
    asAthlete: all.filter((l) => l.coach !== deps.user),
  };
}

async function find(deps: Deps, id: string): Promise<CoachLink | undefined> {
  const all = await deps.store.accounts.links(deps.user, await myEmail(deps));
  return all.find((l) => l.id === id);
}

/**
 * The invited athlete accepts: from now on the coach can see their training. Only the
 * account that confirmed the invited email may (whoever signed up with it first may not).
 */
export async function accept(deps: Deps, id: string): Promise<AppResult<CoachLink>> {
  const link = await find(deps, id);
  if (!link || link.coach === deps.user || link.status !== 'pending')
    return err({ code: 'not-found', what: 'pending invitation', id });
  const why = await Verification.unconfirmed(deps, deps.user);
  if (why) return err({ code: 'forbidden', message: why });
  const at = deps.now().toISOString();
  await deps.store.accounts.updateLink(id, { status: 'active', athlete: deps.user, at });
  return ok({ ...link, status: 'active', athlete: deps.user, updatedAt: at });
}

/**
 * Either side ends the link (the athlete revokes or declines, the coach withdraws); it stays
 * ended. Declining an invitation, like accepting it, needs the invited email confirmed.
 */
export async function revoke(deps: Deps, id: string): Promise<AppResult<CoachLink>> {
  const link = await find(deps, id);
  if (!link || link.status === 'revoked') return err({ code: 'not-found', what: 'coach link', id });
  if (link.status === 'pending' && link.coach !== deps.user) {
    const why = await Verification.unconfirmed(deps, deps.user);
    if (why) return err({ code: 'forbidden', message: why });
  }
  const at = deps.now().toISOString();
  await deps.store.accounts.updateLink(id, { status: 'revoked', at });
  return ok({ ...link, status: 'revoked', updatedAt: at });
}

/**
 * The deps through which a coach acts for one athlete, only while their link is active;
 * otherwise the athlete is "not found", whether they exist or not.
 */
export async function asCoachOf(deps: Deps, athlete: UserId): Promise<AppResult<Deps>> {
  const all = await deps.store.accounts.links(deps.user, '');
  const active = all.some(
    (l) => l.coach === deps.user && l.athlete === athlete && l.status === 'active',
  );
  return active
    ? ok({ ...deps, user: athlete })
    : err({ code: 'not-found', what: 'athlete', id: athlete });
}

export const assignInput = Setup.newPlanInput;

/** A coach sets the athlete's goal and week and gives them a new plan; the log carries over. */
export async function assignPlan(
  athlete: Deps,
  input: unknown,
): Promise<AppResult<{ profile: Profile.Profile; plan: Plan.Plan }>> {
  return Setup.newPlan(athlete, input as Setup.NewPlanInput);
}

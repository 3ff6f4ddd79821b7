/**
 * Confirming an account's email (multi-user servers). An account's email is unconfirmed at
 * sign-up; a link with a random single-use secret is sent to it, and opening the link
 * confirms it. Only the SHA-256 of the secret is stored, and a link works for
 * `verifyHours`. A coach's invitation is answered only by an account that confirmed the
 * invited address (Coaching.accept), so signing up first with someone else's email gains
 * nothing. With no mail server configured, "sent" means written to the server's log.
 */
import * as z from 'zod';
import { err, ok } from '../domain/result.js';
import type { UserId } from '../store/port.js';
import { random, secretHash, tooMany, type AuthDeps } from './accounts.js';
import type { AppResult } from './errors.js';
import { parse } from './validate.js';

/** Where a link leads; GET (a browser) and POST (a script) take the same secret. */
export const VERIFY_PATH = '/api/v1/account/verify';

/** A confirmation to deliver: by mail, or into the server's log. */
export interface Letter {
  readonly to: string;
  readonly link: string;
  readonly expiresAt: string;
}

export type Deliver = (letter: Letter) => void;

export interface Status {
  readonly email: string;
  readonly verified: boolean;
  readonly verifiedAt: string | null;
}

/** The user's email and whether it is confirmed. */
export async function status(deps: Pick<AuthDeps, 'store'>, user: UserId): Promise<Status | null> {
  const email = await deps.store.accounts.emailOf(user);
  if (email === null) return null;
  const verifiedAt = await deps.store.accounts.emailVerifiedAt(user);
  return { email, verified: verifiedAt !== null, verifiedAt };
}

/**
 * Send a new confirmation link to the user's email (the earlier ones stop working). `origin`
 * is where the server is reached ("https://thrust.example"). An account asks for at most
 * `maxLinksPerWindow` links in a window.
 */
export async function sendLink(
  deps: AuthDeps,
  user: UserId,
  origin: string,
  deliver: Deliver,
): Promise<AppResult<{ email: string; expiresAt: string }>> {
  const now = deps.now();
  const p = deps.policy;
  const mine = await status(deps, user);
  if (!mine) return err({ code: 'unauthenticated', message: 'This account no longer exists.' });
  if (mine.verified)
    return err({ code: 'not-empty', message: `${mine.email} is confirmed already.` });
  const since = new Date(now.getTime() - p.windowMinutes * 60_000).toISOString();
  const limits = [{ key: `verify:${user}`, max: p.maxLinksPerWindow }];
  if (!(await deps.store.accounts.reserveAttempt(limits, now.toISOString(), since)))
    return tooMany(p, 'confirmation links');
  const secret = random();
  const expiresAt = new Date(now.getTime() + p.verifyHours * 3_600_000).toISOString();
  await deps.store.accounts.addVerification(
    { user, email: mine.email, createdAt: now.toISOString(), expiresAt },
    secretHash(secret),
  );
  deliver({ to: mine.email, link: `${origin}${VERIFY_PATH}?token=${secret}`, expiresAt });
  return ok({ email: mine.email, expiresAt });
}

export const verifyInput = z
  .object({
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'expected the token of a confirmation link (43 characters)'),
  })
  .strict();

/** Open a confirmation link: its account's email is confirmed, and the link is used up. */
export async function verify(
  deps: AuthDeps,
  input: unknown,
): Promise<AppResult<{ email: string; verifiedAt: string }>> {
  const i = parse(verifyInput, input);
  if (!i.ok) return i;
  const at = deps.now().toISOString();
  const done = await deps.store.accounts.useVerification(secretHash(i.value.token), at);
  if (!done)
    return err({
      code: 'invalid',
      field: 'token',
      message: `this confirmation link is unknown, used or past its ${deps.policy.verifyHours} hours: log in and ask for a new one`,
    });
  return ok({ email: done.email, verifiedAt: at });
}

/** Why an account whose email is not confirmed may not answer an invitation; null if it may. */
export async function unconfirmed(
  deps: Pick<AuthDeps, 'store'>,
  user: UserId,
): Promise<string | null> {
  const s = await status(deps, user);
  if (s?.verified) return null;
  return `Confirm your email${s ? ` (${s.email})` : ''} first: an invitation is answered only by the account that confirmed the invited address. Open the confirmation link sent to it, or ask for a new one (POST /api/v1/account/verification).`;
}

/**
 * Sets sent from a device's outbox name the account that logged them (`X-Thrust-Owner`: the
 * account's user id, or 'local' on a one-lifter server). The page checks who is signed in
 * before it sends, but another tab can sign in as someone else between that check and the
 * send: the server is the last word, and refuses sets whose owner is not the caller, so one
 * account's sets are never stored in another's log. Requests without the header (the CLI,
 * scripts) are not affected.
 */
import type { MiddlewareHandler } from 'hono';
import type { Mode } from './auth.js';
import type { Env } from './openapi.js';
import { problem } from './problem.js';

export const OWNER_HEADER = 'x-thrust-owner';
/** The title of the refusal, which the page reads to keep the sets for their own account. */
export const OTHER_ACCOUNT = 'other-account';

export function outboxOwner(mode: Mode): MiddlewareHandler<Env> {
  return async (c, next) => {
    const claimed = c.req.header(OWNER_HEADER);
    if (claimed === undefined || c.req.method !== 'POST') return next();
    const caller = mode.kind === 'local' ? 'local' : c.get('deps').user;
    if (claimed === caller) return next();
    return problem(
      c,
      409,
      OTHER_ACCOUNT,
      'These sets were logged by another account on this device; they were not stored. Sign in as that account to send them.',
    );
  };
}

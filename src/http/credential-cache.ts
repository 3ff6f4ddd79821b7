/**
 * Credentials remembered for a moment, so a lifter logging set after set is not looked up in
 * the database on every request. What it keeps and for how long:
 *
 * - A credential found in the database is believed for `ttlMs` (2 s) from that look-up, and
 *   never past its own expiry. Secrets not found are never remembered: a wrong token costs a
 *   look-up every time, as before.
 * - Ending a credential through this process (logout, logout everywhere, a token revoked, a
 *   password change ending other sessions) forgets every credential of that user here before
 *   the answer goes out, and a look-up that was already under way is not remembered (the
 *   generation moved on), so it is refused at once on this process.
 * - On another process (servers behind one load balancer) an ended credential is refused
 *   within `ttlMs` of the end: that process checks the database again at most that long after
 *   its last look-up.
 */
import type { Accounts, Credential } from '../store/accounts-port.js';
import type { UserId } from '../store/port.js';

/** The longest another process believes a credential ended here (see ARCHITECTURE.md). */
export const CREDENTIAL_TTL_MS = 2_000;
/** Most credentials remembered; the oldest goes first. */
const MAX_ENTRIES = 10_000;

export interface CredentialCache {
  /** The store's accounts, whose credential-ending calls forget what they end. */
  readonly accounts: Accounts;
  /** The credential of `secret` at `now`, looked up with `lookUp` unless remembered. */
  authenticate(
    secret: string,
    now: Date,
    lookUp: (secret: string) => Promise<Credential | null>,
  ): Promise<Credential | null>;
}

export function credentialCache(
  accounts: Accounts,
  ttlMs = CREDENTIAL_TTL_MS,
  clock: () => number = () => performance.now(),
): CredentialCache {
  const seen = new Map<string, { credential: Credential; until: number }>();
  /** Raised by every forget: a look-up begun before it is not remembered. */
  let generation = 0;
  const forget = (user: UserId) => {
    generation++;
    for (const [secret, entry] of seen) if (entry.credential.user === user) seen.delete(secret);
  };
  const ending =
    <A extends [UserId, ...unknown[]], R>(end: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      forget(a[0]);
      try {
        return await end(...a);
      } finally {
        forget(a[0]);
      }
    };
  return {
    accounts: {
      ...accounts,
      deleteCredential: ending(accounts.deleteCredential.bind(accounts)),
      deleteCredentials: ending(accounts.deleteCredentials.bind(accounts)),
    },
    async authenticate(secret, now, lookUp) {
      const hit = seen.get(secret);
      const t = clock();
      if (hit && hit.until > t && !expired(hit.credential, now)) return hit.credential;
      if (hit) seen.delete(secret);
      const began = generation;
      const credential = await lookUp(secret);
      if (credential && began === generation) {
        if (seen.size >= MAX_ENTRIES) seen.delete(seen.keys().next().value ?? '');
        seen.set(secret, { credential, until: t + ttlMs });
      }
      return credential;
    },
  };
}

const expired = (c: Credential, now: Date) =>
  c.expiresAt !== null && c.expiresAt <= now.toISOString();

/**
 * What a multi-user server stores about people rather than training: accounts, credentials,
 * failed logins and coach-athlete links. All of it lives in the database, so any number of
 * server processes sharing it agree on who is logged in and who may see what.
 */
import type { UserId } from './port.js';

export interface Account {
  readonly user: UserId;
  readonly email: string;
  readonly passwordHash: string;
}

export type CredentialKind = 'session' | 'token';

export interface Credential {
  readonly id: string;
  readonly user: UserId;
  readonly kind: CredentialKind;
  readonly label: string | null;
  readonly csrf: string | null;
  readonly createdAt: string;
  readonly expiresAt: string | null;
}

export type LinkStatus = 'pending' | 'active' | 'revoked';

export interface CoachLink {
  readonly id: string;
  readonly coach: UserId;
  readonly coachEmail: string;
  readonly athleteEmail: string;
  readonly athlete: UserId | null;
  readonly status: LinkStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Pruned {
  readonly sessions: number;
  readonly attempts: number;
  readonly invites: number;
  readonly verifications: number;
}

/** An email confirmation link sent to an account's address (its secret kept as a hash). */
export interface Verification {
  readonly user: UserId;
  readonly email: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface Accounts {
  /** A new user and account in one transaction; null when the email is taken. */
  createAccount(email: string, passwordHash: string, at: string): Promise<UserId | null>;
  accountByEmail(email: string): Promise<Account | null>;
  emailOf(user: UserId): Promise<string | null>;

  addCredential(c: Credential, secretHash: string): Promise<void>;
  /** The credential with this secret hash, unless it has expired by `at`. */
  credential(secretHash: string, at: string): Promise<Credential | null>;
  credentials(user: UserId, kind: CredentialKind): Promise<Credential[]>;
  /** Removes one credential of this user; false if there was none with that id. */
  deleteCredential(user: UserId, id: string): Promise<boolean>;
  /** Removes a user's credentials of a kind (null: every kind) but `keep`; returns how many. */
  deleteCredentials(user: UserId, kind: CredentialKind | null, keep?: string): Promise<number>;
  /** Replaces the password hash of the user's account. */
  setPasswordHash(user: UserId, passwordHash: string): Promise<void>;

  /** When the user's email was confirmed; null if it is not (or there is no account). */
  emailVerifiedAt(user: UserId): Promise<string | null>;
  /** Store a confirmation link; the user's earlier links stop working. */
  addVerification(v: Verification, secretHash: string): Promise<void>;
  /**
   * Use a confirmation link, once: if it has not expired by `at` and its email is still the
   * account's, the account's email is confirmed at `at` and the link deleted, in one
   * transaction. Null for an unknown, used or expired link (an expired one is deleted).
   */
  useVerification(secretHash: string, at: string): Promise<{ user: UserId; email: string } | null>;

  /**
   * Count one attempt against each key, unless a key already has `max` attempts at or after
   * `since`: the check and the write are one transaction, serialised per key, so N parallel
   * attempts count N and no more than `max` pass. Rows of these keys older than `since` go.
   * Returns a ticket that takes this attempt back (a login that succeeded), or null when a
   * key is at its limit (nothing is written then).
   */
  reserveAttempt(
    limits: readonly { key: string; max: number }[],
    at: string,
    since: string,
  ): Promise<string | null>;
  /** Take back the attempt a ticket counted against these keys. */
  releaseAttempt(keys: readonly string[], ticket: string): Promise<void>;
  /** Failures for the key at or after `since`. */
  failures(key: string, since: string): Promise<number>;
  clearFailures(key: string): Promise<void>;

  /**
   * Delete what has run out (retention): sessions and confirmation links expired by `now`,
   * failure and sign-up rows
   * older than `attemptsBefore`, "known address" rows older than `knownBefore`, invitations
   * still pending and links revoked before `linksBefore`. Returns how many of each went.
   */
  prune(cut: {
    now: string;
    attemptsBefore: string;
    knownBefore: string;
    linksBefore: string;
  }): Promise<Pruned>;

  addLink(link: Omit<CoachLink, 'coachEmail'>): Promise<void>;
  /** Links where the user is the coach, or the athlete (by id or, while pending, email). */
  links(user: UserId, email: string): Promise<CoachLink[]>;
  updateLink(
    id: string,
    change: { status: LinkStatus; athlete?: UserId; at: string },
  ): Promise<void>;
}

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
  /** Removes all of a user's credentials of a kind; returns how many. */
  deleteCredentials(user: UserId, kind: CredentialKind): Promise<number>;

  /** Count an attempt against each key; rows of those keys older than `forgetBefore` go. */
  recordFailure(keys: readonly string[], at: string, forgetBefore: string): Promise<void>;
  /** Failures for the key at or after `since`. */
  failures(key: string, since: string): Promise<number>;
  clearFailures(key: string): Promise<void>;

  addLink(link: Omit<CoachLink, 'coachEmail'>): Promise<void>;
  /** Links where the user is the coach, or the athlete (by id or, while pending, email). */
  links(user: UserId, email: string): Promise<CoachLink[]>;
  updateLink(
    id: string,
    change: { status: LinkStatus; athlete?: UserId; at: string },
  ): Promise<void>;
}

/**
 * Accounts on a multi-user server: sign-up, login with rate limiting, browser sessions,
 * personal API tokens, logout here and everywhere. Secrets are random 32-byte strings handed
 * out once; only their SHA-256 is stored, so a copy of the database logs nobody in.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as z from 'zod';
import { err, ok } from '../domain/result.js';
import type { Credential, CredentialKind } from '../store/accounts-port.js';
import type { Store, UserId } from '../store/port.js';
import type { AppResult } from './errors.js';
import * as Passwords from './passwords.js';
import { parse } from './validate.js';

export interface AuthPolicy {
  readonly cost: Passwords.Cost;
  /** A browser session lasts this long after login. */
  readonly sessionDays: number;
  /** Failed logins allowed per email from one address, and per address, in one window. */
  readonly maxFailuresPerEmail: number;
  readonly maxFailuresPerAddress: number;
  /** An account that logged in from an address this recently skips that address's limit. */
  readonly knownAddressDays: number;
  /** An invitation not accepted in this many days lapses; a revoked link is kept as long. */
  readonly inviteDays: number;
  /** Accounts one client address may make in one window. */
  readonly maxSignupsPerAddress: number;
  readonly windowMinutes: number;
  /** An email confirmation link works this long; an account asks for at most a few a window. */
  readonly verifyHours: number;
  readonly maxLinksPerWindow: number;
}

export const DEFAULT_POLICY: AuthPolicy = {
  cost: Passwords.DEFAULT_COST,
  sessionDays: 30,
  maxFailuresPerEmail: 5,
  maxFailuresPerAddress: 50,
  knownAddressDays: 30,
  inviteDays: 30,
  maxSignupsPerAddress: 10,
  windowMinutes: 15,
  verifyHours: 48,
  maxLinksPerWindow: 5,
};

export interface AuthDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly policy: AuthPolicy;
}

const email = z
  .string()
  .trim()
  .max(254)
  .toLowerCase()
  .pipe(z.email({ message: 'expected an email address, like lifter@example.com' }));

/** A password being set: the rules of Passwords.weakness. */
const newPassword = z
  .string()
  .max(1024, 'at most 1024 characters')
  .superRefine((v, ctx) => {
    const why = Passwords.weakness(v);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  });

export const signupInput = z.object({ email, password: newPassword }).strict();

export const loginInput = z
  .object({ email, password: z.string().min(1, 'required').max(1024) })
  .strict();

/** A credential just made, with its secret: the only time the secret is seen. */
export interface Issued {
  readonly id: string;
  readonly secret: string;
  readonly csrf: string | null;
  readonly expiresAt: string | null;
}

export interface LoggedIn {
  readonly user: UserId;
  readonly email: string;
  readonly session: Issued;
}

export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const random = () => randomBytes(32).toString('base64url');

async function issue(
  deps: AuthDeps,
  user: UserId,
  kind: CredentialKind,
  label: string | null,
): Promise<Issued> {
  const at = deps.now();
  const secret = `thr_${kind === 'session' ? 's' : 't'}_${random()}`;
  const c: Credential = {
    id: randomUUID(),
    user,
    kind,
    label,
    csrf: kind === 'session' ? random() : null,
    createdAt: at.toISOString(),
    expiresAt:
      kind === 'session'
        ? new Date(at.getTime() + deps.policy.sessionDays * 86_400_000).toISOString()
        : null,
  };
  await deps.store.accounts.addCredential(c, secretHash(secret));
  return { id: c.id, secret, csrf: c.csrf, expiresAt: c.expiresAt };
}

export const tooMany = (p: AuthPolicy, what: string) =>
  err({
    code: 'rate-limited' as const,
    retryAfterSeconds: p.windowMinutes * 60,
    message: `Too many ${what}; try again in ${p.windowMinutes} minutes.`,
  });

/**
 * Make an account; at most a few from one client address in a window (counted like failures).
 * The answer is the same whether or not the email already had an account (the password is
 * hashed either way, so it takes as long), and it logs nobody in: a sign-up cannot be used
 * to learn who has an account here. Logging in afterwards is held to the login limits.
 */
export async function signup(
  deps: AuthDeps,
  input: unknown,
  address: string,
): Promise<AppResult<{ email: string; created: UserId | null }>> {
  const i = parse(signupInput, input);
  if (!i.ok) return i;
  const p = deps.policy;
  const since = new Date(deps.now().getTime() - p.windowMinutes * 60_000).toISOString();
  // Counted before the hash is made, in the same transaction as the check, so a burst of
  // parallel sign-ups makes no more than the limit.
  const limits = [{ key: `signup:${address}`, max: p.maxSignupsPerAddress }];
  if (!(await deps.store.accounts.reserveAttempt(limits, deps.now().toISOString(), since)))
    return tooMany(p, 'new accounts from this address');
  const hash = await Passwords.hash(i.value.password, deps.policy.cost);
  // Null when the email was taken: the route tells the client nothing of it.
  const created = await deps.store.accounts.createAccount(
    i.value.email,
    hash,
    deps.now().toISOString(),
  );
  return ok({ email: i.value.email, created });
}

/** The row that says this account logged in from this address lately. */
export const knownKey = (email: string, address: string) => `known:${email}|${address}`;

/** A hash of nothing, checked when the email is unknown so both answers take as long. */
let decoy: Promise<string> | undefined;

/**
 * Log in. Failures are limited per email and address together, so a stranger guessing an
 * owner's password locks only their own address out of that login, never the owner at
 * theirs; and per address, against one client trying many emails. A guess refused by the
 * email+address limit does not count against the address, so one bad client behind a shared
 * address (a gym's NAT) adds at most `maxFailuresPerEmail` per email to it; and an account
 * that logged in from this address lately is not held to the address limit at all.
 */
export async function login(
  deps: AuthDeps,
  input: unknown,
  address: string,
): Promise<AppResult<LoggedIn>> {
  const i = parse(loginInput, input);
  if (!i.ok) return i;
  const { accounts } = deps.store;
  const p = deps.policy;
  const now = deps.now();
  const since = new Date(now.getTime() - p.windowMinutes * 60_000).toISOString();
  const known = knownKey(i.value.email, address);
  const recently = new Date(now.getTime() - p.knownAddressDays * 86_400_000).toISOString();
  const isKnown = (await accounts.failures(known, recently)) > 0;
  const byEmail = `email:${i.value.email}|${address}`;
  const byAddress = `ip:${address}`;
  // Every attempt is counted as a failure before the password is checked, in the same
  // transaction as the check: a parallel burst cannot all pass while the hashes run. A
  // login that succeeds takes its attempt back (and clears the email's failures).
  const limits = [{ key: byEmail, max: p.maxFailuresPerEmail }];
  if (!isKnown) limits.push({ key: byAddress, max: p.maxFailuresPerAddress });
  const ticket = await accounts.reserveAttempt(limits, now.toISOString(), since);
  if (!ticket) return tooMany(p, 'failed logins');
  const account = await accounts.accountByEmail(i.value.email);
  decoy ??= Passwords.hash('', p.cost);
  const good = await Passwords.verify(i.value.password, account?.passwordHash ?? (await decoy));
  if (!account || !good)
    return err({ code: 'unauthenticated', message: 'Wrong email or password.' });
  await accounts.clearFailures(byEmail);
  await accounts.releaseAttempt([byAddress], ticket);
  // Remember this address for this account (one row, the latest login).
  await accounts.clearFailures(known);
  await accounts.reserveAttempt([{ key: known, max: 1 }], deps.now().toISOString(), recently);
  return ok({
    user: account.user,
    email: account.email,
    session: await issue(deps, account.user, 'session', null),
  });
}

/** The credential a secret stands for, if it is current. */
export async function authenticate(deps: AuthDeps, secret: string): Promise<Credential | null> {
  if (!/^thr_[st]_[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return deps.store.accounts.credential(secretHash(secret), deps.now().toISOString());
}

/** The password typed again, for a change that outlives the session making it. */
const current = z
  .string({ error: 'required: type your password again' })
  .min(1, 'required: type your password again')
  .max(1024);

/**
 * Check the user's password again, under the same limit as logging in with it (per email and
 * address), so a stolen session cannot guess it here either.
 */
async function confirm(
  deps: AuthDeps,
  user: UserId,
  password: string,
  address: string,
  field: string,
): Promise<AppResult<{ email: string }>> {
  const { accounts } = deps.store;
  const mail = await accounts.emailOf(user);
  const account = mail === null ? null : await accounts.accountByEmail(mail);
  if (!account) return err({ code: 'unauthenticated', message: 'This account no longer exists.' });
  const p = deps.policy;
  const since = new Date(deps.now().getTime() - p.windowMinutes * 60_000).toISOString();
  const key = `email:${account.email}|${address}`;
  const limits = [{ key, max: p.maxFailuresPerEmail }];
  const ticket = await accounts.reserveAttempt(limits, deps.now().toISOString(), since);
  if (!ticket) return tooMany(p, 'wrong passwords');
  if (!(await Passwords.verify(password, account.passwordHash)))
    return err({
      code: 'forbidden',
      message: `${field}: that is not this account's password; type the one you log in with.`,
    });
  await accounts.releaseAttempt([key], ticket);
  return ok({ email: account.email });
}

export const tokenInput = z
  .object({ label: z.string().trim().min(1, 'required').max(100), password: current })
  .strict();

/** A personal API token outlives every session, so making one asks for the password again. */
export async function createToken(
  deps: AuthDeps,
  user: UserId,
  input: unknown,
  address: string,
): Promise<AppResult<Issued & { label: string }>> {
  const i = parse(tokenInput, input);
  if (!i.ok) return i;
  const sure = await confirm(deps, user, i.value.password, address, 'password');
  if (!sure.ok) return sure;
  return ok({ ...(await issue(deps, user, 'token', i.value.label)), label: i.value.label });
}

export const passwordInput = z
  .object({ current, password: newPassword })
  .strict()
  .refine((v) => v.current !== v.password, {
    path: ['password'],
    message: 'the new password is the current one',
  });

/**
 * Change the password: the current one first; then every other browser session of the
 * account ends (the one asking stays logged in). API tokens stay until revoked.
 */
export async function changePassword(
  deps: AuthDeps,
  user: UserId,
  keep: string | undefined,
  input: unknown,
  address: string,
): Promise<AppResult<{ endedSessions: number }>> {
  const i = parse(passwordInput, input);
  if (!i.ok) return i;
  const sure = await confirm(deps, user, i.value.current, address, 'current');
  if (!sure.ok) return sure;
  await deps.store.accounts.setPasswordHash(
    user,
    await Passwords.hash(i.value.password, deps.policy.cost),
  );
  return ok({ endedSessions: await deps.store.accounts.deleteCredentials(user, 'session', keep) });
}

export async function tokens(deps: AuthDeps, user: UserId) {
  const all = await deps.store.accounts.credentials(user, 'token');
  return all.map(({ id, label, createdAt }) => ({ id, label, createdAt }));
}

export async function revokeToken(
  deps: AuthDeps,
  user: UserId,
  id: string,
): Promise<AppResult<{ id: string }>> {
  const tokensOfUser = await deps.store.accounts.credentials(user, 'token');
  if (!tokensOfUser.some((t) => t.id === id)) return err({ code: 'not-found', what: 'token', id });
  await deps.store.accounts.deleteCredential(user, id);
  return ok({ id });
}

/** End one browser session. */
export async function logout(deps: AuthDeps, user: UserId, credentialId: string): Promise<void> {
  await deps.store.accounts.deleteCredential(user, credentialId);
}

/** End every browser session of the user, on every device, and revoke every API token. */
export async function logoutEverywhere(
  deps: AuthDeps,
  user: UserId,
): Promise<{ ended: number; revokedTokens: number }> {
  const { accounts } = deps.store;
  return {
    ended: await accounts.deleteCredentials(user, 'session'),
    revokedTokens: await accounts.deleteCredentials(user, 'token'),
  };
}

/**
 * Retention: delete expired sessions and email confirmation links, login-limit rows older
 * than their window, "known address" rows older than `knownAddressDays`, and invitations and
 * revoked links older than `inviteDays`. API tokens do not expire; they go when revoked (or at logout everywhere).
 */
export async function prune(deps: AuthDeps) {
  const now = deps.now().getTime();
  const p = deps.policy;
  const ago = (ms: number) => new Date(now - ms).toISOString();
  return deps.store.accounts.prune({
    now: new Date(now).toISOString(),
    attemptsBefore: ago(p.windowMinutes * 60_000),
    knownBefore: ago(p.knownAddressDays * 86_400_000),
    linksBefore: ago(p.inviteDays * 86_400_000),
  });
}

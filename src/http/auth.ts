/**
 * Who a request acts as. Local mode: always the one local lifter. Multi-user mode: a personal
 * API token (Authorization: Bearer) or a browser session cookie; a write made with the cookie
 * must echo the session's CSRF token in X-CSRF-Token (the synchronizer-token pattern), so a
 * page on another site cannot act for a logged-in lifter.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as Accounts from '../app/accounts.js';
import type { Deps } from '../app/deps.js';
import type { Issued } from '../app/accounts.js';
import type { UserId } from '../store/port.js';
import { viaTrustedProxy, type Proxies } from './client-address.js';
import { credentialCache } from './credential-cache.js';
import type { Ctx, Env } from './openapi.js';
import { fromApp } from './problem.js';

export const COOKIE = 'thrust_session';
export const CSRF_HEADER = 'x-csrf-token';

export type Mode =
  | { readonly kind: 'local'; readonly user: UserId }
  | {
      readonly kind: 'multi';
      readonly policy: Accounts.AuthPolicy;
      /**
       * Behind a reverse proxy (--trust-proxy): the proxies whose X-Forwarded-For and
       * X-Forwarded-Proto are believed; null when requests come straight from clients.
       */
      readonly proxies: Proxies | null;
    };

/** Paths anyone may call, in any mode. */
const PUBLIC = new Set([
  'GET /api/v1/health',
  'GET /api/v1/openapi.json',
  'GET /api/v1/docs',
  // The backup's published format: documentation, like the OpenAPI document.
  'GET /api/v1/schemas/backup.json',
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  // The link's secret is the credential: it is opened from a mail, often not logged in.
  'GET /api/v1/account/verify',
  'POST /api/v1/account/verify',
]);

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function authenticate(given: Omit<Deps, 'user'>, mode: Mode): MiddlewareHandler<Env> {
  // Credentials remembered for up to 2 s, forgotten at once when ended here
  // (credential-cache.ts); every route reaches the accounts through the same cache.
  const cache = credentialCache(given.store.accounts);
  const store = new Proxy(given.store, {
    get: (target, key): unknown =>
      key === 'accounts' ? cache.accounts : (Reflect.get(target, key) as unknown),
  });
  const base = { ...given, store };
  return async (c, next) => {
    if (mode.kind === 'local') {
      c.set('deps', { ...given, user: mode.user });
      c.set('credential', null);
      return next();
    }
    const auth = { store, now: base.now, policy: mode.policy };
    const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const cookie = getCookie(c, COOKIE);
    const secret = bearer ?? cookie;
    const credential = secret
      ? await cache.authenticate(secret, base.now(), (s) => Accounts.authenticate(auth, s))
      : null;
    const open = PUBLIC.has(`${c.req.method} ${c.req.path}`);
    if (!credential) {
      if (open) {
        // No user: these routes read only the store itself (health) or make the account.
        c.set('deps', { ...base, user: '' });
        c.set('credential', null);
        return next();
      }
      return fromApp(c, {
        code: 'unauthenticated',
        message: secret
          ? 'This login or token has expired or was revoked: log in again.'
          : 'Log in first (POST /api/v1/auth/login), or send a personal API token as "Authorization: Bearer ...".',
      });
    }
    if (bearer === undefined && !open && !SAFE.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!credential.csrf || !same(sent, credential.csrf))
        return fromApp(c, {
          code: 'forbidden',
          message: `A write with the session cookie must send its CSRF token in the ${CSRF_HEADER} header (GET /api/v1/auth/me returns it).`,
        });
    }
    c.set('credential', credential);
    c.set('deps', { ...base, user: credential.user });
    return next();
  };
}

/** Whether the client reached this server over HTTPS (itself, or a trusted proxy's). */
export function secure(c: Ctx, mode: Mode): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return (
    mode.kind === 'multi' &&
    viaTrustedProxy(c, mode.proxies) &&
    c.req.header('x-forwarded-proto') === 'https'
  );
}

export function setSession(c: Ctx, mode: Mode, s: Issued): void {
  setCookie(c, COOKIE, s.secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c, mode),
    path: '/',
    ...(s.expiresAt && { expires: new Date(s.expiresAt) }),
  });
}

export function clearSession(c: Ctx, mode: Mode): void {
  deleteCookie(c, COOKIE, { path: '/', secure: secure(c, mode) });
}

/** /api/v1/auth and /api/v1/tokens: accounts, sessions and personal API tokens. */
import { createRoute } from '@hono/zod-openapi';
import * as Accounts from '../app/accounts.js';
import * as Verification from '../app/verification.js';
import { clientAddress } from './client-address.js';
import { clearSession, setSession, type Mode } from './auth.js';
import { body, errors, idParam, json, problemResponse, type App, type Ctx } from './openapi.js';
import { fromApp, send } from './problem.js';
import { logDelivery, origin, registerAccount, type Log } from './routes-account.js';

const authErrors = {
  ...errors,
  429: problemResponse('Too many failed logins; see Retry-After'),
};

/** Whoever is asking: the mode, and in multi-user mode the account and its CSRF token. */
export function registerMe(app: App, mode: Mode): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/auth/me',
      summary: 'The mode, and who is logged in with the CSRF token for writes',
      responses: { 200: json('The mode and account (null when not logged in)') },
    }),
    async (c) => {
      if (mode.kind === 'local') return send(c, { mode: 'local', account: null });
      const cred = c.var.credential;
      if (!cred) return send(c, { mode: 'multi-user', account: null });
      const email = await c.var.deps.store.accounts.emailOf(cred.user);
      const verifiedAt = await c.var.deps.store.accounts.emailVerifiedAt(cred.user);
      return send(c, {
        mode: 'multi-user',
        account: { user: cred.user, email, emailVerified: verifiedAt !== null },
        via: cred.kind,
        csrf: cred.csrf,
      });
    },
  );
}

/** Accounts, sessions and tokens; confirmation links go to `log` (no mail server). */
export function registerAuth(app: App, mode: Extract<Mode, { kind: 'multi' }>, log: Log): void {
  const auth = (c: Ctx) => ({ store: c.var.deps.store, now: c.var.deps.now, policy: mode.policy });
  const deliver = logDelivery(log);
  registerAccount(app, mode, deliver);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/signup',
      summary:
        'Make an account (then log in); the same answer whether or not the email had one; limited per client address',
      request: body(Accounts.signupInput),
      responses: { 202: json('Accepted: log in with the email and password'), ...authErrors },
    }),
    async (c) => {
      const r = await Accounts.signup(auth(c), c.req.valid('json'), clientAddress(c, mode.proxies));
      if (!r.ok) return fromApp(c, r.error);
      // A new account's email is confirmed by a link sent to it; a taken one hears nothing.
      if (r.value.created !== null) {
        const sent = await Verification.sendLink(
          auth(c),
          r.value.created,
          origin(c, mode),
          deliver,
        );
        if (!sent.ok) return fromApp(c, sent.error);
      }
      return send(
        c,
        {
          email: r.value.email,
          detail:
            'If this email had no account, it has one now, and a link to confirm the email was sent to it. Log in with the email and password (POST /api/v1/auth/login).',
        },
        202,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/login',
      summary: 'Log in (sets the session cookie); rate limited per email and address',
      request: body(Accounts.loginInput),
      responses: { 200: json('The account and the CSRF token'), ...authErrors },
    }),
    async (c) => {
      const r = await Accounts.login(auth(c), c.req.valid('json'), clientAddress(c, mode.proxies));
      if (!r.ok) return fromApp(c, r.error);
      setSession(c, mode, r.value.session);
      return send(c, { user: r.value.user, email: r.value.email, csrf: r.value.session.csrf });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/logout',
      summary: 'End this browser session',
      responses: { 200: json('Logged out'), ...errors },
    }),
    async (c) => {
      const cred = c.var.credential;
      if (cred?.kind === 'session') await Accounts.logout(auth(c), cred.user, cred.id);
      clearSession(c, mode);
      return send(c, { ended: cred?.kind === 'session' ? 1 : 0 });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/logout-everywhere',
      summary:
        'End every browser session of this account, on every device, and revoke every API token',
      responses: { 200: json('How many sessions ended and tokens were revoked'), ...errors },
    }),
    async (c) => {
      const r = await Accounts.logoutEverywhere(auth(c), c.var.deps.user);
      clearSession(c, mode);
      return send(c, r);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/auth/password',
      summary: 'Change the password (the current one is asked); every other browser session ends',
      request: body(Accounts.passwordInput),
      responses: { 200: json('Changed; how many other sessions ended'), ...authErrors },
    }),
    async (c) => {
      const cred = c.var.credential;
      const keep = cred?.kind === 'session' ? cred.id : undefined;
      const r = await Accounts.changePassword(
        auth(c),
        c.var.deps.user,
        keep,
        c.req.valid('json'),
        clientAddress(c, mode.proxies),
      );
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/tokens',
      summary: 'Personal API tokens (labels and dates; the secrets are never shown again)',
      responses: { 200: json('The tokens'), ...errors },
    }),
    async (c) => send(c, { tokens: await Accounts.tokens(auth(c), c.var.deps.user) }),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/tokens',
      summary:
        'Make a personal API token for scripts (the password is asked again); its secret is shown this once',
      request: body(Accounts.tokenInput),
      responses: { 201: json('The token with its secret'), ...authErrors },
    }),
    async (c) => {
      const r = await Accounts.createToken(
        auth(c),
        c.var.deps.user,
        c.req.valid('json'),
        clientAddress(c, mode.proxies),
      );
      if (!r.ok) return fromApp(c, r.error);
      const { id, label, secret } = r.value;
      return send(c, { id, label, token: secret }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/tokens/{id}',
      summary: 'Revoke a personal API token',
      request: { params: idParam },
      responses: { 200: json('Revoked'), ...errors },
    }),
    async (c) => {
      const r = await Accounts.revokeToken(auth(c), c.var.deps.user, c.req.valid('param').id);
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );
}

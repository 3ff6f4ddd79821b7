/** Multi-user mode on every engine: accounts, cookies, CSRF, tokens, login and sign-up limits, logout. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { DEFAULT_TRUSTED_PROXIES, trustedProxies } from './client-address.js';
import { Client, multiUserApp, NOW, TEST_POLICY, type HttpApp } from './http.testkit.js';

const LOOPBACK = (() => {
  const p = trustedProxies(DEFAULT_TRUSTED_PROXIES);
  if (!p.ok) throw new Error(p.bad);
  return p.value;
})();
/** A request as the proxy on this machine passes it on. */
const PROXY = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };

const SET = {
  exercise: 'hip-thrust',
  date: '2026-11-02',
  sets: [{ load: { value: 95, unit: 'lb' }, reps: 12, clean: true }],
};

describe.each(ENGINES)('accounts on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: HttpApp;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = multiUserApp(store);
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('signs up, then logs in with a session cookie that is HttpOnly and SameSite=Lax, Secure only over TLS', async () => {
    const browser = new Client(app);
    const made = await browser.call('POST', '/api/v1/auth/signup', {
      email: 'Ada@Example.com',
      password: 'correct horse battery',
    });
    expect(made.status).toBe(202);
    expect(made.headers.get('set-cookie')).toBeNull();
    const r = await browser.enter('Ada@Example.com', 'correct horse battery', true);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ email: 'ada@example.com' });
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^thrust_session=thr_s_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await browser.call('GET', '/api/v1/auth/me');
    expect(me.json).toMatchObject({ mode: 'multi-user', account: { email: 'ada@example.com' } });
    expect(me.json.csrf).toBe(browser.csrf);

    const tls = new Client(app, 'https://thrust.example');
    const s = await tls.enter('tls@example.com');
    expect(s.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers a sign-up with a taken email as one with a new email, and changes nothing', async () => {
    const signup = (email: string, password: string) =>
      new Client(app).call('POST', '/api/v1/auth/signup', { email, password });
    const before = await store.accounts.accountByEmail('ada@example.com');
    const taken = await signup('ADA@example.com', 'an attacker password');
    const fresh = await signup('Fresh@example.com', 'an attacker password');
    expect(taken.status).toBe(202);
    expect(fresh.status).toBe(202);
    expect(taken.text.replace('ada', 'x')).toBe(fresh.text.replace('fresh', 'x'));
    expect([...taken.headers.keys()]).toEqual([...fresh.headers.keys()]);
    expect(await store.accounts.accountByEmail('ada@example.com')).toEqual(before);
    // The owner's password still works; the attacker's does not.
    expect((await new Client(app).enter('ada@example.com', undefined, true)).status).toBe(200);
    expect(
      (await new Client(app).enter('ada@example.com', 'an attacker password', true)).status,
    ).toBe(401);
  });

  it('refuses bad sign-up values, naming the field', async () => {
    const bad = await new Client(app).call('POST', '/api/v1/auth/signup', {
      email: 'not-an-email',
      password: 'short',
    });
    expect(bad.status).toBe(422);
    expect((bad.json.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'email',
      'password',
    ]);
  });

  it('answers 401 without a login, and with a forged or unknown token', async () => {
    const anon = new Client(app);
    const r = await anon.call('GET', '/api/v1/today');
    expect(r).toMatchObject({ status: 401, json: { title: 'unauthenticated' } });
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(
      (await anon.call('GET', '/api/v1/today', undefined, { bearer: 'thr_t_' + 'A'.repeat(43) }))
        .status,
    ).toBe(401);
    expect((await anon.call('GET', '/api/v1/today', undefined, { bearer: 'garbage' })).status).toBe(
      401,
    );
    expect((await anon.call('GET', '/api/v1/health')).status).toBe(200);
  });

  it('needs the CSRF token on writes made with the cookie, not with a bearer token', async () => {
    const browser = new Client(app);
    await browser.enter('csrf@example.com');
    await browser.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02' });
    const none = await browser.call('POST', '/api/v1/sets', SET, { csrf: false });
    expect(none).toMatchObject({ status: 403, json: { title: 'forbidden' } });
    const forged = await browser.call('POST', '/api/v1/sets', SET, { csrf: 'x'.repeat(43) });
    expect(forged.status).toBe(403);
    const other = new Client(app);
    await other.enter('other-csrf@example.com');
    const theirs = await browser.call('POST', '/api/v1/sets', SET, { csrf: other.csrf ?? '' });
    expect(theirs.status).toBe(403);
    expect((await browser.call('GET', '/api/v1/sessions')).json.sessions).toEqual([]);
    expect((await browser.call('POST', '/api/v1/sets', SET)).status).toBe(201);

    // A token outlives the session, so the password is asked again.
    const bare = await browser.call('POST', '/api/v1/tokens', { label: 'my script' });
    expect(bare.status).toBe(422);
    expect(bare.json.detail).toMatch(/password: required/);
    const wrong = await browser.call('POST', '/api/v1/tokens', {
      label: 'my script',
      password: 'not my password',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.json.detail).toMatch(/not this account's password/);
    const made = await browser.call('POST', '/api/v1/tokens', {
      label: 'my script',
      password: 'correct horse battery',
    });
    expect(made.status).toBe(201);
    const token = made.json.token as string;
    const script = new Client(app);
    const viaToken = await script.call('POST', '/api/v1/sets', SET, { bearer: token });
    expect(viaToken.status).toBe(201);
    const listed = await browser.call('GET', '/api/v1/tokens');
    expect(listed.json.tokens).toEqual([expect.objectContaining({ label: 'my script' })]);
    expect(listed.text).not.toContain(token);
  });

  it('limits failed logins per email in the database, so every server process agrees', async () => {
    await new Client(app).enter('limit@example.com', 'the right password');
    const other = multiUserApp(store); // a second server over the same database
    for (let i = 0; i < TEST_POLICY.maxFailuresPerEmail; i++) {
      const wrong = await new Client(i % 2 ? app : other).enter(
        'limit@example.com',
        'wrong password!',
        true,
      );
      expect(wrong).toMatchObject({ status: 401, json: { detail: 'Wrong email or password.' } });
    }
    const locked = await new Client(other).enter('limit@example.com', 'the right password', true);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(TEST_POLICY.windowMinutes * 60);
    // Another account is not locked out by someone else's failures.
    const fine = await new Client(app).enter('ada@example.com', 'correct horse battery', true);
    expect(fine.status).toBe(200);
    // An unknown email fails like a wrong password.
    const unknown = await new Client(app).enter('nobody@example.com', 'whatever123', true);
    expect(unknown.json.detail).toBe('Wrong email or password.');
  });

  it('limits sign-ups from one address, counted in the database', async () => {
    // Behind a trusted proxy, so the client address comes from X-Forwarded-For.
    const policy = { ...TEST_POLICY, maxSignupsPerAddress: 2 };
    const app = () =>
      createHttpApp(
        { store, now: NOW, newId: randomUUID },
        { kind: 'multi', policy, proxies: LOOPBACK },
        { log: () => {} },
      );
    const [one, two] = [app(), app()]; // two servers sharing the database
    const signup = (server: HttpApp, n: number) =>
      server.request(
        '/api/v1/auth/signup',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
          body: JSON.stringify({ email: `many-${n}@example.com`, password: 'a long password' }),
        },
        PROXY,
      );
    const statuses = [];
    for (const [n, server] of [one, two, one].entries())
      statuses.push((await signup(server, n)).status);
    expect(statuses).toEqual([202, 202, 429]);
    expect(await store.accounts.accountByEmail('many-2@example.com')).toBeNull();
  });

  it('logs out one session; a token lasts until revoked or until logout everywhere', async () => {
    const phone = new Client(app);
    const laptop = new Client(app);
    await phone.enter('out@example.com');
    await laptop.enter('out@example.com', undefined, true);
    const mint = async (label: string) =>
      (await phone.call('POST', '/api/v1/tokens', { label, password: 'correct horse battery' }))
        .json;
    const token = await mint('export cron');
    const stale = phone.cookie;
    expect((await phone.call('POST', '/api/v1/auth/logout')).json).toEqual({ ended: 1 });
    phone.cookie = stale;
    expect((await phone.call('GET', '/api/v1/today')).status).toBe(401);
    expect((await laptop.call('GET', '/api/v1/tokens')).status).toBe(200);

    const script = new Client(app);
    const bearer = token.token as string;
    expect((await script.call('GET', '/api/v1/tokens', undefined, { bearer })).status).toBe(200);
    const gone = await script.call('DELETE', `/api/v1/tokens/${token.id as string}`, undefined, {
      bearer,
    });
    expect(gone.status).toBe(200);
    expect((await script.call('GET', '/api/v1/tokens', undefined, { bearer })).status).toBe(401);

    await phone.enter('out@example.com', undefined, true);
    const kept = (await mint('backup job')).token as string;
    const tablet = new Client(app);
    await tablet.enter('out@example.com', undefined, true);
    expect((await tablet.call('POST', '/api/v1/auth/logout-everywhere')).json).toEqual({
      ended: 3,
      revokedTokens: 1,
    });
    expect((await laptop.call('GET', '/api/v1/tokens')).status).toBe(401);
    const after = await script.call('GET', '/api/v1/tokens', undefined, { bearer: kept });
    expect(after.status).toBe(401);
  });

  it('keeps only hashes of secrets in the database', async () => {
    const c = new Client(app);
    await c.enter('hash@example.com', 'a long enough secret');
    const secret = (c.cookie ?? '').split('=')[1] ?? '';
    const account = await store.accounts.accountByEmail('hash@example.com');
    expect(account?.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(account?.passwordHash).not.toContain('a long enough secret');
    const creds = await store.accounts.credentials(account?.user ?? '', 'session');
    expect(creds).toHaveLength(1);
    expect(JSON.stringify(creds)).not.toContain(secret);
  });
});

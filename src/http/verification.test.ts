/**
 * Email confirmation on every engine: sign-up sends a link (to the log, with no mail
 * server), the link confirms once and only before it expires, and a coach's invitation is
 * answered only by the account that confirmed the invited email, so whoever signs up first
 * with someone else's address gains nothing. Local mode has none of it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, linksSent, multiUserApp, TEST_POLICY, type HttpApp } from './http.testkit.js';

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

describe.each(ENGINES)('email confirmation on $name', (engine) => {
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

  it('sends a link at sign-up that confirms the email once, from a browser or a script', async () => {
    const lifter = new Client(app);
    expect((await lifter.enter('Lifter@Example.com')).status).toBe(200);
    const links = linksSent(app, 'lifter@example.com');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^http:\/\/127\.0\.0\.1\/api\/v1\/account\/verify\?token=[\w-]{43}$/);
    const me = await lifter.call('GET', '/api/v1/auth/me');
    expect(me.json.account).toMatchObject({ email: 'lifter@example.com', emailVerified: false });

    // Opened in a browser (no login needed): a page saying so.
    const page = await new Client(app).call(
      'GET',
      new URL(links[0] ?? '').pathname + new URL(links[0] ?? '').search,
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('lifter@example.com is confirmed');
    expect((await lifter.call('GET', '/api/v1/account/email')).json).toMatchObject({
      email: 'lifter@example.com',
      verified: true,
    });
    // Used up: a second opening, and the script's way, are refused.
    const again = await new Client(app).call(
      'GET',
      `/api/v1/account/verify?token=${tokenOf(links[0] ?? '')}`,
    );
    expect(again.status).toBe(422);
    expect(again.text).toContain('unknown, used or expired');
    const post = await lifter.call('POST', '/api/v1/account/verify', {
      token: tokenOf(links[0] ?? ''),
    });
    expect(post.status).toBe(422);
    expect(post.json.errors).toEqual([
      {
        field: 'token',
        message: expect.stringMatching(
          /^token: this confirmation link is unknown, used or past its 48 hours/,
        ) as unknown,
      },
    ]);
    // Nothing more to confirm.
    const more = await lifter.call('POST', '/api/v1/account/verification');
    expect(more.status).toBe(409);
    expect(more.json.detail).toBe('lifter@example.com is confirmed already.');
  });

  it('sends no link when the email already had an account, and says the same', async () => {
    const owner = new Client(app);
    await owner.enter('owner@example.com');
    const first = await new Client(app).call('POST', '/api/v1/auth/signup', {
      email: 'owner@example.com',
      password: 'another long password',
    });
    expect(first.status).toBe(202);
    expect(linksSent(app, 'owner@example.com')).toHaveLength(1);
  });

  it('refuses a malformed token naming the field', async () => {
    const r = await new Client(app).call('POST', '/api/v1/account/verify', { token: 'abc' });
    expect(r.status).toBe(422);
    expect(r.json.detail).toBe('token: expected the token of a confirmation link (43 characters)');
  });

  it('a new link replaces the old one; a few links a window at most', async () => {
    const c = new Client(app);
    await c.enter('again@example.com');
    const sent = await c.call('POST', '/api/v1/account/verification');
    expect(sent.status).toBe(202);
    expect(sent.json.detail).toMatch(/its operator finds the link in the server's log/);
    const [old, fresh] = linksSent(app, 'again@example.com');
    expect(
      (await c.call('POST', '/api/v1/account/verify', { token: tokenOf(old ?? '') })).status,
    ).toBe(422);
    // The sign-up's link and this one are 2 of 5; three more, then 429.
    for (let i = 0; i < 3; i++)
      expect((await c.call('POST', '/api/v1/account/verification')).status).toBe(202);
    const limited = await c.call('POST', '/api/v1/account/verification');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    // The newest still works; `fresh` was replaced by the three after it.
    expect(
      (await c.call('POST', '/api/v1/account/verify', { token: tokenOf(fresh ?? '') })).status,
    ).toBe(422);
    expect((await c.confirmEmail()).status).toBe(200);
  });

  it('a link past its 48 hours confirms nothing', async () => {
    let now = new Date('2026-11-06T18:00:00Z');
    const lines: Record<string, unknown>[] = [];
    const timed = createHttpApp(
      { store, now: () => now, newId: randomUUID },
      { kind: 'multi', policy: TEST_POLICY, proxies: null },
      { log: (l) => void lines.push(l) },
    );
    const c = new Client(timed);
    await c.enter('late@example.com');
    const link = lines.find((l) => l.to === 'late@example.com');
    expect(link?.expiresAt).toBe('2026-11-08T18:00:00.000Z');
    now = new Date('2026-11-08T18:00:01Z');
    const late = await c.call('POST', '/api/v1/account/verify', {
      token: tokenOf(String(link?.link)),
    });
    expect(late.status).toBe(422);
    expect((await c.call('GET', '/api/v1/auth/me')).json.account).toMatchObject({
      emailVerified: false,
    });
  });

  it('an invitation goes to the account that confirmed the invited email, not to whoever signed up first', async () => {
    const coach = new Client(app);
    await coach.enter('coach@example.com');
    const invite = await coach.call('POST', '/api/v1/coach/invites', { email: 'ana@example.com' });
    expect(invite.status).toBe(201);
    // Someone else signs up with Ana's address first: they never see its link.
    const squatter = new Client(app);
    await squatter.enter('ana@example.com');
    await squatter.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02' });
    const id = invite.json.id as string;
    for (const [method, path] of [
      ['POST', `/api/v1/coach/links/${id}/accept`],
      ['DELETE', `/api/v1/coach/links/${id}`],
    ] as const) {
      const r = await squatter.call(method, path);
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.json.detail).toBe(
        'Confirm your email (ana@example.com) first: an invitation is answered only by the account that confirmed the invited address. Open the confirmation link sent to it, or ask for a new one (POST /api/v1/account/verification).',
      );
    }
    const links = await coach.call('GET', '/api/v1/coach/links');
    expect(links.json.asCoach).toEqual([
      expect.objectContaining({ id, status: 'pending', athlete: null }),
    ]);
    expect((await coach.call('GET', `/api/v1/athletes/${squatter.user}/sessions`)).status).toBe(
      404,
    );
    // Once the address is confirmed (by whoever reads its mail), the invitation can be answered.
    expect((await squatter.confirmEmail()).status).toBe(200);
    expect((await squatter.call('POST', `/api/v1/coach/links/${id}/accept`)).json).toMatchObject({
      status: 'active',
    });
  });

  it('leaves local mode alone: no account routes, the lifter writes as before', async () => {
    const user = await store.user('local');
    const local = createHttpApp(
      { store, now: () => new Date(), newId: randomUUID },
      { kind: 'local', user },
      { log: () => {} },
    );
    const c = new Client(local);
    expect((await c.call('POST', '/api/v1/account/verification')).status).toBe(404);
    expect((await c.call('GET', '/api/v1/auth/me')).json).toEqual({ mode: 'local', account: null });
    expect(
      (await c.call('PUT', '/api/v1/profile', { units: 'lb', start: '2026-11-02' })).status,
    ).toBe(200);
  });
});

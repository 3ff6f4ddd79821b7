/**
 * Login and sign-up limits under parallel bursts, on every engine: each attempt is counted
 * before its password is hashed, in the transaction that checks the count, so a burst gets
 * exactly the limit's worth of password checks and accounts, and not one more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, TEST_POLICY, type HttpApp } from './http.testkit.js';

const POLICY = {
  ...TEST_POLICY,
  maxFailuresPerEmail: 5,
  maxFailuresPerAddress: 50,
  maxSignupsPerAddress: 10,
};

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});

describe.each(ENGINES)('login limits under parallel bursts on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let app: HttpApp;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    // Sign-ups for the login tests come from a roomier policy, so they use none of the limit.
    const roomy = new Client(multiUserApp(store));
    expect((await roomy.enter('owner@example.com')).status).toBe(200);
    app = multiUserApp(store, POLICY);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const login = (email: string, password: string) =>
    new Client(app).call('POST', '/api/v1/auth/login', { email, password });

  it('150 parallel wrong guesses at one email check the password exactly 5 times', async () => {
    const replies = await Promise.all(
      Array.from({ length: 150 }, (_, n) => login('owner@example.com', `guess number ${n}`)),
    );
    expect(tally(replies.map((r) => r.status))).toEqual({ 401: 5, 429: 145 });
    // Even the right password waits out the window now.
    expect((await login('owner@example.com', 'correct horse battery')).status).toBe(429);
  });

  it('120 parallel logins to unknown emails from one address: exactly 50 are tried', async () => {
    const replies = await Promise.all(
      Array.from({ length: 120 }, (_, n) => login(`nobody${n}@example.com`, 'whatever it is')),
    );
    // The 5 failures of the burst above do not count against the address: the owner logged
    // in from it, so guesses at the owner's email are held to the email's limit alone.
    expect(tally(replies.map((r) => r.status))).toEqual({ 401: 50, 429: 70 });
  });

  it('30 parallel sign-ups from one address make exactly 10 accounts', async () => {
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        new Client(app).call('POST', '/api/v1/auth/signup', {
          email: `new${n}@example.com`,
          password: 'correct horse battery',
        }),
      ),
    );
    // The owner's account, made from the same address, was the first of the ten.
    expect(tally(replies.map((r) => r.status))).toEqual({ 202: 9, 429: 21 });
    const made = await Promise.all(
      Array.from({ length: 30 }, (_, n) => store.accounts.accountByEmail(`new${n}@example.com`)),
    );
    expect(made.filter(Boolean)).toHaveLength(9);
  });
});

describe.each(ENGINES)('a login that succeeds takes its attempt back, on $name', (engine) => {
  let env: Setup;
  let store: Store;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('twenty good logins in a row from an address with a limit of three failures all get in', async () => {
    expect((await new Client(multiUserApp(store)).enter('gym@example.com')).status).toBe(200);
    const strict = multiUserApp(store, { ...POLICY, maxFailuresPerAddress: 3 });
    const statuses: number[] = [];
    for (let n = 0; n < 20; n++)
      statuses.push(
        (await new Client(strict).enter('gym@example.com', 'correct horse battery', true)).status,
      );
    expect(tally(statuses)).toEqual({ 200: 20 });
    const wrong = await new Client(strict).call('POST', '/api/v1/auth/login', {
      email: 'gym@example.com',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
  });
});

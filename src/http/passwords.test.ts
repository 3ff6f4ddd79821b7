/**
 * Passwords on every engine: what a new one must be (a clear problem detail when it is not),
 * and changing one (the current password first; every other browser session ends).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, type HttpApp } from './http.testkit.js';

const GOOD = 'correct horse battery';

describe.each(ENGINES)('passwords on $name', (engine) => {
  let env: Setup;
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

  it.each([
    ['short', 'nine char', 'password: use at least 10 characters'],
    ['ten spaces', ' '.repeat(10), 'password: use more than spaces'],
    ['tabs and spaces', ' \t \t \t \t  ', 'password: use more than spaces'],
    ['one character repeated', 'aaaaaaaaaaaa', 'password: use more than one character repeated'],
    ['a common password', 'Password123', 'password: this is one of the first passwords'],
    ['a keyboard row', 'qwertyuiop', 'password: this is one of the first passwords'],
  ])('refuses %s at sign-up with a problem naming the rule', async (_, password, detail) => {
    const email = `weak-${Math.random().toString(36).slice(2)}@example.com`;
    const r = await new Client(app).call('POST', '/api/v1/auth/signup', { email, password });
    expect(r.status).toBe(422);
    expect(r.json.detail).toContain(detail);
    expect(r.json.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    expect(await store.accounts.accountByEmail(email)).toBeNull();
  });

  it('changes the password with the current one, ending every other session', async () => {
    const phone = new Client(app);
    const laptop = new Client(app);
    expect((await phone.enter('change@example.com')).status).toBeLessThan(300);
    expect((await laptop.enter('change@example.com', GOOD, true)).status).toBe(200);
    const change = (current: string, password: string) =>
      phone.call('POST', '/api/v1/auth/password', { current, password });

    const wrong = await change('not the password', 'a brand new secret');
    expect(wrong.status).toBe(403);
    expect(wrong.json.detail).toBe(
      "current: that is not this account's password; type the one you log in with.",
    );
    const weak = await change(GOOD, 'abcdefghij');
    expect(weak.status).toBe(422);
    expect(weak.json.detail).toMatch(/^password: this is one of the first passwords/);
    const same = await change(GOOD, GOOD);
    expect(same.json.detail).toBe('password: the new password is the current one');
    // Without the CSRF token a page elsewhere cannot change it.
    const forged = await phone.call(
      'POST',
      '/api/v1/auth/password',
      { current: GOOD, password: 'a brand new secret' },
      { csrf: false },
    );
    expect(forged.status).toBe(403);

    const done = await change(GOOD, 'a brand new secret');
    expect(done).toMatchObject({ status: 200, json: { endedSessions: 1 } });
    expect((await laptop.call('GET', '/api/v1/today')).status).toBe(401);
    expect((await phone.call('GET', '/api/v1/tokens')).status).toBe(200);
    expect((await new Client(app).enter('change@example.com', GOOD, true)).status).toBe(401);
    const again = await new Client(app).enter('change@example.com', 'a brand new secret', true);
    expect(again.status).toBe(200);
  });

  it('allows five wrong current passwords, then refuses like a login', async () => {
    const c = new Client(app);
    await c.enter('guessed@example.com');
    const statuses: number[] = [];
    for (let n = 0; n < 7; n++)
      statuses.push(
        (
          await c.call('POST', '/api/v1/auth/password', {
            current: `guess ${n}`,
            password: 'the attacker chose this',
          })
        ).status,
      );
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429]);
  });
});

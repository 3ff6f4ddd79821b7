/**
 * The login limits are fair, on every engine: a stranger's wrong passwords lock out the
 * stranger's address, never the owner at theirs; and one bad client behind a gym's shared
 * address uses up at most its share of that address's limit, while the lifters who log in
 * there as a rule keep getting in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, TEST_POLICY, type HttpApp } from './http.testkit.js';

const POLICY = { ...TEST_POLICY, maxFailuresPerEmail: 5, maxFailuresPerAddress: 20 };
const GOOD = 'correct horse battery';

describe.each(ENGINES)('fair login limits on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let app: HttpApp;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = multiUserApp(store, POLICY);
    for (const email of ['owner@example.com', 'member@example.com', 'newcomer@example.com'])
      expect((await new Client(app, undefined, '192.0.2.1').enter(email)).status).toBe(200);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const login = (from: string, email: string, password: string) =>
    new Client(app, undefined, from).enter(email, password, true).then((r) => r.status);

  it("twenty strangers' wrong passwords leave the owner free to log in from home", async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 20; n++)
      statuses.push(await login(`203.0.113.${n % 4}`, 'owner@example.com', `guess ${n}`));
    // Five tries per stranger address, then that address is refused for this login.
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    for (let n = 0; n < 3; n++)
      expect(await login('203.0.113.0', 'owner@example.com', `guess again ${n}`)).toBe(429);
    // Even the right password waits at a locked-out address...
    expect(await login('203.0.113.0', 'owner@example.com', GOOD)).toBe(429);
    // ...but the owner, at home, is not locked out.
    expect(await login('198.51.100.1', 'owner@example.com', GOOD)).toBe(200);
  });

  it('one bad client at a shared address guessing one password adds only five failures to it', async () => {
    const gym = '198.51.100.50';
    const statuses: number[] = [];
    for (let n = 0; n < 40; n++) statuses.push(await login(gym, 'owner@example.com', `nope ${n}`));
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    // The other lifters there are not touched: a wrong password is still only wrong.
    expect(await login(gym, 'member@example.com', 'a typo in it')).toBe(401);
    expect(await login(gym, 'member@example.com', GOOD)).toBe(200);
    expect(await login(gym, 'newcomer@example.com', GOOD)).toBe(200);
  });

  it('a bad client trying many emails fills the address limit, but lifters known there still get in', async () => {
    const nat = '198.51.100.77';
    expect(await login(nat, 'member@example.com', GOOD)).toBe(200); // logs in here as a rule
    const statuses: number[] = [];
    for (let n = 0; n < 30; n++)
      statuses.push(await login(nat, `stuffed${n}@example.com`, 'password123'));
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    // A first login from this address waits out the window...
    expect(await login(nat, 'newcomer@example.com', GOOD)).toBe(429);
    // ...the member who logged in here before does not, and still has only five guesses.
    expect(await login(nat, 'member@example.com', GOOD)).toBe(200);
    const guesses: number[] = [];
    for (let n = 0; n < 7; n++) guesses.push(await login(nat, 'member@example.com', `bad ${n}`));
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

/** The server's last word on a shared device: sets from one account's outbox never land in another's log. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { Client, multiUserApp, NOW, type HttpApp } from './http.testkit.js';

const body = (id: string) => ({
  exercise: 'hip-thrust',
  date: '2026-11-02',
  sets: [{ id, load: { value: 60, unit: 'kg' }, reps: 12, clean: true }],
});

/** POST /sets as `who`'s browser, naming `owner` as the account that logged the sets. */
const send = (who: Client, owner: string | null, id: string) =>
  who.call('POST', '/api/v1/sets', body(id), {
    ...(owner !== null && { headers: { 'x-thrust-owner': owner } }),
  });

const setIds = async (who: Client) => {
  const r = await who.call('GET', '/api/v1/sessions');
  return JSON.stringify(r.json).match(/[0-9a-f]{8}-[0-9a-f-]{27}/g) ?? [];
};

describe.each(ENGINES)('the outbox owner on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: HttpApp;
  const people: Client[] = [];

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = multiUserApp(store);
    for (const email of ['ada@example.com', 'bea@example.com']) {
      const c = new Client(app);
      await c.enter(email);
      await c.call('PUT', '/api/v1/profile', {
        units: 'kg',
        goal: 'glutes',
        working: { load: 60, reps: 12 },
        start: '2026-11-02',
      });
      people.push(c);
    }
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it("refuses sets from another account's outbox and stores nothing", async () => {
    const [a, b] = people as [Client, Client];
    const id = randomUUID();
    const r = await send(b, a.user, id);
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ title: 'other-account' });
    expect(r.json.detail).toMatch(/another account/);
    expect(await setIds(b)).not.toContain(id);
    expect(await setIds(a)).not.toContain(id);
  });

  it("stores sets from the caller's own outbox, and sets sent without an owner (scripts, CLI)", async () => {
    const [, b] = people as [Client, Client];
    const own = randomUUID();
    const plain = randomUUID();
    expect((await send(b, b.user, own)).status).toBe(201);
    expect((await send(b, null, plain)).status).toBe(201);
    expect(await setIds(b)).toEqual(expect.arrayContaining([own, plain]));
  });
});

describe('the outbox owner in local mode', () => {
  it("takes 'local' as the one lifter's outbox and refuses an account's", async () => {
    const env = await ENGINES[0]!.setup();
    const store = await openStore(env);
    try {
      const app = createHttpApp(
        { store, now: NOW, newId: randomUUID },
        { kind: 'local', user: await store.user('lifter') },
        { log: () => {} },
      );
      const me = new Client(app);
      await me.call('PUT', '/api/v1/profile', {
        units: 'kg',
        goal: 'glutes',
        working: { load: 60, reps: 12 },
        start: '2026-11-02',
      });
      expect((await send(me, 'someone-else', randomUUID())).status).toBe(409);
      const id = randomUUID();
      const stored = await send(me, 'local', id);
      expect(stored.status, JSON.stringify(stored.json)).toBe(201);
      expect(await setIds(me)).toContain(id);
    } finally {
      await store.close();
      await env.teardown();
    }
  });
});

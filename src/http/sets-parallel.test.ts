/**
 * One set id sent several times at once, on every engine: the outbox of a page resending
 * after a lost answer while the first request is still being stored, or two devices sending
 * the same set. The same set is stored once and every request is answered as stored; the same
 * id with other values (another day) is stored once and the others are refused with a 409
 * naming the id's field, never a 500 and never a half-stored batch.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import { NOW } from './http.testkit.js';

const PARALLEL = 8;
const PROFILE = {
  units: 'lb',
  goal: 'accessory',
  working: { load: 95, reps: 12 },
  start: '2026-10-05',
};

describe.each(ENGINES)('one set id sent in parallel on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  /** Two stores over one database: two server processes behind one load balancer. */
  let stores: Store[];
  let apps: ReturnType<typeof createHttpApp>[];

  beforeAll(async () => {
    env = await engine.setup();
    stores = [await openStore(env), await openStore(env)];
    const user = await stores[0]!.user('local');
    apps = stores.map((store) =>
      createHttpApp(
        { store, now: NOW, newId: randomUUID },
        { kind: 'local', user },
        { log: () => {} },
      ),
    );
    const r = await apps[0]!.request('/api/v1/profile', {
      method: 'PUT',
      body: JSON.stringify(PROFILE),
      headers: { 'content-type': 'application/json' },
    });
    expect(r.status).toBe(200);
  });

  afterAll(async () => {
    for (const s of stores ?? []) await s.close();
    await env?.teardown();
  });

  const post = async (i: number, body: unknown) => {
    const app = apps[i % apps.length]!;
    const r = await app.request('/api/v1/sets', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    return { status: r.status, json: (await r.json()) as Record<string, unknown> };
  };
  const set = (id: string, date: string) => ({
    exercise: 'hip-thrust',
    date,
    sets: [{ id, load: { value: 135, unit: 'lb' }, reps: 10, clean: true }],
  });
  const storedWith = async (id: string) => {
    const sessions = await stores[0]!.sessions(await stores[0]!.user('local'));
    return {
      sets: sessions.flatMap((s) => s.sets).filter((s) => s.id === id),
      empty: sessions.filter((s) => s.sets.length === 0).length,
    };
  };

  it('stores the same set once and answers every request as stored', async () => {
    const id = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => post(i, set(id, '2026-10-20'))),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    for (const a of answers)
      expect((a.json.sets as { id: string; reps: number }[])[0]).toMatchObject({ id, reps: 10 });
    const stored = await storedWith(id);
    expect(stored.sets).toHaveLength(1);
    expect(stored.empty).toBe(0);
  });

  it('stores one of the same id on different days and refuses the others with a 409', async () => {
    const id = randomUUID();
    const days = Array.from(
      { length: PARALLEL },
      (_, i) => `2026-10-${String(21 + i).padStart(2, '0')}`,
    );
    const answers = await Promise.all(days.map((d, i) => post(i, set(id, d))));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, ...Array.from({ length: PARALLEL - 1 }, () => 409)]);
    const winner = days[answers.findIndex((a) => a.status === 201)];
    for (const a of answers.filter((x) => x.status === 409)) {
      expect(a.json).toMatchObject({ title: 'taken' });
      expect(String(a.json.detail)).toContain('sets.0.id');
      expect(String(a.json.detail)).toContain(`logged on ${winner}`);
    }
    const stored = await storedWith(id);
    expect(stored.sets).toHaveLength(1);
    // The refused requests left no empty session behind on their days.
    expect(stored.empty).toBe(0);
    // Sent again as first sent, it is answered as stored.
    expect((await post(0, set(id, winner ?? ''))).status).toBe(201);
  });
});

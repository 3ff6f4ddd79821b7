/**
 * Heavy routes are fair: one lifter runs one import or restore at a time (a second gets 429
 * with Retry-After, not a place in a queue), and another lifter's import is not held up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, type HttpApp } from './http.testkit.js';

/** A Strong export of `sets` sets, nine a day. */
function bigCsv(sets: number): string {
  const rows = [
    'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  ];
  for (let i = 0; i < sets; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 9) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    rows.push(`${day} 10:00:00,Glutes,Hip Thrust (Barbell),${(i % 9) + 1},135,10,,,,,`);
  }
  return `${rows.join('\n')}\n`;
}

/** The user whose next import waits in the store until `held` settles; `enter` says it is. */
let gate: { user: string; held: Promise<void>; enter: () => void } | null = null;

describe.each(ENGINES)('imports and restores are fair on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let app: HttpApp;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    // The store, but the gated user's import waits at its first read of name mappings.
    const gated = new Proxy(store, {
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key !== 'mappings' || typeof value !== 'function') return value;
        return async (user: string) => {
          if (gate && user === gate.user) {
            const { held, enter } = gate;
            gate = null;
            enter();
            await held;
          }
          return (value as (u: string) => Promise<unknown>).call(target, user);
        };
      },
    });
    app = multiUserApp(gated);
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('one import at a time per lifter; another lifter is not held up', async () => {
    const a = new Client(app);
    const b = new Client(app);
    expect((await a.enter('a@example.com')).status).toBe(200);
    expect((await b.enter('b@example.com')).status).toBe(200);
    const csv = bigCsv(300);
    const send = (c: Client) =>
      c.call('POST', '/api/v1/import?filename=strong.csv&units=lb&dryRun=true', csv, {
        contentType: 'text/csv',
      });
    // A's first import is held inside the store until A's other two have been answered.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let enter = () => {};
    const entered = new Promise<void>((resolve) => (enter = resolve));
    gate = { user: a.user ?? '', held, enter };
    const first = send(a);
    await entered;
    const [a2, a3, b1] = await Promise.all([send(a), send(a), send(b)]);
    release();
    const a1 = await first;
    const mine = [a1, a2, a3].map((r) => r?.status).sort();
    expect(mine).toEqual([200, 429, 429]);
    const refused = [a1, a2, a3].find((r) => r?.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('5');
    expect(refused?.json).toMatchObject({ title: 'busy' });
    expect(b1?.status).toBe(200);
    // Once the first is done, the next one runs.
    expect((await send(a)).status).toBe(200);
  });
});

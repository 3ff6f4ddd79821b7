/**
 * Requests that once got a 500 get an answer instead, on every engine: a 4xx problem detail
 * that says what was wrong, where, and what is allowed, and never names another account.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../app/backup.js';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, PNG, type HttpApp } from './http.testkit.js';

const PROFILE = { units: 'lb', goal: 'glutes', start: '2026-11-02' };
const set = (id: string, date = '2026-11-02') => ({
  exercise: 'hip-thrust',
  date,
  sets: [{ id, load: { value: 95, unit: 'lb' }, reps: 12, clean: true }],
});

function backup(over: Record<string, unknown> = {}) {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-11-06T18:00:00.000Z',
    profile: null,
    plans: [],
    sessions: [],
    measurements: [],
    tests: [],
    photos: [],
    photoFiles: [],
    mappings: [],
    ...over,
  };
}

describe.each(ENGINES)('answers, not 500s, on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let app: HttpApp;
  /** Another lifter, with a set and a measurement whose ids the cases reuse. */
  let other: Client;
  let theirSet: string;
  let theirBackup: string;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = multiUserApp(store);
    other = new Client(app);
    expect((await other.enter('other@example.com')).status).toBe(200);
    expect((await other.call('PUT', '/api/v1/profile', PROFILE)).status).toBe(200);
    theirSet = randomUUID();
    expect((await other.call('POST', '/api/v1/sets', set(theirSet))).status).toBe(201);
    theirBackup = (await other.call('GET', '/api/v1/export?format=json')).text;
  });
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const lifter = async () => {
    const c = new Client(app);
    expect((await c.enter(`${randomUUID()}@example.com`)).status).toBe(200);
    return c;
  };
  const deep = (n: number) => `{"format":${'['.repeat(n)}${']'.repeat(n)}}`;

  type Send = (c: Client) => Promise<{ status: number; json: Record<string, unknown> }>;
  const setUp: Send = (c) => c.call('PUT', '/api/v1/profile', PROFILE);
  const photoFile = {
    photoId: randomUUID(),
    contentType: 'image/png',
    base64: Buffer.from(PNG).toString('base64'),
  };
  const cases: [string, Send, number, RegExp][] = [
    [
      'another lifter’s set id on POST /sets',
      async (c) => (await setUp(c), c.call('POST', '/api/v1/sets', set(theirSet))),
      409,
      /^An id in this request cannot be used: it is taken/,
    ],
    [
      'a restore with a photo file but no photo',
      (c) => c.call('POST', '/api/v1/restore', backup({ photoFiles: [photoFile] })),
      422,
      /^photoFiles\.0\.photoId: no photo in the backup has the id/,
    ],
    [
      'a restore nested a hundred thousand levels deep',
      (c) => c.call('POST', '/api/v1/restore', deep(100_000)),
      422,
      /^\(body\): nested more than 64 levels deep/,
    ],
    [
      'a restore nested a million levels deep',
      (c) => c.call('POST', '/api/v1/restore', deep(1_000_000)),
      422,
      /^\(body\): nested more than 64 levels deep/,
    ],
    [
      'PUT /profile starting 9999-12-31',
      (c) => c.call('PUT', '/api/v1/profile', { ...PROFILE, start: '9999-12-31' }),
      422,
      /^start: a plan starts from 1970-01-01 to 2099-12-31/,
    ],
    [
      'a set logged on 9999-12-31',
      async (c) => (
        await setUp(c),
        c.call('POST', '/api/v1/sets', set(randomUUID(), '9999-12-31'))
      ),
      422,
      /^date: 9999-12-31 is outside the dates Thrust takes, 1970-01-01 to 2099-12-31; check the year/,
    ],
    [
      'a restore of another lifter’s backup (their ids)',
      (c) => c.call('POST', '/api/v1/restore', theirBackup),
      409,
      /^Some ids in this backup cannot be used here, so nothing was restored/,
    ],
  ];

  it.each(cases)('%s: a 4xx with a problem detail', async (_, send, status, detail) => {
    const c = await lifter();
    const r = await send(c);
    expect(r.status, JSON.stringify(r.json)).toBe(status);
    expect(String(r.json.detail)).toMatch(detail);
    expect(String(r.json.detail)).not.toMatch(/another account|elsewhere|collision|stack/i);
    // Nothing of the other lifter's shows, and nothing was stored for this one.
    expect((await c.call('GET', '/api/v1/sessions')).json.sessions ?? []).toEqual([]);
  });

  it('the same set id posted at once with different dates: stored once, each answer a 201 or a 409', async () => {
    const c = await lifter();
    expect((await c.call('PUT', '/api/v1/profile', PROFILE)).status).toBe(200);
    const id = randomUUID();
    const dates = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];
    const replies = await Promise.all(dates.map((d) => c.call('POST', '/api/v1/sets', set(id, d))));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(
      statuses.every((s) => s === 201 || s === 409),
      JSON.stringify(statuses),
    ).toBe(true);
    const sessions = (await c.call('GET', '/api/v1/sessions')).json.sessions as {
      sets: { id: string }[];
    }[];
    expect(sessions.flatMap((s) => s.sets).filter((s) => s.id === id)).toHaveLength(1);
  });
});

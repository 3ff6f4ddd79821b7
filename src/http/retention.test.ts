/**
 * Retention on every engine: a serving process deletes expired sessions, login-limit rows
 * past their window, old "known address" rows, lapsed invitations and long-revoked links,
 * expired email confirmation links, and keeps everything current: live sessions, API
 * tokens, active links, recent rows, a confirmation link that still works.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownKey } from '../app/accounts.js';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { TEST_POLICY } from './http.testkit.js';
import { startRetention } from './retention.js';

const NOW = new Date('2026-11-06T18:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const DAY = 86_400_000;

describe.each(ENGINES)('retention on $name', (engine) => {
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

  it('deletes what has run out, keeps what is current, on start and then on its timer', async () => {
    const a = store.accounts;
    const coach = (await a.createAccount('coach@example.com', 'x', ago(90 * DAY))) ?? '';
    const athlete = (await a.createAccount('athlete@example.com', 'x', ago(90 * DAY))) ?? '';
    const credential = async (kind: 'session' | 'token', expiresAt: string | null) => {
      const id = randomUUID();
      await a.addCredential(
        { id, user: coach, kind, label: null, csrf: null, createdAt: ago(40 * DAY), expiresAt },
        randomUUID(),
      );
      return id;
    };
    const expired = await credential('session', ago(DAY));
    const live = await credential('session', new Date(NOW.getTime() + DAY).toISOString());
    const token = await credential('token', null);
    const row = (key: string, at: string) => a.reserveAttempt([{ key, max: 100 }], at, at);
    // (A row's write drops older rows of its key, so the older is written second.)
    await row('ip:203.0.113.9', ago(5 * 60_000));
    await row('ip:203.0.113.9', ago(16 * 60_000)); // past the 15-minute window
    await row('signup:203.0.113.9', ago(DAY));
    await row(knownKey('coach@example.com', '198.51.100.1'), ago(31 * DAY));
    await row(knownKey('coach@example.com', '198.51.100.2'), ago(29 * DAY));
    const link = async (status: 'pending' | 'active' | 'revoked', at: string, email: string) => {
      const id = randomUUID();
      const athleteId = status === 'pending' ? null : athlete;
      await a.addLink({
        id,
        coach,
        athleteEmail: email,
        athlete: athleteId,
        status,
        createdAt: at,
        updatedAt: at,
      });
      return id;
    };
    await link('pending', ago(31 * DAY), 'lapsed@example.com');
    const fresh = await link('pending', ago(2 * DAY), 'fresh@example.com');
    const active = await link('active', ago(60 * DAY), 'athlete@example.com');
    await link('revoked', ago(31 * DAY), 'athlete@example.com');
    // Email confirmation links: the athlete's ran out a day ago, the coach's works a day more.
    const confirm = (user: string, email: string, expiresAt: string, secret: string) =>
      a.addVerification({ user, email, createdAt: ago(2 * DAY), expiresAt }, secret);
    await confirm(athlete, 'athlete@example.com', ago(DAY), 'old-secret-hash');
    const tomorrow = new Date(NOW.getTime() + DAY).toISOString();
    await confirm(coach, 'coach@example.com', tomorrow, 'live-secret-hash');

    let now = NOW;
    const lines: Record<string, unknown>[] = [];
    const stop = startRetention(
      { store, now: () => now, policy: TEST_POLICY },
      (l) => lines.push(l),
      50,
    );
    try {
      await expect.poll(() => lines.length).toBeGreaterThan(0);
      expect(lines[0]).toMatchObject({
        msg: 'retention',
        deleted: { sessions: 1, attempts: 3, invites: 2, verifications: 1 },
      });
      // The live link still confirms; the expired one is gone (so it confirms nothing).
      expect(await a.useVerification('old-secret-hash', NOW.toISOString())).toBeNull();
      expect(await a.emailVerifiedAt(athlete)).toBeNull();
      expect(await a.useVerification('live-secret-hash', NOW.toISOString())).toEqual({
        user: coach,
        email: 'coach@example.com',
      });
      expect(await a.emailVerifiedAt(coach)).toBe(NOW.toISOString());
      expect((await a.credentials(coach, 'session')).map((c) => c.id)).toEqual([live]);
      expect((await a.credentials(coach, 'token')).map((c) => c.id)).toEqual([token]);
      expect(expired).not.toBe(live);
      expect(await a.failures('ip:203.0.113.9', ago(DAY))).toBe(1);
      expect(await a.failures('signup:203.0.113.9', ago(2 * DAY))).toBe(0);
      expect(await a.failures(knownKey('coach@example.com', '198.51.100.1'), ago(99 * DAY))).toBe(
        0,
      );
      expect(await a.failures(knownKey('coach@example.com', '198.51.100.2'), ago(99 * DAY))).toBe(
        1,
      );
      expect((await a.links(coach, 'coach@example.com')).map((l) => l.id).sort()).toEqual(
        [fresh, active].sort(),
      );
      // A day later, on the timer, the session that was live has expired too.
      now = new Date(NOW.getTime() + 2 * DAY);
      await expect.poll(() => a.credentials(coach, 'session').then((s) => s.length)).toBe(0);
      expect((await a.credentials(coach, 'token')).map((c) => c.id)).toEqual([token]);
    } finally {
      stop();
    }
  });
});

/** Coach and athlete on every engine: invite, accept, read, assign a plan, revoke. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { Client, multiUserApp, type HttpApp } from './http.testkit.js';

describe.each(ENGINES)('coach and athlete on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let app: HttpApp;
  let coach: Client;
  let athlete: Client;
  let stranger: Client;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    app = multiUserApp(store);
    [coach, athlete, stranger] = [new Client(app), new Client(app), new Client(app)];
    await coach.enter('coach@example.com');
    await athlete.enter('athlete@example.com');
    await stranger.enter('stranger@example.com');
    await athlete.call('PUT', '/api/v1/profile', {
      units: 'kg',
      goal: 'glutes',
      working: { load: 60, reps: 12 },
      start: '2026-11-02',
    });
    await athlete.call('POST', '/api/v1/sets', {
      exercise: 'hip-thrust',
      date: '2026-11-02',
      sets: [{ load: { value: 60, unit: 'kg' }, reps: 12, clean: true }],
    });
  });

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('lets a coach see an athlete only after the athlete accepts, and never after revoking', async () => {
    const athleteId = athlete.user ?? '';
    const before = await coach.call('GET', `/api/v1/athletes/${athleteId}/sessions`);
    expect(before).toMatchObject({ status: 404, json: { title: 'not-found' } });

    const invite = await coach.call('POST', '/api/v1/coach/invites', {
      email: 'Athlete@Example.com',
    });
    expect(invite).toMatchObject({
      status: 201,
      json: { status: 'pending', athleteEmail: 'athlete@example.com' },
    });
    const id = invite.json.id as string;
    expect(
      (await coach.call('POST', '/api/v1/coach/invites', { email: 'athlete@example.com' })).json.id,
    ).toBe(id);
    expect((await coach.call('GET', `/api/v1/athletes/${athleteId}/stats`)).status).toBe(404);

    // Only the invited athlete can accept; the coach and a stranger cannot.
    expect((await stranger.call('POST', `/api/v1/coach/links/${id}/accept`)).status).toBe(404);
    expect((await coach.call('POST', `/api/v1/coach/links/${id}/accept`)).status).toBe(404);
    const seen = await athlete.call('GET', '/api/v1/coach/links');
    expect(seen.json.asAthlete).toEqual([
      expect.objectContaining({ id, coachEmail: 'coach@example.com', status: 'pending' }),
    ]);
    // Not before the athlete has confirmed the invited email.
    const early = await athlete.call('POST', `/api/v1/coach/links/${id}/accept`);
    expect(early.status).toBe(403);
    expect(early.json.detail).toMatch(/^Confirm your email \(athlete@example\.com\) first/);
    expect((await athlete.confirmEmail()).status).toBe(200);
    expect((await athlete.call('POST', `/api/v1/coach/links/${id}/accept`)).json).toMatchObject({
      status: 'active',
      athlete: athleteId,
    });

    const sessions = await coach.call('GET', `/api/v1/athletes/${athleteId}/sessions`);
    expect(sessions.status).toBe(200);
    expect(JSON.stringify(sessions.json)).toContain('"value":60');
    expect((await coach.call('GET', `/api/v1/athletes/${athleteId}/stats`)).status).toBe(200);
    expect((await stranger.call('GET', `/api/v1/athletes/${athleteId}/sessions`)).status).toBe(404);
    // The athlete cannot use the coach route on the coach.
    expect(
      (await athlete.call('GET', `/api/v1/athletes/${coach.user ?? ''}/sessions`)).status,
    ).toBe(404);

    const assigned = await coach.call('PUT', `/api/v1/athletes/${athleteId}/plan`, {
      sessionsPerWeek: 2,
      start: '2026-11-09',
    });
    expect(assigned.status).toBe(200);
    const plan = await athlete.call('GET', '/api/v1/plan');
    const assignedPlan = plan.json.plan as { start: string; weekdays: string[] };
    expect(assignedPlan.start).toBe('2026-11-09');
    expect(assignedPlan.weekdays).toEqual(['mon', 'thu']);

    expect((await athlete.call('DELETE', `/api/v1/coach/links/${id}`)).json).toMatchObject({
      status: 'revoked',
    });
    expect((await coach.call('GET', `/api/v1/athletes/${athleteId}/sessions`)).status).toBe(404);
    expect(
      (await coach.call('PUT', `/api/v1/athletes/${athleteId}/plan`, { goal: 'athletic' })).status,
    ).toBe(404);
    expect((await athlete.call('POST', `/api/v1/coach/links/${id}/accept`)).status).toBe(404);
  });

  it('refuses to coach yourself', async () => {
    const r = await coach.call('POST', '/api/v1/coach/invites', { email: 'coach@example.com' });
    expect(r).toMatchObject({ status: 422 });
    expect(r.json.errors).toEqual([expect.objectContaining({ field: 'email' })]);
  });
});

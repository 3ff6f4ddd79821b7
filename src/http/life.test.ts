/**
 * A year of a glutes lifter through the HTTP API, in process, on each engine (issue #12):
 * GET /api/v1/today for each plan day, POST /api/v1/sets with the track each set answers,
 * POST /api/v1/plans when GET /api/v1/today says the plan is over. The clock the use cases
 * see moves with the lifter, so "today" and "not in the future" are the lifter's days.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DomainFace,
  carries,
  completer,
  expectCarried,
  expectPlansFollow,
  lastBy,
  live,
  loadAt,
  summary,
  type Entry,
  type Face,
  type Life,
  type PlanView,
  type StatusView,
} from '../../test/life.testkit.js';
import type { Plan, Profile, Today } from '../domain/index.js';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store, UserId } from '../store/port.js';
import { createHttpApp } from './app.js';

const START = '2026-01-05'; // a Monday
const WEEKS = 52;
const HEAVY = 'barbell-hip-thrust/heavy';

/** The lifter's side of the API, in local mode (one lifter, no login). */
class HttpFace implements Face {
  requests = 0;
  private clock = new Date();
  private readonly app: ReturnType<typeof createHttpApp>;

  constructor(store: Store, user: UserId) {
    this.app = createHttpApp(
      { store, now: () => this.clock, newId: randomUUID },
      { kind: 'local', user },
      { log: () => {} },
    );
  }

  /** Noon on `date`, local time: the day the use cases take as today. */
  private on(date: string): void {
    const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
    this.clock = new Date(y, m - 1, d, 12);
  }

  async call<T>(date: string, method: string, path: string, body?: unknown): Promise<T> {
    this.on(date);
    this.requests++;
    const res = await this.app.request(path, {
      method,
      ...(body !== undefined && {
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      }),
    });
    const text = await res.text();
    if (res.status !== (method === 'GET' ? 200 : method === 'POST' ? 201 : 200))
      throw new Error(`${method} ${path} on ${date}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  }

  today(date: string): Promise<Today.Today> {
    return this.call(date, 'GET', `/api/v1/today?date=${date}`);
  }

  dayView(date: string, day: string): Promise<Today.Today> {
    return this.call(date, 'GET', `/api/v1/today?date=${day}`);
  }

  async log(date: string, e: Entry): Promise<void> {
    await this.call(date, 'POST', '/api/v1/sets', {
      exercise: e.exercise,
      date,
      sets: e.reps.map((reps) => ({
        load: e.load,
        reps,
        side: e.side,
        holdSeconds: e.holdSeconds,
        clean: e.clean,
        band: e.band,
        track: e.track,
      })),
    });
  }

  private async planOf(date: string) {
    return this.call<{ plan: Plan.Plan; done: string[]; plans: number; proposal: unknown }>(
      date,
      'GET',
      '/api/v1/plan',
    );
  }

  async plan(date: string): Promise<PlanView> {
    const r = await this.planOf(date);
    return { days: r.plan.days, proposal: r.proposal };
  }

  async newPlan(date: string): Promise<void> {
    await this.call(date, 'POST', '/api/v1/plans', {});
  }

  async status(date: string): Promise<StatusView> {
    const r = await this.planOf(date);
    return { start: r.plan.start, done: r.done.length, plans: r.plans };
  }
}

describe.each(ENGINES)('a year of a glutes lifter over HTTP on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let life: Life;
  let twin: Life;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const face = new HttpFace(store, await store.user('local'));
    const t0 = performance.now();
    const { profile } = await face.call<{ profile: Profile.Profile }>(
      START,
      'PUT',
      '/api/v1/profile',
      { units: 'lb', goal: 'glutes', sessionsPerWeek: 3, working: { load: 95, reps: 12 } },
    );
    life = await live(face, completer('lb'), { start: START, weeks: WEEKS });
    const seconds = (performance.now() - t0) / 1000;
    twin = await live(new DomainFace(profile, START), completer('lb'), {
      start: START,
      weeks: WEEKS,
    });
    console.log(
      `${engine.name}: ${summary(life, [1, 13, 26, 52])}\n${face.requests} requests in ${seconds.toFixed(1)} s`,
    );
  }, 30 * 60_000);

  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  it('trains every session, one plan after another, each starting with nothing done', () => {
    expect(life.trained).toHaveLength(WEEKS * 3);
    expectPlansFollow(life, 4);
  });

  it('starts every track of a new plan exactly where it ended', () => {
    expectCarried(life);
    for (const { plan, track, ended, started } of carries(life))
      expect([started?.load, started?.band, started?.reps], `${track}, plan ${plan}`).toEqual([
        ended.load,
        ended.band,
        ended.reps,
      ]);
  });

  it('adds at least 90% of the seed’s +90 lb to the heavy hip thrust in 26 weeks (R8)', () => {
    const first = loadAt(life, HEAVY, 1) ?? NaN;
    expect((lastBy(life, HEAVY, 26)?.load?.value ?? NaN) - first).toBeGreaterThanOrEqual(0.9 * 90);
  });

  it('is prescribed, session by session, what the domain prescribes for the same life', () => {
    expect(life.seen).toEqual(twin.seen);
  });
});

/**
 * The web app across plans and inside a session, in Chromium at a phone's 390 px against
 * the built `thrust serve`: a lifter whose plan has ended starts the next one from the Plan
 * screen; a session in progress shows what is logged against what it asks, next time's
 * prescription only once every set is in; the weaker side leads single-leg work (R5); a
 * session moved to a rest day stays on screen while it is trained, and its own day says
 * where it went. Screenshots go to test-artifacts/screens.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHere, phone, shoot, SHOTS } from './browser.testkit.js';
import { startServer, type Server } from './serve.testkit.js';

const here = chromiumHere('web-plan.e2e');

/** The API as a script calls it: JSON, and the session cookie and CSRF token once signed up. */
class Client {
  headers: Record<string, string> = { 'content-type': 'application/json' };
  cookie: { name: string; value: string } | null = null;
  constructor(readonly url: string) {}

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await fetch(`${this.url}${path}`, {
      method,
      headers: this.headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const json = (await r.json()) as T;
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  }

  async signUp(email: string): Promise<void> {
    const enter = (path: string) =>
      fetch(`${this.url}/api/v1/auth/${path}`, {
        method: 'POST',
        headers: this.headers,
        body: JSON.stringify({ email, password: 'a long enough password' }),
      });
    expect((await enter('signup')).status).toBe(202);
    const r = await enter('login');
    expect(r.status).toBe(200);
    const [name, value] = (r.headers.get('set-cookie') ?? '').split(';')[0]?.split('=') ?? [];
    if (!name || value === undefined) throw new Error('no session cookie');
    this.cookie = { name, value };
    const { csrf } = (await r.json()) as { csrf: string };
    this.headers = { ...this.headers, cookie: `${name}=${value}`, 'x-csrf-token': csrf };
  }
}

interface Prescription {
  sets: number;
  reps: number;
  holdSeconds: number;
  load: { value: number; unit: 'lb' | 'kg' } | null;
}
interface Item {
  slot: { track: string; role: string; exercise: string };
  exercise: { id: string };
  prescription: Prescription;
}
type TodayRead = { date: string; kind: string; items?: Item[] };

/** Log the main lift of the day on `date` exactly as prescribed, every set clean. */
async function trainAsPrescribed(api: Client, date: string): Promise<number> {
  const t = await api.call<TodayRead>('GET', `/api/v1/today?date=${date}`);
  const main = t.items?.find((i) => i.slot.role === 'main');
  if (!main?.prescription.load) throw new Error(`no loaded main lift on ${date}`);
  const p = main.prescription;
  await api.call('POST', '/api/v1/sets', {
    exercise: main.exercise.id,
    date,
    sets: Array.from({ length: p.sets }, () => ({
      load: p.load,
      reps: p.reps,
      clean: true,
      holdSeconds: p.holdSeconds || null,
      track: main.slot.track,
    })),
  });
  return p.load?.value ?? 0;
}

const loadIn = (text: string | null) => Number(/([\d.]+) lb/.exec(text ?? '')?.[1]);

describe.skipIf(!here)('a plan that has ended, on a multi-user server at 390 px', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-plan-'));
  let server: Server;
  let context: BrowserContext;
  let api: Client;
  /** The heaviest load the last plan asked of the main lift and the lifter lifted. */
  let lastLoad = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Mon 2 Nov 2026. The plan began 13 weeks earlier, Mon 3 Aug, and ended Fri 23 Oct.
    server = await startServer(['--multi-user'], {
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-02',
    });
    api = new Client(server.url);
    await api.signUp('lifter@example.com');
    await api.call('PUT', '/api/v1/profile', {
      units: 'lb',
      goal: 'glutes',
      sessionsPerWeek: 3,
      working: { load: 95, reps: 12 },
      start: '2026-08-03',
    });
    for (const date of ['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24'])
      lastLoad = Math.max(lastLoad, await trainAsPrescribed(api, date));
    context = await phone(dir);
    if (!api.cookie) throw new Error('not signed up');
    await context.addCookies([{ ...api.cookie, url: server.url }]);
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'says the plan is complete, starts the next from the Plan screen, and carries the load on',
    { timeout: 90_000 },
    async () => {
      expect(lastLoad).toBeGreaterThan(110);
      const before = await api.call<{ plans: number; done: string[]; proposal: unknown }>(
        'GET',
        '/api/v1/plan',
      );
      expect(before.plans).toBe(1);
      expect(before.done).toHaveLength(4);
      expect(before.proposal).not.toBeNull();

      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      await expect
        .poll(() => page.getByRole('heading', { name: 'Plan complete' }).isVisible(), {
          timeout: 10_000,
        })
        .toBe(true);
      await expect
        .poll(() => page.getByTestId('plan-over').textContent())
        .toMatch(/another 12 weeks of glutes first, 3 sessions a week/);
      await shoot(page, 'plan-over-today', 'screen');
      await page.getByRole('link', { name: 'See the next plan' }).click();

      const proposal = page.getByTestId('proposal');
      await expect.poll(() => proposal.isVisible()).toBe(true);
      expect(await page.getByTestId('plan-summary').textContent()).toBe('4 of 36 sessions done');
      expect(await page.getByText('✓ done').count()).toBe(4);
      await shoot(page, 'plan-proposal', 'screen');
      // The form to change the goal or week first, open, in its own screenshot.
      await proposal.getByText('Change goal or sessions a week first').click();
      await expect
        .poll(() =>
          proposal
            .getByRole('radio', { name: 'Fast, powerful hip extension (test what carries over)' })
            .isVisible(),
        )
        .toBe(true);
      await shoot(page, 'plan-proposal-form', proposal);

      await proposal.getByRole('button', { name: 'Start the next plan', exact: true }).click();
      await expect.poll(() => page.getByTestId('started').isVisible()).toBe(true);
      expect(await page.getByTestId('started').textContent()).toMatch(
        /^New plan started\. First session: Heavy hip thrust, Mon 2 Nov\./,
      );
      await expect
        .poll(() => page.getByTestId('plan-summary').textContent())
        .toMatch(/^Plan 2 · 0 of 36 sessions done · next: Heavy hip thrust, Mon 2 Nov$/);
      expect(await page.getByText('✓ done').count()).toBe(0);
      expect(await page.getByTestId('proposal').count()).toBe(0);
      const after = await api.call<{ plans: number; done: string[]; proposal: unknown }>(
        'GET',
        '/api/v1/plan',
      );
      expect(after).toMatchObject({ plans: 2, done: [], proposal: null });

      await page.getByRole('link', { name: 'Open Today' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Heavy hip thrust' }).isVisible())
        .toBe(true);
      const barbell = page.getByRole('article', { name: /Barbell hip thrust/ });
      const load = loadIn(await barbell.locator('.big').textContent());
      expect(load).toBeGreaterThanOrEqual(lastLoad);
      expect(await barbell.getByTestId(/^tally-/).textContent()).toBe('0 of 3 sets done');
      expect(await page.getByTestId('last-session').count()).toBe(0);
    },
  );

  it('starts a new plan early only once asked twice', { timeout: 60_000 }, async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.getByRole('link', { name: 'Plan' }).click();
    await page.locator('summary', { hasText: 'Start a new plan now' }).click();
    await page.getByLabel('Sessions a week').selectOption('2');
    await page.getByRole('button', { name: 'Start a new plan now' }).click();
    await expect
      .poll(() =>
        page
          .getByText('End this plan with 0 of 36 sessions done and start a new one today?')
          .isVisible(),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Keep this plan' }).click();
    expect((await api.call<{ plans: number }>('GET', '/api/v1/plan')).plans).toBe(2);
    await page.getByRole('button', { name: 'Start a new plan now' }).click();
    await page.getByRole('button', { name: 'Yes, start it' }).click();
    await expect
      .poll(() => page.getByTestId('plan-summary').textContent())
      .toMatch(/^Plan 3 · 0 of 24 sessions done/);
    expect(
      (await api.call<{ plans: number; plan: { weekdays: string[] } }>('GET', '/api/v1/plan')).plan
        .weekdays,
    ).toHaveLength(2);
  });
});

describe.skipIf(!here)('a session in progress, in local mode at 390 px', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-session-'));
  const env = (today: string) => ({
    HOME: dir,
    XDG_DATA_HOME: join(dir, 'data'),
    THRUST_TODAY: today,
  });
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let api: Client;

  type Stored = { exercise: string; track: string | null; warmup: boolean; side: string | null };
  const setsOn = async (date: string) =>
    (
      await api.call<{ sessions: { date: string; sets: Stored[] }[] }>(
        'GET',
        `/api/v1/sessions?since=${date}`,
      )
    ).sessions
      .filter((s) => s.date === date)
      .flatMap((s) => s.sets);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Mon 9 Nov: week 2's heavy day. The plan began Mon 2 Nov.
    server = await startServer([], env('2026-11-09'));
    api = new Client(server.url);
    await api.call('PUT', '/api/v1/profile', {
      units: 'lb',
      working: { load: 95, reps: 12 },
      start: '2026-11-02',
    });
    // Two sessions of single-leg work with the right side clearly behind (R5).
    for (const date of ['2026-11-02', '2026-11-04'])
      for (const [side, reps] of [
        ['left', 10],
        ['right', 7],
      ] as const)
        await api.call('POST', '/api/v1/sets', {
          exercise: 'single-leg-hip-thrust',
          date,
          sets: [1, 2].map(() => ({ load: { value: 0, unit: 'lb' }, reps, side, clean: true })),
        });
    context = await phone(dir);
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'shows logged sets against this session’s prescription, and next time’s only once all are in',
    { timeout: 90_000 },
    async () => {
      await page.goto(server.url);
      await expect
        .poll(() => page.getByRole('heading', { name: 'Heavy hip thrust' }).isVisible(), {
          timeout: 10_000,
        })
        .toBe(true);
      const barbell = page.getByRole('article', { name: /Barbell hip thrust/ });
      const tally = barbell.getByTestId('tally-barbell-hip-thrust-heavy');
      const big = barbell.locator('.big');
      const asked = await big.textContent();
      expect(asked).toMatch(/^3×\d+ · \d+ lb( · \d-s hold)?$/);
      const askedLoad = loadIn(asked);
      expect(await tally.textContent()).toBe('0 of 3 sets done');

      await barbell.getByRole('button', { name: 'Log set: Barbell hip thrust 1' }).click();
      await expect.poll(() => tally.textContent()).toBe('1 of 3 sets done');
      const rows = barbell.getByTestId('set-row');
      expect(await rows.nth(0).textContent()).toMatch(
        new RegExp(`^Set 1 · \\d+ × ${askedLoad} lb✓ logged$`),
      );
      expect(await rows.nth(1).textContent()).toMatch(/^Set 2 · \d+ × \d+ lbLog set$/);
      await expect.poll(() => page.getByTestId('sync').count(), { timeout: 10_000 }).toBe(0);
      // Read again from the server: still this session's prescription, not next time's.
      await page.reload();
      await expect.poll(() => tally.textContent()).toBe('1 of 3 sets done');
      expect(await big.textContent()).toBe(asked);
      expect(await barbell.getByTestId('after-barbell-hip-thrust-heavy').count()).toBe(0);
      await shoot(page, 'session-card-1-of-3', barbell);

      // Offline, a set waiting in the outbox counts as logged.
      await context.setOffline(true);
      await barbell.getByRole('button', { name: 'Log set: Barbell hip thrust 2' }).click();
      await expect.poll(() => tally.textContent()).toBe('2 of 3 sets done');
      expect(await page.getByTestId('sync').textContent()).toContain('1 set waiting');
      await context.setOffline(false);
      await expect.poll(() => page.getByTestId('sync').count(), { timeout: 20_000 }).toBe(0);
      expect(await barbell.getByTestId('after-barbell-hip-thrust-heavy').count()).toBe(0);

      await barbell.getByRole('button', { name: 'Log set: Barbell hip thrust 3' }).click();
      await expect.poll(() => tally.textContent()).toBe('✓ Done: all 3 sets');
      const after = barbell.getByTestId('after-barbell-hip-thrust-heavy');
      await expect.poll(() => after.isVisible(), { timeout: 10_000 }).toBe(true);
      const next = await after.textContent();
      expect(next).toMatch(/^Next time: 3×\d+ · \d+ lb/);
      expect(loadIn(next)).toBeGreaterThan(askedLoad);
      // The card still says what this session asked.
      expect(await big.textContent()).toBe(asked);
      await shoot(page, 'session-card-done', barbell);

      // Each set names the slot it answers.
      const stored = await setsOn('2026-11-09');
      expect(stored.filter((s) => s.exercise === 'barbell-hip-thrust').map((s) => s.track)).toEqual(
        ['barbell-hip-thrust/heavy', 'barbell-hip-thrust/heavy', 'barbell-hip-thrust/heavy'],
      );
    },
  );

  it('lists the weaker right side first, with its extra set, and marks a short set', async () => {
    const single = page.getByRole('article', { name: /Single-leg hip thrust/ });
    expect(await single.textContent()).toContain('start with the right side');
    const labels = async () =>
      (await single.getByTestId('set-row').allTextContents()).map((t) => t.split(' · ')[0]);
    const order = await labels();
    expect(order[0]).toBe('Right 1');
    expect(order[1]).toBe('Left 1');
    const perSide = order.filter((l) => l?.startsWith('Left')).length;
    expect(order.filter((l) => l?.startsWith('Right')).length).toBe(perSide + 1);
    expect(await single.getByTestId('set-row').last().textContent()).toContain(
      'extra set, weaker side',
    );
    const tally = single.getByTestId('tally-single-leg-hip-thrust');
    expect(await tally.textContent()).toBe(`0 of ${2 * perSide + 1} sets done`);

    // Two reps fewer than asked on the right: logged, and marked short.
    await single.getByText(/^Adjust .*: load, reps, form$/).click();
    const reps = Number(await single.getByRole('spinbutton', { name: 'Reps' }).inputValue());
    await single.getByRole('button', { name: 'Reps down' }).click();
    await single.getByRole('button', { name: 'Reps down' }).click();
    await single.getByRole('button', { name: 'Log set: Single-leg hip thrust right 1' }).click();
    await expect.poll(() => tally.textContent()).toBe(`1 of ${2 * perSide + 1} sets done`);
    expect(await single.getByTestId('set-row').first().textContent()).toBe(
      `Right 1 · ${reps - 2} × bodyweightshort: ${reps - 2} of ${reps} reps✓ logged`,
    );
    await shoot(page, 'session-single-leg', single);
    await expect.poll(() => page.getByTestId('sync').count(), { timeout: 10_000 }).toBe(0);
    const right = (await setsOn('2026-11-09')).filter((s) => s.side === 'right');
    expect(right.map((s) => s.track)).toEqual(['single-leg-hip-thrust']);
  });

  it(
    'keeps a session moved to a rest day on screen, and its own day says where it went',
    { timeout: 90_000 },
    async () => {
      // Tuesday, a rest day: train Wednesday's session today.
      await server.stop();
      server = await startServer([], env('2026-11-10'), server.port);
      await page.reload();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Rest day' }).isVisible())
        .toBe(true);
      await page.getByRole('button', { name: 'Train it today instead' }).click();
      const title = page.getByRole('heading', { level: 1 });
      await expect.poll(() => title.textContent()).not.toBe('Rest day');
      const session = await title.textContent();
      const main = page.locator('article.exercise').filter({ hasText: 'Barbell hip thrust' });
      const tally = main.getByTestId(/^tally-/);
      const of = /^0 of (\d+) sets done$/.exec((await tally.textContent()) ?? '')?.[1];
      expect(Number(of)).toBeGreaterThan(0);
      await main.getByRole('button', { name: 'Log set: Barbell hip thrust 1' }).click();
      await expect.poll(() => page.getByTestId('sync').count(), { timeout: 10_000 }).toBe(0);
      await expect.poll(() => tally.textContent()).toBe(`1 of ${of} sets done`);
      expect(await title.textContent()).toBe(session);
      await page.reload();
      await expect.poll(() => tally.textContent()).toBe(`1 of ${of} sets done`);
      expect(await title.textContent()).toBe(session);
      expect(
        await page.getByText('Moved: these sets are logged on Tue 10 Nov, today.').count(),
      ).toBe(1);

      // Wednesday: its session was done on Tuesday, so it is not offered again.
      await server.stop();
      server = await startServer([], env('2026-11-11'), server.port);
      await page.reload();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Rest day' }).isVisible())
        .toBe(true);
      expect(await page.getByTestId('done-on').textContent()).toBe(
        'Today’s session was done on Tue 10 Nov.',
      );
      await shoot(page, 'rest-done-on', 'screen');
    },
  );
});

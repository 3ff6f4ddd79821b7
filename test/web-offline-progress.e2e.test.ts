/**
 * Progress with no network (issue 16, item 11): the service worker caches the Progress
 * chunk on install, so a lifter who never opened Progress on this page load still gets its
 * charts offline from the last read; where the chunk cannot be had (no service worker, no
 * connection), the screen says so and opens once the connection is back, never blank. And
 * a lift switched quickly shows the lift last chosen, whatever order the answers come in.
 * Built app, phone-sized Chromium.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumHere, FLAGS } from './browser.testkit.js';
import { lifter, type Lifter } from './lifter.testkit.js';

/** Four sessions of 3 x 12 hip thrusts before the plan starts, 5 lb up each time. */
const HISTORY = ['2026-10-19', '2026-10-22', '2026-10-26', '2026-10-29'];

describe.skipIf(!chromiumHere('web-offline-progress.e2e.test.ts'))('Progress offline', () => {
  let l: Lifter;
  let browser: Browser | undefined;

  beforeAll(async () => {
    l = await lifter('offline-progress');
    for (const [i, date] of HISTORY.entries())
      await l.call('POST', '/api/v1/sets', {
        exercise: 'barbell-hip-thrust',
        date,
        sets: [1, 2, 3].map(() => ({
          load: { value: 95 + 5 * i, unit: 'lb' },
          reps: 12,
          clean: true,
        })),
      });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await l?.stop();
  });

  const chart = () => l.page.locator('#main figure.chart canvas').first();

  it('opens with its charts offline, its chunk cached by the service worker on install', async () => {
    const { page, context, server } = l;
    await page.goto(`${server.url}/#/today`);
    // Installed: the service worker has cached every file of the build, Progress's too.
    // (A string: the tests are compiled without the DOM's types.)
    const progressCached = () =>
      page.evaluate<boolean>(`(async () => {
        await navigator.serviceWorker.ready;
        for (const name of await caches.keys())
          for (const req of await (await caches.open(name)).keys())
            if (/\\/assets\\/Progress-[\\w-]+\\.js$/.test(req.url)) return true;
        return false;
      })()`);
    await expect.poll(progressCached, { timeout: 20_000 }).toBe(true);
    // Progress read once online, in a page that is then closed: its chunk is not in memory.
    await page.goto(`${server.url}/#/progress`);
    await expect.poll(() => chart().isVisible(), { timeout: 20_000 }).toBe(true);
    await page.goto(`${server.url}/#/today`);
    await expect.poll(() => l.barbell().isVisible(), { timeout: 20_000 }).toBe(true);

    await context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(() => l.barbell().isVisible(), { timeout: 20_000 }).toBe(true);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.getByRole('link', { name: 'Progress' }).click();
      await expect.poll(() => chart().isVisible(), { timeout: 20_000 }).toBe(true);
      expect(requested.some((u) => /\/assets\/Progress-/.test(u))).toBe(true);
      expect(await page.getByRole('heading', { name: 'Progress', level: 1 }).isVisible()).toBe(
        true,
      );
    } finally {
      await context.setOffline(false);
    }
  }, 90_000);

  it('says it cannot open, instead of a blank screen, when its chunk was never loaded, and opens once back online', async () => {
    // No service worker (as over plain HTTP on the local network): nothing is cached.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${l.server.url}/#/today`);
    await expect
      .poll(() => page.getByRole('article', { name: /^Barbell hip thrust/ }).isVisible(), {
        timeout: 20_000,
      })
      .toBe(true);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Progress' }).click();
    const notLoaded = page.getByTestId('not-loaded');
    await expect.poll(() => notLoaded.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await notLoaded.textContent()).toMatch(/^Progress could not be opened/);
    expect(await page.getByRole('heading', { name: 'Progress', level: 1 }).isVisible()).toBe(true);

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.locator('#main figure.chart canvas').first().isVisible(), {
        timeout: 20_000,
      })
      .toBe(true);
  }, 90_000);
  it('shows the lift last chosen when answers come back out of order', async () => {
    const { page, server } = l;
    await page.goto(`${server.url}/#/progress`);
    await expect.poll(() => chart().isVisible(), { timeout: 20_000 }).toBe(true);
    const prs = page.getByTestId('prs');
    expect(await prs.isVisible()).toBe(true);
    // The hip thrust's detail answers slowly; the squat's at once.
    await page.route('**/api/v1/stats/barbell-hip-thrust', async (r) => {
      await new Promise((done) => setTimeout(done, 1_500));
      await r.continue();
    });
    try {
      const lift = page.getByLabel('Exercise');
      await lift.selectOption('back-squat');
      await lift.selectOption('barbell-hip-thrust');
      await lift.selectOption('back-squat');
      await expect
        .poll(() => page.getByText('No work sets of this exercise yet.').isVisible())
        .toBe(true);
      // The hip thrust's late answer lands, and changes nothing.
      await new Promise((done) => setTimeout(done, 2_500));
      expect(await lift.inputValue()).toBe('back-squat');
      expect(await page.getByText('No work sets of this exercise yet.').isVisible()).toBe(true);
      expect(await prs.count()).toBe(0);
    } finally {
      await page.unroute('**/api/v1/stats/barbell-hip-thrust');
    }
  }, 60_000);
});

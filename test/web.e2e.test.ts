/**
 * The web app in a real browser (Debian's Chromium through playwright-core) at a phone's
 * 360 px, against the built `thrust serve`: a new lifter onboards and runs a whole session,
 * logs offline and syncs, imports a Strong file. axe-core checks every screen; a screenshot
 * of each is saved under test-artifacts/screens.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, chromiumHere, CHROMIUM, FLAGS, SHOTS } from './browser.testkit.js';
import { startServer, type Server } from './serve.testkit.js';

const here = chromiumHere('web.e2e');

async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  expect(await axe(page), `axe on ${name}`).toEqual([]);
}

describe.skipIf(!here)('the web app in Chromium at 360 px', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-'));
  const env = (today: string) => ({
    HOME: dir,
    XDG_DATA_HOME: join(dir, 'data'),
    THRUST_TODAY: today,
  });
  let server: Server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer([], env('2026-11-02'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      args: FLAGS,
      headless: true,
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const sets = async () => {
    const r = await fetch(`${server.url}/api/v1/sessions`);
    const body = (await r.json()) as {
      sessions: {
        date: string;
        sets: {
          id: string;
          exercise: string;
          reps: number;
          side: string | null;
          warmup: boolean;
          clean: boolean;
          holdSeconds: number | null;
          load: { value: number };
        }[];
      }[];
    };
    return body.sessions.flatMap((s) => s.sets.map((x) => ({ ...x, date: s.date })));
  };

  it(
    'onboards a new lifter, runs a whole session, and raises the next load as R8 says',
    { timeout: 90_000 },
    async () => {
      await page.goto(server.url);
      await expect
        .poll(() => page.getByRole('heading', { name: 'Set up your plan' }).isVisible())
        .toBe(true);
      await screen(page, '1-onboarding');
      // One to six sessions a week, as Settings and the CLI take them; three to start.
      const week = page.getByRole('group', { name: 'Sessions a week' });
      expect(await week.getByRole('radio').count()).toBe(6);
      expect(await week.getByRole('radio', { name: 'Three' }).isChecked()).toBe(true);

      await page.getByLabel('Load (lb)').fill('95');
      await page.getByLabel('Reps').fill('12');
      await page.getByLabel('Knee sleeves').uncheck();
      await page.getByRole('button', { name: 'Make my plan' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Heavy hip thrust' }).isVisible())
        .toBe(true);
      // The checklist holds what the lifter owns (R10). Knee sleeves are optional: without them
      // they are listed as optional, and nothing the session needs is missing.
      const gear = page.locator('details.card').filter({ hasText: 'Equipment' });
      // Closed by default, so the first set is above the fold: the lifter opens it.
      await gear.locator('summary').click();
      await expect
        .poll(() => gear.getByRole('checkbox', { name: /hip circle band/i }).isVisible())
        .toBe(true);
      expect(await gear.getByRole('checkbox', { name: /knee sleeves/i }).count()).toBe(0);
      expect(await gear.getByTestId('gear-optional').textContent()).toContain(
        'Knee sleeves · not in your kit',
      );
      expect(await page.getByTestId('not-owned').count()).toBe(0);
      await screen(page, '2-today');

      // Activation: the banded hip thrusts (R4).
      for (const n of [1, 2, 3])
        await page.getByRole('button', { name: `Log set: Banded hip thrust ${n}` }).click();
      // The barbell: the warm-up ramp, a timed top hold, then three sets of 10 (adjusted up from 6).
      const barbell = page.getByRole('article', { name: /Barbell hip thrust/ });
      await expect.poll(() => barbell.getByText('110 lb').first().isVisible()).toBe(true);
      for (const n of [1, 2, 3])
        await barbell.getByRole('button', { name: new RegExp(`^Log warm-up ${n}:`) }).click();
      // The top hold is timed for a whole set from one tap (test/web-floor.e2e.test.ts).
      await barbell.getByRole('button', { name: /^Top hold · \d+ × 2 s/ }).click();
      await expect
        .poll(() => barbell.getByTestId('holds').textContent(), { timeout: 5000 })
        .toMatch(/^Rep 1 of \d+$/);
      await barbell.getByRole('button', { name: 'Stop hold' }).click();
      await barbell.getByText(/^Adjust .*: load, reps, form$/).click();
      for (let i = 0; i < 4; i++) await barbell.getByRole('button', { name: 'Reps up' }).click();
      // For every set that remains, not the next one only.
      await barbell.getByRole('checkbox', { name: 'Apply to the remaining sets' }).check();
      for (const n of [1, 2, 3])
        await barbell.getByRole('button', { name: `Log set: Barbell hip thrust ${n}` }).click();
      await expect
        .poll(() => page.getByRole('timer', { name: 'Rest timer' }).isVisible())
        .toBe(true);
      // Single-leg work, side by side.
      for (const [side, n] of [
        ['left', 1],
        ['right', 1],
        ['left', 2],
        ['right', 2],
      ] as const)
        await page
          .getByRole('button', { name: `Log set: Single-leg hip thrust ${side} ${n}` })
          .click();
      await screen(page, '3-today-done');

      await expect.poll(async () => (await sets()).length, { timeout: 10_000 }).toBe(13);
      const stored = await sets();
      const work = stored.filter((s) => s.exercise === 'barbell-hip-thrust' && !s.warmup);
      expect(work.map((s) => [s.load.value, s.reps, s.clean, s.holdSeconds])).toEqual([
        [110, 10, true, 2],
        [110, 10, true, 2],
        [110, 10, true, 2],
      ]);
      expect(stored.filter((s) => s.warmup)).toHaveLength(3);
      expect(stored.filter((s) => s.side === 'left')).toHaveLength(2);
      expect(stored.filter((s) => s.side === 'right')).toHaveLength(2);

      // A week on, same server data: the next heavy day asks for 10 lb more.
      await server.stop();
      server = await startServer([], env('2026-11-09'), server.port);
      await page.reload();
      const next = page.getByRole('article', { name: /Barbell hip thrust/ });
      await expect.poll(() => next.locator('.big').textContent()).toContain('120 lb');
      expect(await next.locator('.why').textContent()).toMatch(
        /^\+10 lb: all 3 sets of 10 at 110 lb with clean form/,
      );
    },
  );

  it('keeps sets logged offline and stores each exactly once when the network returns', async () => {
    const before = (await sets()).length;
    // A lost answer: the server stores the set, the page never hears back, so it sends again.
    let dropped = 0;
    await page.route('**/api/v1/sets', async (route) => {
      if (dropped++ === 0) {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.getByRole('button', { name: 'Log set: Banded hip thrust 1' }).click();
    await expect.poll(() => page.getByTestId('sync').textContent()).toContain('1 set waiting');

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Log set: Banded hip thrust 2' }).click();
    await page.getByRole('button', { name: 'Log set: Banded hip thrust 3' }).click();
    await expect
      .poll(() => page.getByTestId('sync').textContent())
      .toContain('Offline · 3 sets waiting');
    await screen(page, '4-today-offline');
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('sync').count(), { timeout: 20_000 }).toBe(0);
    await page.unroute('**/api/v1/sets');

    // The installed app opens with no network at all: the service worker serves the page,
    // the page its last reads; a set logged now waits, then syncs.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    const heading = page.getByRole('heading', { name: 'Heavy hip thrust' });
    await expect.poll(() => heading.isVisible()).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => heading.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Log set: Barbell hip thrust 1' }).click();
    await expect
      .poll(() => page.getByTestId('sync').textContent())
      .toContain('Offline · 1 set waiting');
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('sync').count(), { timeout: 20_000 }).toBe(0);

    const after = await sets();
    const on = (exercise: string) =>
      after.filter((s) => s.date === '2026-11-09' && s.exercise === exercise);
    expect(on('banded-hip-thrust')).toHaveLength(3);
    expect(new Set(on('banded-hip-thrust').map((s) => s.id)).size).toBe(3);
    expect(on('barbell-hip-thrust')).toHaveLength(1);
    expect(after.length).toBe(before + 4);

    // A set the server refuses is not dropped in silence: the lifter is told why.
    const barbell = page.getByRole('article', { name: /Barbell hip thrust/ });
    await barbell.getByText(/^Adjust .*: load, reps, form$/).click();
    await barbell.getByRole('spinbutton', { name: 'Load (lb)' }).fill('2000');
    await barbell.getByRole('button', { name: 'Log set: Barbell hip thrust 2' }).click();
    await expect
      .poll(() => page.getByTestId('refused').textContent())
      .toMatch(/1 set was refused: .*over 1500 lb/);
    await page.getByTestId('refused').getByRole('button', { name: 'OK' }).click();
    expect((await sets()).length).toBe(before + 4);
  });

  it('shows the plan, progress and measure screens', async () => {
    await page.goto(`${server.url}/#/plan`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your plan' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('✓ done').count()).toBeGreaterThan(0);
    await screen(page, '5-plan');
    await page.getByRole('link', { name: 'Progress' }).click();
    await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThan(0);
    // PRs by what was lifted and by estimate, each estimate with its error band.
    await expect.poll(() => page.getByTestId('load-prs').textContent()).toMatch(/× \d+ lb/);
    expect(await page.getByTestId('e1rm-prs').textContent()).toMatch(
      /\(e1RM \d+(\.\d)? ± \d+(\.\d)? lb\)/,
    );
    expect(await page.getByTestId('prs').textContent()).toContain('about ±10%');
    await screen(page, '6-progress');
    await page.getByRole('link', { name: 'Measure' }).click();
    // A pound lifter's hips are in inches: a centimetre figure is refused, and the page says why.
    await page.getByLabel('Value').fill('98.5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByText(/not a plausible hip circumference/).isVisible())
      .toBe(true);
    await page.getByLabel('Value').fill('38.5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('cell', { name: /38\.5/ }).isVisible()).toBe(true);
    await screen(page, '7-measure');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('link', { name: 'Today' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: /hip thrust/i })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await screen(page, '7-today-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('imports a Strong export through the page, with a preview first', async () => {
    await page.getByRole('link', { name: 'Data' }).click();
    const csv = join(import.meta.dirname, 'fixtures', 'imports', 'strong-classic.csv');
    await page.getByLabel('Choose a CSV file').setInputFiles(csv);
    // Strong's classic export does not say its unit: the page asks in its own terms.
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/under "Weights in the file"/);
    expect(await alert.textContent()).not.toMatch(/--units/);
    // Choosing it runs the preview again, with no second pick of the file.
    await page.getByLabel('Weights in the file').selectOption('lb');
    const preview = page.getByTestId('preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const count = Number(/(\d+) sets/.exec((await preview.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(await page.getByTestId('preview-changes').textContent()).toBe(
      `${count} sets would be added, 0 already here.`,
    );
    await screen(page, '8-data-preview');
    const before = (await sets()).length;
    await page.getByRole('button', { name: `Import ${count} sets` }).click();
    await expect
      .poll(() => page.getByTestId('imported').textContent())
      .toBe(`Imported: ${count} sets added, 0 already here.`);
    expect((await sets()).length).toBe(before + count);
    // The same file picked again is read again, and the preview says nothing is new.
    await page.getByLabel('Choose a CSV file').setInputFiles(csv);
    await expect
      .poll(() => page.getByTestId('preview-changes').textContent())
      .toBe(`0 sets would be added, ${count} already here.`);
    const none = page.getByRole('button', { name: 'Nothing new to import' });
    expect(await none.isDisabled()).toBe(true);
    expect((await sets()).length).toBe(before + count);
  });
});

describe.skipIf(!here)('the web app on a multi-user server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-multi-'));
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // A Tuesday: with Mon/Wed/Fri sessions, a rest day.
    server = await startServer(['--multi-user'], {
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-03',
    });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      args: FLAGS,
      headless: true,
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs up, trains the next session on a rest day, and shows the coach view with an invitation', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Log in' }).isVisible()).toBe(true);
    await screen(page, '9-login');
    await page.getByRole('button', { name: 'New here? Make an account' }).click();
    await page.getByLabel('Email').fill('coach@example.com');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => page.getByText('use at least 10 characters').isVisible()).toBe(true);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign up' }).click();
    // Sign-up, then login: two password hashes at the server's full cost.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Set up your plan' }).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.getByLabel("Don't know: find it").check();
    await page.getByRole('button', { name: 'Make my plan' }).click();
    // A rest day; the lifter trains Wednesday's session today instead.
    await expect.poll(() => page.getByRole('heading', { name: 'Rest day' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Train it today instead' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Heavy hip thrust' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Log set: Banded hip thrust 1' }).click();
    const logged = () =>
      page.evaluate<unknown[]>(
        "fetch('/api/v1/sessions').then((r) => r.json()).then((b) => b.sessions.map((s) => [s.date, s.dayId, s.sets.length]))",
      );
    await expect.poll(logged).toEqual([['2026-11-03', 'w1d1', 1]]);

    await page.getByRole('link', { name: 'Coach' }).click();
    // The coach screen is reached from the header: its link there is marked, no tab is.
    await expect
      .poll(() => page.getByRole('link', { name: 'Coach' }).getAttribute('aria-current'))
      .toBe('page');
    expect(await page.locator('nav.tabs [aria-current]').count()).toBe(0);
    await page.getByLabel('Invite an athlete by email').fill('athlete@example.com');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect.poll(() => page.getByText('athlete@example.com · pending').isVisible()).toBe(true);
    await screen(page, '10-coach');
  });
});

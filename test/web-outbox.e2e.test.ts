/**
 * The outbox on a shared phone, in Chromium at 390 x 844 against a multi-user `thrust serve`:
 * a set waiting when one lifter logs out is never sent under the next lifter's account;
 * logging out asks whether to send the waiting sets now, keep them for this account, or
 * discard them. Screenshots go to test-artifacts/screens.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHere, phone, shoot, SHOTS } from './browser.testkit.js';
import { axeAll } from './axe-all.testkit.js';
import { account, PASSWORD } from './account.testkit.js';
import { startServer, type Server } from './serve.testkit.js';

const here = chromiumHere('web-outbox.e2e');
describe.skipIf(!here)('two accounts on one phone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-outbox-'));
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let ana: Awaited<ReturnType<typeof account>>;
  let ben: Awaited<ReturnType<typeof account>>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer(['--multi-user'], {
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-02',
    });
    ana = await account(server.url, 'ana@example.com');
    ben = await account(server.url, 'ben@example.com');
    context = await phone(dir);
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const logIn = async (email: string) => {
    await page.goto(server.url);
    await expect
      .poll(() => page.getByRole('button', { name: 'Log in' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole('button', { name: /^Log set: Barbell hip thrust/ })
            .first()
            .isVisible(),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
  };
  /** Log set 1 of the barbell while the server cannot be reached: it waits in the outbox. */
  const logUnsent = async () => {
    await page.route('**/api/v1/sets', (r) => r.abort());
    await page
      .getByRole('button', { name: /^Log set: Barbell hip thrust/ })
      .first()
      .click();
    await expect.poll(() => page.getByText('1 set waiting to sync').isVisible()).toBe(true);
  };
  const reachable = () => page.unroute('**/api/v1/sets');
  const dialog = () => page.getByRole('dialog', { name: /not sent yet/ });

  it('keeps a waiting set for its account: the next lifter never sends it', async () => {
    await logIn(ana.email);
    await logUnsent();
    // The header with its waiting badge and account links, and the tab bar, fit a 320 px
    // phone and a 390 px one at 200% zoom (195 px): nothing off the side, Log out in reach.
    for (const width of [320, 195]) {
      await page.setViewportSize({ width, height: 700 });
      // Whatever reaches past the right edge, named, so a failure says what to fix.
      const past = await page.evaluate<string[]>(
        `[...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > ${width} + 0.5)
          .map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent ?? '').slice(0, 30))`,
      );
      expect(past, `${width}`).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth'), `${width}`).toBe(width);
      const out = await page.getByRole('button', { name: 'Log out' }).boundingBox();
      expect((out?.x ?? Infinity) + (out?.width ?? 0), `${width}`).toBeLessThanOrEqual(width);
      const data = await page.getByRole('link', { name: 'Data' }).boundingBox();
      expect((data?.x ?? Infinity) + (data?.width ?? 0), `${width}`).toBeLessThanOrEqual(width);
    }
    await shoot(page, 'outbox-narrow', 'screen');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => dialog().isVisible()).toBe(true);
    expect(await dialog().textContent()).toContain('1 set not sent yet');
    await shoot(page, 'outbox-logout', 'screen');
    expect(await axeAll(page)).toEqual([]);
    await dialog().getByRole('button', { name: 'Keep them for this account' }).click();

    await reachable();
    await logIn(ben.email);
    // Ben's page has nothing waiting, shows none of Ana's sets, and sends none of them.
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    await new Promise((r) => setTimeout(r, 1000));
    expect(await ben.stored()).toBe(0);
    expect(await ana.stored()).toBe(0);
    expect(await page.getByText(/waiting to sync/).count()).toBe(0);
    expect(await page.getByTestId('tally-barbell-hip-thrust-heavy').textContent()).toMatch(/^0 of/);
    // Nothing of Ben's waits, so logging out asks nothing.
    await page.getByRole('button', { name: 'Log out' }).click();

    // Back in as Ana, her set goes to her log.
    await logIn(ana.email);
    await expect.poll(() => ana.stored()).toBe(1);
    expect(await ben.stored()).toBe(0);
  });

  it('discards waiting sets when asked, and sends them now when asked', async () => {
    await logUnsent();
    await page.getByRole('button', { name: 'Log out' }).click();
    await dialog().getByRole('button', { name: 'Discard them' }).click();
    await logIn(ana.email);
    await new Promise((r) => setTimeout(r, 500));
    expect(await ana.stored()).toBe(1);

    await logUnsent();
    await page.getByRole('button', { name: 'Log out' }).click();
    // Still unreachable: the dialog says so and stays.
    await dialog().getByRole('button', { name: 'Send now, then log out' }).click();
    await expect
      .poll(() => dialog().getByRole('status').textContent())
      .toMatch(/could not be sent/);
    await reachable();
    await dialog().getByRole('button', { name: 'Send now, then log out' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Log in' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(await ana.stored()).toBe(2);
    expect(await ben.stored()).toBe(0);
  });

  it('takes a set id the server holds with other values as refused, says so, and does not send it again', async () => {
    // A set the server already has under an id, with other values (logged last week, on
    // another device), so today's card still has sets to log.
    const taken = '00000000-0000-4000-8000-00000000a409';
    await ana.call('POST', '/api/v1/sets', {
      exercise: 'barbell-hip-thrust',
      date: '2026-10-30',
      sets: [{ id: taken, load: { value: 225, unit: 'lb' }, reps: 3, clean: true }],
    });
    const before = await ana.stored();
    // This page sends its next set under that id: the real server answers 409 `taken`.
    let sent = 0;
    await page.route('**/api/v1/sets', async (r) => {
      if (r.request().method() !== 'POST') return r.continue();
      sent++;
      const body = JSON.parse(r.request().postData() ?? '{}') as { sets: { id: string }[] };
      for (const x of body.sets) x.id = taken;
      await r.continue({ postData: JSON.stringify(body) });
    });
    try {
      await logIn(ana.email);
      await page
        .getByRole('button', { name: /^Log set: Barbell hip thrust/ })
        .first()
        .click();
      const refused = page.getByTestId('refused');
      await expect.poll(() => refused.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(await refused.textContent()).toMatch(
        /^1 set was refused: .*already logged on 2026-10-30 with other values/,
      );
      // Final: nothing waits to sync, and going back online sends nothing more.
      expect(await page.getByTestId('sync').count()).toBe(0);
      await page.evaluate('window.dispatchEvent(new Event("online"))');
      await new Promise((r) => setTimeout(r, 1_000));
      expect(sent).toBe(1);
      expect(await ana.stored()).toBe(before);
      await shoot(page, 'outbox-refused', 'screen');
    } finally {
      await page.unroute('**/api/v1/sets');
    }
  });

  it('logs out offline at once, and ends the session on the server when it can', async () => {
    await context.clearCookies();
    await logIn(ana.email);
    const who = () =>
      page.evaluate(async () => {
        const r = await fetch('/api/v1/auth/me');
        return ((await r.json()) as { account: { email: string } | null }).account?.email ?? null;
      });
    expect(await who()).toBe(ana.email);
    await context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Log out' }).click();
      // The next person on this phone sees the login screen, not Ana's training.
      await expect.poll(() => page.getByRole('button', { name: 'Log in' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: /^Log set:/ }).count()).toBe(0);
      // Logging in needs the server, and says so.
      await page.getByLabel('Email').fill(ben.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/No connection to the server: logging in needs it/);
      await shoot(page, 'outbox-logout-offline', 'screen');
    } finally {
      await context.setOffline(false);
    }
    // Back online, the logout the server had not heard is sent: Ana's session is over.
    await expect.poll(() => who(), { timeout: 10_000 }).toBe(null);
    await page.reload();
    await expect
      .poll(() => page.getByRole('button', { name: 'Log in' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
  });
});

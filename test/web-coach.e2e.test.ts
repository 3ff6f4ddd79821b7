/**
 * The coach screen in Chromium at a phone's 390 x 844 against a multi-user `thrust serve`:
 * an invitation says plainly that no email is sent and what someone with no account does;
 * an invited athlete confirms their email (the link from the server's log) before accepting;
 * an athlete who accepted shows each session's work sets with loads, reps and clean form,
 * and whether the prescription was met;
 * the coach assigns a plan and the athlete's plan is that one. axe at every impact.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, confirmationLink, confirmEmail, PASSWORD } from './account.testkit.js';
import { axeAll } from './axe-all.testkit.js';
import { chromiumHere, phone, shoot, SHOTS } from './browser.testkit.js';
import { startServer, type Server } from './serve.testkit.js';

const here = chromiumHere('web-coach.e2e');

describe.skipIf(!here)('a coach on a phone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-coach-'));
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let ana: Awaited<ReturnType<typeof account>>;
  let coach: Awaited<ReturnType<typeof account>>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer(['--multi-user'], {
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-02',
    });
    coach = await account(server.url, 'coach@example.com');
    // Ana's plan started a week ago: Mon, Wed and Fri of last week are planned and not done.
    ana = await account(server.url, 'ana@example.com', '2026-10-26');
    // Ana's Monday: two work sets at 110 lb, the second short and not clean.
    await ana.call('POST', '/api/v1/sets', {
      exercise: 'barbell-hip-thrust',
      date: '2026-11-02',
      sets: [
        { load: { value: 110, unit: 'lb' }, reps: 12, clean: true },
        { load: { value: 110, unit: 'lb' }, reps: 9, clean: false },
      ],
    });
    context = await phone(dir);
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('invites, saying no email is sent; sees an athlete’s sets with loads; assigns a plan', async () => {
    await page.goto(server.url);
    await page.getByLabel('Email').fill('coach@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('link', { name: 'Coach' }).click();

    // An address with no account: the page says what happens, the same as for anyone.
    const invite = page.getByLabel('Invite an athlete by email');
    await invite.fill('nobody@example.com');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect
      .poll(() => page.getByTestId('invited').textContent())
      .toBe(
        'Invited nobody@example.com. Thrust sends no email: tell them. They see the invitation on their Coach screen once they log in with this address; with no account yet, they sign up with it first. They accept it once they have confirmed the address. Until then, it shows as pending.',
      );
    await invite.fill('ana@example.com');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect.poll(() => page.getByText('ana@example.com').first().isVisible()).toBe(true);

    // Ana confirms her email and accepts; the coach opens her log.
    await confirmEmail(server, 'ana@example.com');
    const links = await ana.call<{ asAthlete: { id: string }[] }>('GET', '/api/v1/coach/links');
    await ana.call('POST', `/api/v1/coach/links/${links.asAthlete[0]?.id}/accept`);
    await page.reload();
    await page.getByRole('link', { name: 'Coach' }).click();
    await page.getByRole('button', { name: 'View' }).click();
    const log = page.getByTestId('athlete-sessions');
    const monday = log.locator(':scope > li').first();
    await expect
      .poll(() => monday.locator('ul').first().textContent())
      .toBe('Barbell hip thrust: 12 × 110 lb; 9 × 110 lb (form not clean)');
    expect(await monday.locator('strong').first().textContent()).toBe('Mon 2 Nov');
    // Whether the prescription was met, as Ana's own stats judge that Monday (R8).
    const judged = await ana.call<{
      tracks: {
        label: string;
        verdicts: { date: string; prescribed: string; met: boolean; shortfalls: string[] }[];
      }[];
    }>('GET', '/api/v1/stats');
    const verdict = judged.tracks
      .flatMap((t) => t.verdicts.map((v) => ({ ...v, label: t.label })))
      .find((v) => v.date === '2026-11-02');
    expect(verdict).toMatchObject({ met: false });
    expect(verdict?.shortfalls.join('; ')).toContain('form not clean');
    await expect
      .poll(() => monday.getByTestId('verdicts').textContent())
      .toBe(
        `${verdict?.label}: ${verdict?.prescribed} prescribed, not met (${verdict?.shortfalls.join('; ')})`,
      );

    // The header's links (Evidence, Settings, Coach, Log out) fit a phone, at 390 and 360 px.
    for (const width of [390, 360]) {
      await page.setViewportSize({ width, height: 844 });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        width,
      );
    }
    await page.setViewportSize({ width: 390, height: 844 });
    // What to look at: the sessions Ana missed, as her own stats count them.
    const own = await ana.call<{
      adherence: { total: { plannedSessions: number; doneSessions: number } };
    }>('GET', '/api/v1/stats');
    const missed = own.adherence.total.plannedSessions - own.adherence.total.doneSessions;
    expect(missed).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('flags').textContent())
      .toContain(`${missed} planned sessions not done`);
    expect(await page.getByTestId('adherence').textContent()).toMatch(
      new RegExp(
        `^${own.adherence.total.doneSessions} of ${own.adherence.total.plannedSessions} sessions`,
      ),
    );

    // A new plan: two sessions, Tuesday and Friday, from Tue 3 Nov.
    await page.getByLabel('Sessions a week').selectOption('2');
    await page.getByRole('checkbox', { name: 'Mon' }).uncheck();
    await page.getByRole('checkbox', { name: 'Thu' }).uncheck();
    await page.getByRole('checkbox', { name: 'Tue' }).check();
    await page.getByRole('checkbox', { name: 'Fri' }).check();
    await page.getByLabel('First day').fill('2026-11-03');
    await page.getByRole('button', { name: 'Assign the plan' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Plan assigned' }).textContent())
      .toBe(
        'Plan assigned: 2 sessions a week (tue, fri), first session Tue 3 Nov. Their log carries over.',
      );
    const plan = await ana.call<{ plan: { weekdays: string[]; days: { date: string }[] } }>(
      'GET',
      '/api/v1/plan',
    );
    expect(plan.plan.weekdays).toEqual(['tue', 'fri']);
    expect(plan.plan.days[0]?.date).toBe('2026-11-03');

    // Four weekdays for two sessions: the API's words under the weekdays.
    await page.getByRole('checkbox', { name: 'Sat' }).check();
    await page.getByRole('button', { name: 'Assign the plan' }).click();
    await expect
      .poll(() => page.locator('fieldset.days .error').textContent())
      .toBe('give 2 different weekdays (e.g. mon,thu), one per session');

    await shoot(page, 'coach-athlete', 'page', '.tabs { visibility: hidden; }');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeAll(page), `axe on Coach (${scheme})`).toEqual([]);
    }
  });

  it(
    'tells an invited athlete on every screen, until they answer on Coach',
    { timeout: 60_000 },
    async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await account(server.url, 'ben@example.com');
      await coach.call('POST', '/api/v1/coach/invites', { email: 'ben@example.com' });
      await page.getByRole('button', { name: 'Log out' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Log in' }).isVisible()).toBe(true);
      await page.getByLabel('Email', { exact: true }).fill('ben@example.com');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in', exact: true }).click();
      // The coach logged out on Coach, where an invitation is answered: Today shows the notice.
      // Logging in hashes a password at the server's full cost: on a busy machine, seconds.
      await page.getByRole('link', { name: 'Today', exact: true }).click({ timeout: 30_000 });
      const notice = page.getByRole('complementary', { name: 'Invitations' });
      await expect
        .poll(() => notice.textContent())
        .toBe(
          'coach@example.com wants to coach you: they would see your log and could assign your plan. Accept or decline',
        );
      await expect.poll(() => page.locator('#main h1').isVisible()).toBe(true);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeAll(page), `axe on Today with an invitation (${scheme})`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('link', { name: 'Measure', exact: true }).click();
      expect(await notice.isVisible()).toBe(true);

      await notice.getByRole('link', { name: 'Accept or decline' }).click();
      // Not before Ben has confirmed his email: Coach says so, and accepting says why not.
      const confirm = page.getByRole('complementary', { name: 'Confirm your email' });
      await expect.poll(() => confirm.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Accept' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/^Confirm your email \(ben@example\.com\) first/);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeAll(page), `axe on Coach, email to confirm (${scheme})`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      // The link from the server's log, opened in the browser, then back to Coach.
      await page.goto(confirmationLink(server, 'ben@example.com'));
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Email confirmed');
      await page.getByRole('link', { name: 'Open Thrust' }).click();
      await page.getByRole('link', { name: 'Coach' }).click({ timeout: 30_000 });
      await expect.poll(() => page.getByRole('button', { name: 'Accept' }).isVisible()).toBe(true);
      expect(await confirm.count()).toBe(0);
      await page.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => page.getByText('sees your log').isVisible()).toBe(true);
      expect(await notice.count()).toBe(0);
      await page.getByRole('link', { name: 'Today', exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      expect(await notice.count()).toBe(0);
    },
  );
});

/**
 * The evidence in the web app, in Chromium at a phone's 390 px against the built
 * `thrust serve` on a temporary SQLite database: the Evidence page says what research says
 * and where it disagrees with the seed; an exercise card's Evidence sheet says where each
 * of its numbers comes from; and after a session felt in the hamstrings, the next session's
 * hip thrust card leads with where to put the feet, in view. Screenshots go to
 * test-artifacts/screens.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHere, phone, shoot, SHOTS } from './browser.testkit.js';
import { startServer, type Server } from './serve.testkit.js';

const here = chromiumHere('web-evidence.e2e');

async function call<T = unknown>(url: string, method: string, path: string, body?: unknown) {
  const r = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const json = (await r.json()) as T;
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

describe.skipIf(!here)('evidence in the web app, local mode at 390 px', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-evidence-'));
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
    // Mon 2 Nov 2026, the plan's first day: heavy hip thrusts.
    server = await startServer([], env('2026-11-02'));
    await call(server.url, 'PUT', '/api/v1/profile', {
      units: 'lb',
      goal: 'glutes',
      working: { load: 95, reps: 12 },
      start: '2026-11-02',
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

  it('says what research says, and first where it disagrees with the seed', async () => {
    await page.goto(server.url);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Heavy hip thrust' }).isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.getByRole('link', { name: 'Evidence' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'What research says', level: 1 }).isVisible())
      .toBe(true);
    expect(await page.title()).toBe('Evidence · Thrust');
    await shoot(page, 'evidence-page', 'screen');

    const disagree = page.getByTestId('disagreements');
    expect(await disagree.locator('li').count()).toBe(11);
    const text = (await disagree.textContent()) ?? '';
    expect(text).toContain('Hip thrusts and squats grew the glutes about equally (Plotkin 2023)');
    expect(text).toContain('Feet too close and feet too far both shift the work to the hamstrings');
    expect(text).toContain('No transfer to jumping (Lin 2026');
    expect(text).toContain('no study supports a calendar wait');

    // Sprint and jump: what the athletic goal does, and what is known.
    const transfer = page.getByTestId('topic-transfer');
    expect(await transfer.textContent()).toMatch(/no transfer to jumping/);
    expect(await transfer.textContent()).toMatch(/see for yourself/);
    await transfer
      .getByText(/^Sources: R11, Lin 2026/)
      .first()
      .click();
    expect(await transfer.textContent()).toContain('PeerJ 2026');

    await shoot(page, 'evidence-disagreements', disagree);
    await shoot(page, 'evidence-transfer', transfer);
  });

  it('says on a card where each of its numbers comes from', async () => {
    await page.getByRole('link', { name: 'Today' }).click();
    const barbell = page.getByRole('article', { name: /Barbell hip thrust/ });
    await expect.poll(() => barbell.isVisible()).toBe(true);
    const sheet = barbell.getByTestId('evidence-barbell-hip-thrust-heavy');
    await sheet.getByText('Evidence: why these numbers').click();
    const body = (await sheet.textContent()) ?? '';
    // Sets and reps from the seed's heavy days, effort from the studies, the start from an
    // e1RM formula (95 x 12 is outside 6-10), and the step and pace with their sources.
    expect(body).toContain("the seed's heavy days, 3-4 sets of 6-10");
    expect(body).toContain('R2 (seed rule)');
    expect(body).toContain('Schoenfeld 2017');
    expect(body).toMatch(/estimated from your recent 95 lb x 12 \(Epley e1RM 133 lb, Epley 1985/);
    expect(body).toContain('no formula is validated on the hip thrust');
    expect(body).toMatch(/Increases wait for the seed's pace, 5-10 lb every 2-3 weeks/);
    expect(body).toContain('ACSM 2009');
    await shoot(page, 'evidence-card-sheet', barbell);
  });

  it(
    'leads the next hip thrust card with the feet after a session felt in the hamstrings',
    { timeout: 90_000 },
    async () => {
      const barbell = page.getByRole('article', { name: /Barbell hip thrust/ });
      expect(await barbell.getByTestId(/^foot-cue-/).count()).toBe(0);
      await barbell.getByText(/^Adjust .*: load, reps, form$/).click();
      await barbell.getByRole('combobox', { name: 'Felt it in' }).selectOption('hamstrings');
      // An adjustment is for the next set unless the lifter says it is for all that remain.
      await barbell.getByRole('checkbox', { name: 'Apply to the remaining sets' }).check();
      for (const n of [1, 2, 3])
        await barbell.getByRole('button', { name: `Log set: Barbell hip thrust ${n}` }).click();
      await expect
        .poll(() => barbell.getByTestId(/^tally-/).textContent())
        .toBe('✓ Done: all 3 sets');
      await expect.poll(() => page.getByTestId('sync').count(), { timeout: 10_000 }).toBe(0);

      // Wednesday: the next session.
      await server.stop();
      server = await startServer([], env('2026-11-04'), server.port);
      await page.reload();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Hip thrust volume' }).isVisible())
        .toBe(true);
      const next = page.getByRole('article', { name: /Barbell hip thrust/ });
      const cue = next.getByTestId('foot-cue-barbell-hip-thrust-volume');
      await expect.poll(() => cue.isVisible()).toBe(true);
      expect(await cue.textContent()).toBe(
        'Feet first: Felt it in the hamstrings on 3 of 3 noted sets last time: bring your feet a little closer to your hips, shins vertical at the top (practitioner guidance, R7).',
      );
      // First on the card: above the prescription, not inside the collapsed cues.
      const cueBox = await cue.boundingBox();
      const bigBox = await next.locator('.big').boundingBox();
      expect(cueBox?.y ?? Infinity).toBeLessThan(bigBox?.y ?? -Infinity);
      expect(await next.locator('details.cues [data-testid^="foot-cue-"]').count()).toBe(0);
      await cue.scrollIntoViewIfNeeded();
      await shoot(page, 'evidence-foot-cue-card', next);
    },
  );
});

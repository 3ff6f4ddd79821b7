/**
 * A lifter with no barbell sets up on the phone: the setup asks what is here instead of
 * assuming a full gym, and a lifter whose load is bands gets work that is harder than the
 * banded warm-up before it, the band named wherever a prescription is shown.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHere, phone, shoot, SHOTS } from './browser.testkit.js';
import { startServer, type Server } from './serve.testkit.js';

const here = chromiumHere('web-bands.e2e');
describe.skipIf(!here)('a lifter with bands and no barbell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thrust-web-bands-'));
  let server: Server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // A Monday: the plan's heavy day.
    server = await startServer([], {
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      THRUST_TODAY: '2026-11-02',
    });
    context = await phone(dir);
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is asked what is here, and works harder than the warm-up', async () => {
    await page.goto(server.url);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Set up your plan' }).isVisible())
      .toBe(true);
    await page.getByLabel('No: bands or dumbbells').check();
    const dumbbells = page.getByRole('group', { name: 'Dumbbells' });
    expect(await dumbbells.getByRole('radio', { name: 'No' }).isChecked()).toBe(true);
    const bands = page.getByRole('group', { name: 'Hip circle bands' });
    await bands.getByLabel('Heavy').uncheck();
    // In light and dark, each checked by axe.
    await shoot(page, 'bands-onboarding', 'page');
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Heavy hip thrust' }).isVisible())
      .toBe(true);

    // What was said is what was kept: no dumbbells, no cable, the two bands.
    const profile = await page.evaluate<{
      inventory: { dumbbells: unknown; cable: boolean; bands: string[] };
    }>("fetch('/api/v1/profile').then((r) => r.json())");
    expect(profile.inventory).toMatchObject({ dumbbells: null, cable: false });
    expect(profile.inventory.bands).toEqual(['light', 'medium']);

    // The warm-up takes the light band for 15; the work the medium one, for more reps.
    const cards = page.getByRole('article', { name: /Banded hip thrust/ });
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(0).locator('p.big').textContent()).toMatch(/^3×15 · light band/);
    expect(await cards.nth(1).locator('p.big').textContent()).toMatch(/^3×20 · medium band/);
    // The next session names its band too, never "bodyweight".
    const next = page.getByTestId('next-banded-hip-thrust');
    expect(await next.textContent()).toMatch(/3×20 at medium band/);
    await shoot(page, 'bands-today', 'screen');
  });
});

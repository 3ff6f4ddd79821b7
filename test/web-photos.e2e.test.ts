/**
 * Measure's dates and photos in Chromium at a phone's 390 x 844 against the built
 * `thrust serve`: a measurement dated in the past is stored on that day and a future one is
 * refused under the date field; photos are added for chosen days, two chosen months are
 * shown side by side, and a photo is removed (with its file) after a second tap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeAll } from './axe-all.testkit.js';
import { chromiumHere, shoot } from './browser.testkit.js';
import { lifter, type Lifter } from './lifter.testkit.js';

const here = chromiumHere('web-photos.e2e');
const HIDE_TABS = '.tabs { visibility: hidden; }';
/** A 1 x 1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface StoredPhoto {
  id: string;
  date: string;
  file: string | null;
}

describe.skipIf(!here)('measure: dates and photos at 390 px', () => {
  let l: Lifter;
  beforeAll(async () => {
    l = await lifter('photos');
    l.page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(() => l?.stop());
  const photos = async () =>
    (await l.call<{ photos: StoredPhoto[] }>('GET', '/api/v1/photos')).photos;

  it('stores a measurement on the day given, and refuses a future day under the date field', async () => {
    const { page } = l;
    await page.goto(`${l.server.url}/#/measure`);
    await page.getByLabel('Value (in)').fill('38.5');
    await page.getByLabel('Date', { exact: true }).fill('2026-10-15');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () =>
        (
          await l.call<{ measurements: { date: string; value: number }[] }>(
            'GET',
            '/api/v1/measurements',
          )
        ).measurements.map((m) => [m.date, m.value]),
      )
      .toEqual([['2026-10-15', 38.5]]);

    // The day after today (Mon 2 Nov): the API's words, under the date.
    const r = await fetch(`${l.server.url}/api/v1/measurements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: 38, date: '2026-11-03' }),
    });
    const problem = (await r.json()) as { errors: { field: string; message: string }[] };
    expect(r.status).toBe(422);
    expect(problem.errors[0]?.field).toBe('date');
    await page.getByLabel('Value (in)').fill('38');
    await page.getByLabel('Date', { exact: true }).fill('2026-11-03');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const error = page.locator('.field').filter({ has: page.getByLabel('Date', { exact: true }) });
    await expect
      .poll(() => error.locator('.error').textContent())
      .toBe(problem.errors[0]?.message.replace(/^date: /, ''));
    expect(
      (await l.call<{ measurements: unknown[] }>('GET', '/api/v1/measurements')).measurements,
    ).toHaveLength(1);
  });

  it('adds photos for chosen days, puts two chosen months side by side, and removes one', async () => {
    const { page } = l;
    const upload = page.locator('label.upload input[type=file]');
    for (const date of ['2026-09-05', '2026-10-03', '2026-11-02']) {
      await page.getByLabel('Photo date').fill(date);
      const before = (await photos()).length;
      await upload.setInputFiles({ name: `${date}.png`, mimeType: 'image/png', buffer: PNG });
      await expect.poll(async () => (await photos()).length).toBe(before + 1);
    }
    expect((await photos()).map((p) => p.date)).toEqual(['2026-09-05', '2026-10-03', '2026-11-02']);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Added the photo' }).textContent())
      .toBe('Added the photo of Mon 2 Nov.');

    // By default the first month beside the last; the lifter picks October for the left.
    const pair = page.getByTestId('side-by-side');
    await expect
      .poll(() => pair.locator('figcaption').allTextContents())
      .toEqual(['Sep 2026', 'Nov 2026']);
    await expect
      .poll(() => page.getByLabel('Left month').locator('option').allTextContents())
      .toEqual(['Sep 2026', 'Oct 2026', 'Nov 2026']);
    await page.getByLabel('Left month').selectOption({ label: 'Oct 2026' });
    await expect
      .poll(() => pair.locator('figcaption').allTextContents())
      .toEqual(['Oct 2026', 'Nov 2026']);
    const [a, b] = await Promise.all(
      ['Progress photo, Sat 3 Oct', 'Progress photo, Mon 2 Nov'].map((alt) =>
        pair.getByRole('img', { name: alt }).boundingBox(),
      ),
    );
    // Side by side: the same height on the screen, October on the left, both on the phone.
    expect(a && b && Math.abs(a.y - b.y)).toBeLessThan(1);
    expect(a && b && a.x + a.width <= b.x).toBe(true);
    expect(b && b.x + b.width).toBeLessThanOrEqual(390);
    // The images really load from the server.
    await expect
      .poll(() =>
        page.evaluate<number>(
          `document.querySelector('[data-testid=side-by-side] img[alt="Progress photo, Mon 2 Nov"]').naturalWidth`,
        ),
      )
      .toBe(1);
    await shoot(page, 'measure-photos', page.locator('section[aria-labelledby=p-h]'), HIDE_TABS);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeAll(page), `axe on Measure with photos (${scheme})`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // Remove September's: a second tap removes it; its file is gone too.
    const sept = (await photos())[0];
    await page.getByRole('button', { name: 'Remove the photo of Sat 5 Sep' }).click();
    expect((await photos()).length).toBe(3);
    await page.getByRole('button', { name: 'Remove it' }).click();
    await expect
      .poll(async () => (await photos()).map((p) => p.date))
      .toEqual(['2026-10-03', '2026-11-02']);
    expect((await fetch(`${l.server.url}/api/v1/photos/${sept?.id}/file`)).status).toBe(404);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Removed' }).textContent())
      .toBe('Removed the photo of Sat 5 Sep.');
    await expect
      .poll(() => page.getByLabel('Left month').locator('option').allTextContents())
      .toEqual(['Oct 2026', 'Nov 2026']);
  });
});

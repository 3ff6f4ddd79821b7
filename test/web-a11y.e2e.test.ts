/**
 * Accessibility and layout of the frame and of Today in Chromium at a phone's size against
 * the built `thrust serve`: the plates per side are a named list (no label on a paragraph);
 * the tab bar's icons are hidden from assistive technology, its names kept and apart at
 * 360 px; a screen reached from the header marks its link, not a tab; focus is never hidden
 * under the fixed bars on Settings; axe finds nothing at any impact on Today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeAll } from './axe-all.testkit.js';
import { chromiumHere } from './browser.testkit.js';
import { hiddenFocus } from './focus.testkit.js';
import { lifter, type Lifter } from './lifter.testkit.js';

const here = chromiumHere('web-a11y.e2e');
const NAMES = ['Today', 'Plan', 'Progress', 'Measure', 'Data'];

describe.skipIf(!here)('the frame and Today, at 390 and 360 px', () => {
  let l: Lifter;
  beforeAll(async () => {
    l = await lifter('a11y');
    l.page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(() => l?.stop());

  it('names the plates per side as a list, with no label on a paragraph; axe at every impact', async () => {
    const { page } = l;
    await l.today();
    const plates = l.barbell().getByRole('list', { name: 'Plates per side (lb)' });
    expect(await plates.getByRole('listitem').count()).toBeGreaterThan(0);
    // What the list says loads the bar to the prescribed load: 45 lb and each plate twice.
    const perSide = (await plates.getByRole('listitem').allTextContents()).map(Number);
    const big = (await l.barbell().locator('p.big').first().textContent()) ?? '';
    expect(45 + 2 * perSide.reduce((a, b) => a + b, 0)).toBe(Number(/([\d.]+) lb/.exec(big)?.[1]));
    expect(await page.locator('p[aria-label]').count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeAll(page), `axe on Today (${scheme})`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows an icon over each tab name, hidden from screen readers, the names apart at 360 px', async () => {
    const { page } = l;
    const tabs = page.getByRole('navigation', { name: 'Screens' });
    for (const name of NAMES) {
      const link = tabs.getByRole('link', { name, exact: true });
      expect(await link.locator('svg').getAttribute('aria-hidden')).toBe('true');
      expect(await link.textContent()).toBe(name);
    }
    for (const width of [390, 360]) {
      await page.setViewportSize({ width, height: 780 });
      const boxes = await Promise.all(
        NAMES.map((name) =>
          tabs.getByRole('link', { name, exact: true }).locator('span').boundingBox(),
        ),
      );
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1], boxes[i]];
        // At least 8 px of air between one name and the next.
        expect(
          a && b && b.x - (a.x + a.width),
          `${NAMES[i - 1]} | ${NAMES[i]} at ${width}`,
        ).toBeGreaterThanOrEqual(8);
      }
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        width,
      );
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('marks a header screen in the header, not as a tab; focus stays clear of the bars on Settings', async () => {
    const { page } = l;
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect.poll(() => page.getByLabel('Bar (lb)').isVisible()).toBe(true);
    expect(await page.locator('nav.tabs [aria-current]').count()).toBe(0);
    expect(await page.locator('header [aria-current=page]').textContent()).toBe('Settings');
    await page.getByRole('link', { name: 'Evidence', exact: true }).click();
    await expect
      .poll(() => page.locator('header [aria-current=page]').textContent())
      .toBe('Evidence');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect.poll(() => page.getByLabel('Bar (lb)').isVisible()).toBe(true);
    const { seen, hidden } = await hiddenFocus(page);
    expect(seen).toBeGreaterThan(40);
    expect(hidden).toEqual([]);
  });
});

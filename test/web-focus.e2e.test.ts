/**
 * Keyboard and focus on Today, in Chromium at a phone's 390 x 844 against the built
 * `thrust serve`: focus is never hidden under the header, the tab bar or the rest timer on
 * any focusable element; a skip link; a screen change focuses its heading; control borders
 * at 3:1; after an exercise's last set, focus goes to its undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHere } from './browser.testkit.js';
import { hiddenFocus } from './focus.testkit.js';
import { focused, lifter, type Lifter } from './lifter.testkit.js';

const here = chromiumHere('web-focus.e2e');

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe.skipIf(!here)('keyboard and focus on Today at 390 px', () => {
  let l: Lifter;
  beforeAll(async () => {
    l = await lifter('focus');
  }, 60_000);
  afterAll(() => l?.stop());

  it('never leaves focus hidden under the tab bar or the header, on every focusable element of Today', async () => {
    const { page } = l;
    await l.today();
    // A rest running makes the covered strip at the bottom taller: check with it showing.
    await page.getByRole('button', { name: 'Log set: Banded hip thrust 1' }).click();
    await expect.poll(() => page.getByRole('timer').isVisible()).toBe(true);
    const { seen, hidden } = await hiddenFocus(page);
    expect(seen).toBeGreaterThan(20);
    expect(hidden).toEqual([]);
  });

  it('has a skip link, moves focus to the new heading on a screen change, and borders at 3:1', async () => {
    const { page } = l;
    await page.reload();
    await expect.poll(() => l.barbell().isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>('document.activeElement.tagName')).toBe('H1');
    expect(page.url()).toMatch(/#\/today$/);

    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await expect
      .poll(() =>
        page.evaluate<string>(
          'document.activeElement.tagName + ":" + document.activeElement.textContent',
        ),
      )
      .toMatch(/^H1:/);
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect
      .poll(() => page.evaluate<string>('document.activeElement.tagName'), { timeout: 10_000 })
      .toBe('H1');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const [input, button, card, bg] = await page.evaluate<string[]>(`(() => {
        const css = (q, p) => getComputedStyle(document.querySelector(q))[p];
        return [
          css('.stepper input', 'borderTopColor'),
          css('.hold button.secondary', 'borderTopColor'),
          css('.card', 'backgroundColor'),
          css('body', 'backgroundColor'),
        ];
      })()`);
      for (const edge of [input, button])
        for (const behind of [card, bg])
          expect(
            contrast(edge ?? '', behind ?? ''),
            `${scheme}: ${edge} on ${behind}`,
          ).toBeGreaterThanOrEqual(3);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('after the last set of an exercise, focus goes to its undo, not the page', async () => {
    const { page } = l;
    const banded = page.getByRole('article', { name: /^Banded hip thrust/ });
    for (const n of [2, 3]) {
      const b = banded.getByRole('button', { name: `Log set: Banded hip thrust ${n}` });
      await b.focus();
      await page.keyboard.press('Enter');
      if (n === 2) await expect.poll(() => focused(page)).toBe('Log set: Banded hip thrust 3');
    }
    await expect.poll(() => focused(page)).toMatch(/^Undo: Logged Set 3/);
  });
});

/**
 * Focus under the fixed parts of the page (WCAG 2.4.11): Tab through a screen from the top
 * and name each focused element that sits, even partly, under the sticky header or under
 * the tab bar and rest timer fixed at the foot.
 */
import type { Page } from 'playwright-core';

interface At {
  name: string;
  top: number;
  bottom: number;
  chrome: boolean;
  covered: [number, number];
}

/** Tab from the top of the page until the tab bar's `last` link; how many stops, which hidden. */
export async function hiddenFocus(
  page: Page,
  last = 'Data',
): Promise<{ seen: number; hidden: string[] }> {
  await page.evaluate('window.scrollTo(0, 0); document.activeElement?.blur()');
  const hidden: string[] = [];
  let seen = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate<At | null>(`(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const r = e.getBoundingClientRect();
      const top = document.querySelector('header.top').getBoundingClientRect().bottom;
      const covers = [...document.querySelectorAll('nav.tabs, .rest')].map((x) => x.getBoundingClientRect().top);
      return {
        name: (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 60),
        top: r.top, bottom: r.bottom,
        chrome: !!e.closest('header.top, nav.tabs, .rest, .skip'),
        covered: [top, Math.min(...covers)],
      };
    })()`);
    if (!at) break;
    seen++;
    if (!at.chrome && (at.top < at.covered[0] - 1 || at.bottom > at.covered[1] + 1))
      hidden.push(`${at.name} at ${Math.round(at.top)}-${Math.round(at.bottom)}`);
    if (at.chrome && at.name === last) break;
  }
  return { seen, hidden };
}

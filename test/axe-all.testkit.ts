/** axe at every impact: the browser kit's axe() keeps only serious and critical findings. */
import type { Page } from 'playwright-core';
import { axe } from './browser.testkit.js';

/** Every axe violation on the page, at any impact, one line each. */
export async function axeAll(page: Page): Promise<string[]> {
  await axe(page); // loads axe-core into the page
  return page.evaluate<string[]>(`axe.run().then((r) => r.violations.map((v) =>
    v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

/**
 * What the browser tests share: Debian's Chromium and its flags, a phone-sized profile, axe
 * over the page, and screenshots in light and dark into test-artifacts/screens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SHOTS = join(import.meta.dirname, '..', 'test-artifacts', 'screens');
const AXE = readFileSync(
  join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

/** Whether Chromium is here; when not, says which test file is skipped and how to fix it. */
export function chromiumHere(file: string): boolean {
  const here = existsSync(CHROMIUM);
  if (!here)
    console.warn(
      `${file}: SKIPPED, no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  return here;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's serious and critical violations on the page, one line each. */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const w = globalThis as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } };
    return (await w.axe.run()).violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/**
 * A screenshot in light and dark, each checked by axe: of one part of the page, of what a
 * phone shows (`screen`), or of the whole page; `style` is CSS applied while shooting.
 */
export async function shoot(
  page: Page,
  name: string,
  of: Locator | 'screen' | 'page',
  style?: string,
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const path = join(SHOTS, `${name}${scheme === 'dark' ? '-dark' : ''}.png`);
    const css = style === undefined ? {} : { style };
    if (typeof of !== 'string') await of.screenshot({ path, ...css });
    else await page.screenshot({ path, fullPage: of === 'page', ...css });
    expect(await axe(page), `axe on ${name} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A fresh Chromium profile in `dir` with a phone's screen: 390 x 844, touch; more flags in `args`. */
export const phone = (dir: string, args: readonly string[] = []) =>
  chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    args: [...FLAGS, ...args],
    headless: true,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });

/**
 * A lifter for the browser tests: a local `thrust serve` of their own (Mon 2 Nov 2026, the
 * first day of a glutes plan from 95 lb x 12, unless the profile says otherwise) and a
 * phone-sized Chromium, with the API at hand to set up and to check what was stored. Made
 * in a beforeAll given a minute: a server and Chromium starting on a busy machine can take
 * longer than vitest's 10 s for a hook.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { phone, SHOTS } from './browser.testkit.js';
import { startServer } from './serve.testkit.js';

/** The accessible label (else the text) of what has focus. */
export const focused = (page: Page) =>
  page.evaluate<string | null>(
    "document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null",
  );

export interface StoredSet {
  id: string;
  exercise: string;
  reps: number;
  side: string | null;
  warmup: boolean;
  clean: boolean;
  felt: string | null;
  load: { value: number; unit: string };
}

/**
 * A lifter set up on a local server (Mon 2 Nov 2026, the first day of a glutes plan from
 * 95 lb x 12) and a phone-sized Chromium; `stop` ends both.
 */
export async function lifter(name: string, profile: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), `thrust-web-${name}-`));
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer([], {
    HOME: dir,
    XDG_DATA_HOME: join(dir, 'data'),
    THRUST_TODAY: '2026-11-02',
  });
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const json = (await r.json()) as T;
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  await call('PUT', '/api/v1/profile', {
    units: 'lb',
    goal: 'glutes',
    sessionsPerWeek: 3,
    working: { load: 95, reps: 12 },
    start: '2026-11-02',
    ...profile,
  });
  const context = await phone(dir);
  const page = context.pages()[0] ?? (await context.newPage());
  const barbell = () => page.getByRole('article', { name: /^Barbell hip thrust/ });
  return {
    server,
    context,
    page,
    call,
    barbell,
    /** The stored sets, of one exercise if named. */
    sets: async (exercise?: string) => {
      const r = await call<{ sessions: { sets: StoredSet[] }[] }>('GET', '/api/v1/sessions');
      return r.sessions.flatMap((s) => s.sets).filter((s) => !exercise || s.exercise === exercise);
    },
    today: async () => {
      await page.goto(`${server.url}/#/today`);
      await expect.poll(() => barbell().isVisible(), { timeout: 20_000 }).toBe(true);
    },
    stop: async () => {
      await context.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type Lifter = Awaited<ReturnType<typeof lifter>>;

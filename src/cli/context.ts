/** Open the store for one command, build the use cases' dependencies, close it after. */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../app/deps.js';
import type { AppResult } from '../app/errors.js';
import { Dates } from '../domain/index.js';
import { open } from '../store/open.js';
import { EXIT, Exit, fromApp, fromOpen } from './exit.js';

export interface GlobalOptions {
  db?: string;
}

/** The lifter in local mode: one per database. */
export const LOCAL_USER = 'local';

/**
 * The clock. THRUST_TODAY=YYYY-MM-DD pins "today" (for scripts, demos and tests that
 * replay a calendar); otherwise it is the machine's.
 */
export function clock(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env.THRUST_TODAY;
  if (!pinned) return () => new Date();
  if (!Dates.isIsoDate(pinned))
    throw new Exit(EXIT.usage, `THRUST_TODAY: expected YYYY-MM-DD, got "${pinned}"`);
  return () => {
    const [y, m, d] = pinned.split('-').map(Number);
    const now = new Date();
    return new Date(
      y ?? 0,
      (m ?? 1) - 1,
      d ?? 1,
      now.getHours(),
      now.getMinutes(),
      now.getSeconds(),
      now.getMilliseconds(),
    );
  };
}

export async function withDeps<T>(opts: GlobalOptions, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const opened = await open({ dbPath: opts.db, env: process.env });
  if (!opened.ok) throw fromOpen(opened.error);
  const store = opened.value;
  try {
    const user = await store.user(LOCAL_USER);
    return await fn({ store, user, now: clock(process.env), newId: randomUUID });
  } finally {
    await store.close();
  }
}

/** The value, or the error turned into an exit. */
export function unwrap<T>(r: AppResult<T>): T {
  if (!r.ok) throw fromApp(r.error);
  return r.value;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
